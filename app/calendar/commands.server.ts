// What people do in the calendar, one use case per function: each enforces the policy, runs in one
// transaction with its audit entry, its line in the event's history and its side effects (the
// announcement job, the call's reminders, a security notice), so none is recorded without the others.
import type { Transaction } from "kysely";
import type { ActivityChange, Database, EventChangeKind, EventType, Locale, RsvpResponse } from "../../db/schema";
import { recordAudit } from "~/audit/audit.server";
import { ensure, found } from "~/auth/policy";
import type { Viewer } from "~/auth/viewer";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import { claimReminder } from "~/lib/reminders.server";
import { notify } from "~/notifications/delivery.server";
import type { NoticeDetail } from "~/notifications/describe";
import { hashFeedToken, newFeedToken } from "./ics.server";
import { changeIsUrgent, queueAnnouncement } from "./notify.server";
import { can, canFeed, factsOf } from "./policy";
import { syncReminders } from "./reminders.server";
import { fillSeats } from "~/training/commands.server";

export interface EventInput {
  title: string;
  language: Locale;
  type: EventType;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  location: string;
  onlineUrl: string | null;
  dialIn: string;
  description: string;
  agenda: string;
  memberId: number | null;
  reminderOffsets: number[];
  /** A training's seats; null or absent: unlimited. */
  capacity?: number | null;
}

type Trx = Transaction<Database>;

/** The event's own history, shown on its page: a change or a cancellation is never silent. */
async function recordChange(
  trx: Trx,
  eventId: number,
  viewer: Viewer,
  kind: EventChangeKind,
  at: Date,
  changes: ActivityChange[] = [],
) {
  await trx
    .insertInto("event_changes")
    .values({ event_id: eventId, person_id: viewer.id, kind, changes, at })
    .execute();
}

/** The event locked for the change, or 404. */
/** The rule of cancelling, checked before the confirmation screen is shown: a read, without the lock. */
export async function ensureMayCancel(db: DB, id: number, viewer: Viewer): Promise<void> {
  const event = found(await db.selectFrom("events").selectAll().where("id", "=", id).executeTakeFirst());
  ensure(can(viewer, "cancel", factsOf(event), now()));
}

async function lockEvent(trx: Trx, id: number) {
  return found(await trx.selectFrom("events").selectAll().where("id", "=", id).forNoKeyUpdate().executeTakeFirst());
}

function columns(input: EventInput) {
  return {
    title: input.title,
    language: input.language,
    type: input.type,
    starts_at: input.startsAt,
    ends_at: input.endsAt,
    time_zone: input.timeZone,
    location: input.location,
    online_url: input.onlineUrl,
    dial_in: input.dialIn,
    description: input.description,
    agenda: input.agenda,
    member_id: input.memberId,
    reminder_offsets: input.type === "global_call" ? [...input.reminderOffsets].sort((a, b) => b - a) : [],
    capacity: input.type === "training" ? (input.capacity ?? null) : null,
  };
}

export async function createEvent(db: DB, input: EventInput, viewer: Viewer): Promise<number> {
  ensure(can(viewer, "create", input));
  return db.transaction().execute(async (trx) => {
    const at = now();
    const { id } = await trx
      .insertInto("events")
      .values({ ...columns(input), created_by: viewer.id, created_at: at, updated_at: at })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordChange(trx, id, viewer, "created", at);
    await recordAudit(trx, {
      action: "event_created",
      actor: viewer,
      memberId: input.memberId,
      subject: { kind: "event", id },
      details: { type: input.type, title: input.title },
    });
    if (input.type === "global_call") await syncReminders(trx, id);
    // A Global Call is announced as an invitation to answer, the other events as calendar news.
    const kind = input.type === "global_call" ? "call_announced" : "event_added";
    await queueAnnouncement(trx, { eventId: id, kind, version: 0, actorId: viewer.id });
    return id;
  });
}

/** Long texts, the organiser and reminders are recorded as "changed"; everything else from → to. */
const LONG_FIELDS = new Set(["description", "agenda", "member_id", "reminder_offsets"]);
const stringify = (value: unknown): string | null => {
  if (value === null || value === undefined || value === "") return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.join(",");
  return String(value);
};

/** What people would act on: a change to anything else (the description, the agenda…) is not announced. */
const NOTEWORTHY = new Set(["title", "starts_at", "ends_at", "location", "online_url", "dial_in"]);

/**
 * Saves an edit. A new time is a reschedule: reminders move and, for a Global Call, everyone hears
 * that the time changed; any other noteworthy change is announced as the event changed.
 */
export async function updateEvent(
  db: DB,
  id: number,
  input: EventInput,
  viewer: Viewer,
): Promise<"updated" | "rescheduled" | "unchanged"> {
  return db.transaction().execute(async (trx) => {
    const at = now();
    const before = await lockEvent(trx, id);
    ensure(can(viewer, "edit", factsOf(before), at));
    // Turning an event into a Global Call is scheduling one.
    if (input.type !== before.type) ensure(can(viewer, "create", input));
    const after = columns(input);
    const changes: ActivityChange[] = [];
    for (const [field, value] of Object.entries(after) as [keyof typeof after, unknown][]) {
      const from = stringify(before[field]);
      const to = stringify(value);
      if (from === to) continue;
      changes.push(LONG_FIELDS.has(field) ? { field, from: null, to: null } : { field, from, to });
    }
    if (changes.length === 0) return "unchanged";
    const rescheduled = changes.some(
      (change) => change.field === "starts_at" || change.field === "ends_at" || change.field === "time_zone",
    );
    const { sequence } = await trx
      .updateTable("events")
      .set((eb) => ({ ...after, updated_at: at, sequence: eb("sequence", "+", 1) }))
      .where("id", "=", id)
      .returning("sequence")
      .executeTakeFirstOrThrow();
    await recordChange(trx, id, viewer, rescheduled ? "rescheduled" : "updated", at, changes);
    await recordAudit(trx, {
      action: "event_updated",
      actor: viewer,
      memberId: input.memberId,
      subject: { kind: "event", id },
      details: { fields: changes.map((change) => change.field), rescheduled },
    });
    if (before.type === "global_call" || input.type === "global_call") await syncReminders(trx, id);
    // More seats (or none counted any more) go to those waiting, as a cancellation's would.
    if (input.type === "training" && changes.some((change) => change.field === "capacity"))
      await fillSeats(trx, { id, ...after });
    const moved = changes.some((change) => change.field === "starts_at");
    const urgent = changeIsUrgent(at, before.starts_at, input.startsAt);
    if (moved && input.type === "global_call") {
      await queueAnnouncement(trx, {
        eventId: id,
        kind: "call_rescheduled",
        version: sequence,
        actorId: viewer.id,
        urgent,
      });
    } else if (changes.some((change) => NOTEWORTHY.has(change.field))) {
      const changed = changes.map((change) => change.field).filter((field) => NOTEWORTHY.has(field));
      await queueAnnouncement(trx, {
        eventId: id,
        kind: "event_changed",
        version: sequence,
        actorId: viewer.id,
        changed,
        urgent,
      });
    }
    return rescheduled ? "rescheduled" : "updated";
  });
}

/** A cancelled event stays in the calendar, marked as such; its reminders stop and people are told. */
/**
 * The secretariat shows an event on the public site, or stops: anonymous visitors see its title,
 * type, time and place (never its description, links or answers). Nobody is notified: the event
 * itself has not changed for the network.
 */
export async function setEventPublic(db: DB, id: number, viewer: Viewer, shown: boolean): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const event = await lockEvent(trx, id);
    ensure(can(viewer, "setPublic", factsOf(event), now()));
    if (event.public === shown) return;
    await trx.updateTable("events").set({ public: shown }).where("id", "=", id).execute();
    await recordAudit(trx, {
      action: "event_publicity_set",
      actor: viewer,
      memberId: event.member_id,
      subject: { kind: "event", id },
      details: { public: shown },
    });
  });
}

export async function cancelEvent(db: DB, id: number, viewer: Viewer): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const at = now();
    const event = await lockEvent(trx, id);
    ensure(can(viewer, "cancel", factsOf(event), at));
    const { sequence } = await trx
      .updateTable("events")
      .set((eb) => ({
        status: "cancelled" as const,
        cancelled_at: at,
        updated_at: at,
        sequence: eb("sequence", "+", 1),
      }))
      .where("id", "=", id)
      .returning("sequence")
      .executeTakeFirstOrThrow();
    await recordChange(trx, id, viewer, "cancelled", at);
    await recordAudit(trx, {
      action: "event_cancelled",
      actor: viewer,
      memberId: event.member_id,
      subject: { kind: "event", id },
    });
    const call = event.type === "global_call";
    if (call) await syncReminders(trx, id);
    await queueAnnouncement(trx, {
      eventId: id,
      kind: call ? "call_cancelled" : "event_cancelled",
      version: sequence,
      actorId: viewer.id,
      urgent: changeIsUrgent(at, event.starts_at),
    });
  });
}

/**
 * The secretariat reminds everyone who has not answered a Global Call, through the queue (the audience
 * may be most of the network); false, and nothing sent, if a reminder went out within the day.
 */
export async function remindUnanswered(db: DB, id: number, viewer: Viewer): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const at = now();
    const event = await lockEvent(trx, id);
    ensure(can(viewer, "remindUnanswered", factsOf(event), at));
    if (!(await claimReminder(trx, { kind: "event", id }, viewer.id, at))) return false;
    await recordAudit(trx, {
      action: "call_unanswered_reminded",
      actor: viewer,
      memberId: event.member_id,
      subject: { kind: "event", id },
    });
    // Each reminder is its own occurrence: a retried job finds it told, the next day's is new.
    await queueAnnouncement(trx, { eventId: id, kind: "call_unanswered", version: at.getTime(), actorId: viewer.id });
    return true;
  });
}

/**
 * A person's answer to a Global Call, replacing any earlier one. "Not attending" stops their
 * reminders: each is checked against the answers when it falls due.
 */
export async function answerRsvp(db: DB, id: number, viewer: Viewer, response: RsvpResponse): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const at = now();
    // Shared: a cancellation or a move waits for the answer, and the answer for them.
    const event = found(
      await trx
        .selectFrom("events")
        .select(["type", "status", "created_by", "starts_at"])
        .where("id", "=", id)
        .forShare()
        .executeTakeFirst(),
    );
    ensure(can(viewer, "rsvp", factsOf(event), at));
    await trx
      .insertInto("event_rsvps")
      .values({ event_id: id, person_id: viewer.id, response, updated_at: at })
      .onConflict((oc) => oc.columns(["event_id", "person_id"]).doUpdateSet({ response, updated_at: at }))
      .execute();
    await recordAudit(trx, {
      action: "rsvp_answered",
      actor: viewer,
      memberId: viewer.memberId,
      subject: { kind: "event", id },
      details: { response },
    });
  });
}

/** Minutes after a Global Call; the first posting tells the network. */
export async function postMinutes(db: DB, id: number, minutes: string, viewer: Viewer): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const at = now();
    const event = await lockEvent(trx, id);
    ensure(can(viewer, "postMinutes", factsOf(event), at));
    const first = event.minutes_posted_at === null;
    await trx
      .updateTable("events")
      .set({ minutes, minutes_posted_at: event.minutes_posted_at ?? at, updated_at: at })
      .where("id", "=", id)
      .execute();
    await recordChange(trx, id, viewer, "minutes_posted", at);
    await recordAudit(trx, {
      action: "minutes_posted",
      actor: viewer,
      subject: { kind: "event", id },
      details: { first },
    });
    if (first) await queueAnnouncement(trx, { eventId: id, kind: "minutes_posted", version: 0, actorId: viewer.id });
  });
}

/**
 * A new private feed address for the person (replacing any earlier one, which stops working). A
 * new way into their calendar: they get a security notice, in case it was not them. The address
 * is returned to be shown once; only its hash is kept.
 */
export async function subscribeFeed(db: DB, viewer: Viewer): Promise<string> {
  const token = newFeedToken();
  await db.transaction().execute(async (trx) => {
    const at = now();
    const existing = await trx
      .selectFrom("calendar_feeds")
      .select("person_id")
      .where("person_id", "=", viewer.id)
      .forNoKeyUpdate()
      .executeTakeFirst();
    const action = existing ? "regenerate" : "subscribe";
    ensure(canFeed(viewer, action, { ownerId: viewer.id, active: existing !== undefined }));
    const hash = hashFeedToken(token);
    await trx
      .insertInto("calendar_feeds")
      .values({ person_id: viewer.id, token_hash: hash, created_at: at })
      .onConflict((oc) => oc.column("person_id").doUpdateSet({ token_hash: hash, created_at: at, last_used_at: null }))
      .execute();
    await recordAudit(trx, {
      action: existing ? "feed_regenerated" : "feed_created",
      actor: viewer,
      personId: viewer.id,
    });
    await notify(trx, {
      kind: "security",
      recipients: [viewer.id],
      params: { detail: "security_calendar_feed" satisfies NoticeDetail },
      link: "/calendar/subscribe",
    });
  });
  return token;
}

/** Stops the person's feed address; false when they had none (a second press changes nothing). */
export async function revokeFeed(db: DB, viewer: Viewer): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const feed = await trx
      .selectFrom("calendar_feeds")
      .select("person_id")
      .where("person_id", "=", viewer.id)
      .forNoKeyUpdate()
      .executeTakeFirst();
    if (!feed) return false;
    ensure(canFeed(viewer, "revoke", { ownerId: feed.person_id, active: true }));
    await trx.deleteFrom("calendar_feeds").where("person_id", "=", viewer.id).execute();
    await recordAudit(trx, { action: "feed_revoked", actor: viewer, personId: viewer.id });
    return true;
  });
}

/**
 * When a calendar app last fetched the feed, so its owner can tell a forgotten subscription: the
 * one write a read of the calendar makes (a named exception to "a GET never writes").
 */
export async function recordFeedUse(db: DB, personId: number): Promise<void> {
  await db.updateTable("calendar_feeds").set({ last_used_at: now() }).where("person_id", "=", personId).execute();
}
