// Who may do what with the record of the annual meetings: every signed-in person reads it; the
// secretariat, which organises the meetings, records them, their outcome and their recommendations.
import { isSecretariat, type Viewer } from "~/auth/viewer";

export type MeetingAction = "read" | "record";

export function can(viewer: Pick<Viewer, "role">, action: MeetingAction): boolean {
  return action === "read" || isSecretariat(viewer);
}
