// Sessions: a person sees and ends only their own. Pure rules: the page asks what to offer, the
// commands enforce it (someone else's session is not found, 404). tests/unit/sessions-policy.test.ts.
import type { Viewer } from "~/auth/viewer";

/** Sessions idle this long end: each use moves a session's end this far on. */
export const IDLE_DAYS = 30;

export interface SessionFacts {
  userId: string;
}

export type SessionAction = "see" | "end";

export function can(viewer: Pick<Viewer, "userId">, _action: SessionAction, session: SessionFacts): boolean {
  return session.userId === viewer.userId;
}

/** A session in use stays open IDLE_DAYS from its last use. */
export const idleEnd = (at: Date) => new Date(at.getTime() + IDLE_DAYS * 86_400_000);

/** Its last use is noted at most this often: a page view is a read, not a write, most of the time. */
export const USE_NOTED_EVERY_MS = 5 * 60_000;
