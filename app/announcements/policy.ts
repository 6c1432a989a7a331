// Who may do what with announcements: the secretariat speaks to the network (or one regional group);
// every signed-in person reads the archive, whichever group an announcement was sent to, as members
// read a mailing list's archive.
import type { Viewer } from "~/auth/viewer";

export type AnnouncementAction = "read" | "post";

export function can(viewer: Pick<Viewer, "role">, action: AnnouncementAction): boolean {
  return action === "read" || viewer.role === "secretariat";
}
