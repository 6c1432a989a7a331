// Who is looking: the signed-in person as every policy and command sees them. The secretariat and a
// focal point are different kinds of viewer, so code that needs a member narrows on `role` and gets
// a member id that cannot be missing.
import type { Locale } from "../../db/schema";

interface ViewerBase {
  id: number;
  userId: string;
  name: string;
  email: string;
  timeZone: string;
  locale: Locale;
  /** Unread notifications, for the header: read with the session, so it costs no extra query. */
  unread: number;
  /** Where the request came from, for the audit log. */
  ip: string;
  /** The session the request came with (none for a signed email link), for the audit log. */
  session?: ViewerSession | null;
}

export interface ViewerSession {
  id: string;
  /** The browser and system it began on, e.g. "Firefox · Windows". */
  device: string;
}

export interface SecretariatViewer extends ViewerBase {
  role: "secretariat";
  memberId: null;
  memberSlug: null;
  memberName: null;
  isAlternate: false;
}

/** A focal point or an alternate: always of one member. */
export interface FocalPointViewer extends ViewerBase {
  role: "focal_point";
  memberId: number;
  memberSlug: string;
  memberName: string;
  isAlternate: boolean;
}

export type Viewer = SecretariatViewer | FocalPointViewer;

/** A person as stored (role and member as separate columns), as a viewer; null if the two disagree. */
export function toViewer(
  row: Omit<ViewerBase, "ip" | "unread" | "session"> & {
    role: string;
    memberId: number | null;
    memberSlug: string | null;
    memberName: string | null;
    isAlternate: boolean;
    unread?: number | null;
  },
  ip: string,
  session: ViewerSession | null = null,
): Viewer | null {
  const base = {
    id: row.id,
    userId: row.userId,
    name: row.name,
    email: row.email,
    timeZone: row.timeZone,
    locale: row.locale,
    unread: row.unread ?? 0,
    ip,
    session,
  };
  if (row.role === "secretariat") {
    return { ...base, role: "secretariat", memberId: null, memberSlug: null, memberName: null, isAlternate: false };
  }
  if (row.role === "focal_point" && row.memberId !== null && row.memberSlug !== null && row.memberName !== null) {
    const { memberId, memberSlug, memberName, isAlternate } = row;
    return { ...base, role: "focal_point", memberId, memberSlug, memberName, isAlternate };
  }
  return null;
}

export const isSecretariat = (viewer: Pick<Viewer, "role">): viewer is SecretariatViewer =>
  viewer.role === "secretariat";

/** The secretariat may act for any member; a focal point (or alternate) only for their own. */
export function actsFor(viewer: Pick<Viewer, "role" | "memberId">, memberId: number): boolean {
  return viewer.role === "secretariat" || viewer.memberId === memberId;
}
