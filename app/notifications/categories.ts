// What the portal tells people about, grouped into the categories a person sets preferences for.
import type { NotificationCadence } from "../../db/schema";

export const CADENCES: readonly NotificationCadence[] = ["immediate", "daily", "weekly", "off"];

/** Categories a person may tune. Sign-in links, invitations and security notices are not among them. */
export const CATEGORIES = [
  "amendments",
  "silence_procedure",
  "signatures",
  "publications",
  "events",
  "global_calls",
  "minutes",
  "benchmarks",
  "reviews",
  "contributions",
  "situation_groups",
  "announcements",
  "discussions",
  "mentions",
  "onboarding",
] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * Always sent at once, whatever the preferences say. Invitations are essential too, but they do not
 * pass through here: see members/invitation-email.server.ts.
 */
export const ESSENTIAL = "account";

/** Every kind of thing that happens, and the category it belongs to. */
export const KINDS = {
  amendment_proposed: "amendments",
  amendment_decided: "amendments",
  silence_started: "silence_procedure",
  silence_broken: "silence_procedure",
  silence_ended: "silence_procedure",
  signature_requested: "signatures",
  signature_reminder: "signatures",
  group_invited: "signatures",
  statement_published: "publications",
  event_added: "events",
  event_changed: "events",
  event_cancelled: "events",
  training_moved_up: "events",
  call_announced: "global_calls",
  call_reminder: "global_calls",
  call_unanswered: "global_calls",
  call_rescheduled: "global_calls",
  call_cancelled: "global_calls",
  minutes_posted: "minutes",
  benchmark_due: "benchmarks",
  activity_approved: "reviews",
  activity_returned: "reviews",
  best_practice_returned: "contributions",
  best_practice_published: "contributions",
  situation_update_posted: "situation_groups",
  situation_reply_posted: "situation_groups",
  situation_join_requested: "situation_groups",
  situation_join_accepted: "situation_groups",
  situation_group_invited: "situation_groups",
  situation_member_removed: "situation_groups",
  situation_agenda_requested: "situation_groups",
  announcement_posted: "announcements",
  discussion_replied: "discussions",
  discussion_mentioned: "mentions",
  paired_with_mentor: "onboarding",
  paired_as_mentor: "onboarding",
  paired_regionally: "onboarding",
  handover: ESSENTIAL,
  security: ESSENTIAL,
} as const satisfies Record<string, Category | typeof ESSENTIAL>;
export type NotificationKind = keyof typeof KINDS;

/**
 * Until a person says otherwise: what needs an answer arrives at once; the steady flow of new
 * events gathers in a weekly digest so the calendar does not flood a busy inbox.
 */
export const DEFAULT_CADENCE: Record<Category, NotificationCadence> = {
  amendments: "immediate",
  silence_procedure: "immediate",
  signatures: "immediate",
  publications: "immediate",
  events: "weekly",
  global_calls: "immediate",
  minutes: "immediate",
  benchmarks: "immediate",
  reviews: "immediate",
  // A returned contribution waits for its member's revision.
  contributions: "immediate",
  // Early warning is worth hearing of at once.
  situation_groups: "immediate",
  announcements: "immediate",
  // A lively thread would flood a busy inbox: its replies gather in the day's digest, but for a
  // mention of one's own member, which asks for an answer.
  discussions: "daily",
  mentions: "immediate",
  // A pairing asks the people paired to write to each other.
  onboarding: "immediate",
};

export function categoryOf(kind: NotificationKind): Category | typeof ESSENTIAL {
  return KINDS[kind];
}

/** The category a person may stop by email from a message of this kind, or null for an essential one. */
export function optOutCategory(kind: string): Category | null {
  const category = categoryOf(kind as NotificationKind);
  return category === ESSENTIAL ? null : category;
}

export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}

/**
 * Worth an email only if it arrives in time: a digest could bring a call's reminder after the call,
 * so someone who chose a digest for its category finds reminders in the centre only (no email).
 */
const ONLY_IMMEDIATE: ReadonlySet<NotificationKind> = new Set(["call_reminder"]);

/**
 * The cadence a notification goes out with: essential ones ignore every preference. An urgent one
 * (news a digest would bring too late, such as a change to an event in the coming days) goes at once
 * to those on a digest, never to someone who turned its category off.
 */
export function cadenceFor(
  kind: NotificationKind,
  preferences: Partial<Record<Category, NotificationCadence>>,
  urgent = false,
): NotificationCadence {
  const category = categoryOf(kind);
  if (category === ESSENTIAL) return "immediate";
  const chosen = preferences[category] ?? DEFAULT_CADENCE[category];
  if (chosen === "off") return "off";
  if (urgent) return "immediate";
  return ONLY_IMMEDIATE.has(kind) && chosen !== "immediate" ? "off" : chosen;
}
