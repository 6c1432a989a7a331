// Who may do what in the calendar: pure rules, asked by pages (what to offer) and enforced by the
// commands. The calendar is the whole network's: every signed-in person sees every event.
import type { EventType } from "../../db/schema";
import type { Viewer } from "~/auth/viewer";

/** What the rules look at in an event. */
export interface EventFacts {
  type: EventType;
  status: "scheduled" | "cancelled";
  createdBy: number | null;
  startsAt: Date;
}

export type EventAction =
  /** Change its details (and time). */
  | "edit"
  | "cancel"
  /** Answer a Global Call: attending, maybe, not attending. */
  | "rsvp"
  | "postMinutes"
  /** The video link and dial-in. */
  | "seeJoinDetails"
  /** Who answered a Global Call, by name. */
  | "seeAnswers"
  /** Show it on the public site to anonymous visitors, or stop. */
  | "setPublic"
  /** Remind those who have not answered a Global Call yet (at most once a day). */
  | "remindUnanswered";

/** The secretariat organises every event; a focal point the events they added, but never a Global Call. */
const organises = (viewer: Viewer, event: EventFacts) =>
  viewer.role === "secretariat" || (event.createdBy === viewer.id && event.type !== "global_call");

const RULES: Record<EventAction, (viewer: Viewer, event: EventFacts, at: Date) => boolean> = {
  // A cancellation is final.
  edit: (viewer, event) => organises(viewer, event) && event.status === "scheduled",
  cancel: (viewer, event) => organises(viewer, event) && event.status === "scheduled",
  rsvp: (_viewer, event, at) => event.type === "global_call" && event.status === "scheduled" && event.startsAt > at,
  // Minutes record a call that took place, and are the secretariat's.
  postMinutes: (viewer, event, at) =>
    viewer.role === "secretariat" &&
    event.type === "global_call" &&
    event.status === "scheduled" &&
    event.startsAt <= at,
  seeJoinDetails: () => true,
  seeAnswers: (viewer, event) => viewer.role === "secretariat" && event.type === "global_call",
  // What the network shows the world is the secretariat's call; a cancelled event leaves the public site.
  setPublic: (viewer, event) => viewer.role === "secretariat" && event.status === "scheduled",
  // The secretariat organises Global Calls, so it chases the answers, until the call begins.
  remindUnanswered: (viewer, event, at) =>
    viewer.role === "secretariat" &&
    event.type === "global_call" &&
    event.status === "scheduled" &&
    event.startsAt > at,
};

/**
 * Adding an event of a type: anyone signed in adds events; Global Calls, which invite the whole
 * network and remind everyone, are scheduled by the secretariat.
 */
export function can(viewer: Viewer | null, action: "create", event: { type: EventType }): boolean;
/**
 * An act on an existing event, asked at the moment `at` (a call that has begun takes no answers).
 * Nobody who is not signed in may do anything, nor see how to join.
 */
export function can(viewer: Viewer | null, action: EventAction, event: EventFacts, at: Date): boolean;
export function can(
  viewer: Viewer | null,
  action: EventAction | "create",
  event: EventFacts | { type: EventType },
  at?: Date,
): boolean {
  if (!viewer) return false;
  if (action === "create") return event.type !== "global_call" || viewer.role === "secretariat";
  return "status" in event && at !== undefined && RULES[action](viewer, event, at);
}

/** A person's own private feed: `active` when they have an address that works. */
export interface FeedFacts {
  ownerId: number;
  active: boolean;
}

export type FeedAction = "subscribe" | "regenerate" | "revoke";

/**
 * A feed address is a key to its owner's calendar: only they make one (a second replaces the first,
 * as a regeneration) or stop it; not even the secretariat acts on someone else's.
 */
export function canFeed(viewer: Viewer | null, action: FeedAction, feed: FeedFacts): boolean {
  if (!viewer || viewer.id !== feed.ownerId) return false;
  return action === "subscribe" ? !feed.active : feed.active;
}

/** The facts of an event row (as the queries return it) the rules look at. */
export function factsOf(event: {
  type: EventType;
  status: "scheduled" | "cancelled";
  created_by: number | null;
  starts_at: Date;
}): EventFacts {
  return { type: event.type, status: event.status, createdBy: event.created_by, startsAt: event.starts_at };
}
