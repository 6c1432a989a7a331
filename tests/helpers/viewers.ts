// A viewer for the policy tables: a person of a role (and member), as the session would give them.
import { toViewer, type Viewer } from "~/auth/viewer";

export function viewer(
  id: number,
  role: "secretariat" | "focal_point",
  memberId: number | null,
  isAlternate = false,
): Viewer {
  const row = {
    id,
    userId: `user-${id}`,
    name: `Person ${id}`,
    email: `person${id}@example.org`,
    timeZone: "UTC",
    locale: "en" as const,
    role,
    memberId,
    memberSlug: memberId ? `member-${memberId}` : null,
    memberName: memberId ? `Member ${memberId}` : null,
    isAlternate,
  };
  return toViewer(row, "127.0.0.1")!;
}
