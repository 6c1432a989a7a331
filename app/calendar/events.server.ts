// Events of the shared calendar: queries, the rules on who may change what, and the history of
// changes. Global Calls also keep their reminders in step (reminders.server.ts).
import type { Transaction } from "kysely";
import type {
  ActivityChange,
  Database,
  EventChangeKind,
  EventType,
  Locale,
  RegionalGroup,
  RsvpResponse,
} from "../../db/schema";
import type { Viewer } from "~/auth/viewer";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import { queueAnnouncement } from "./notify.server";
import { syncReminders } from "./reminders.server";

export interface EventFilter {
  type?: EventType;
  group?: RegionalGroup;
}

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
}

function listQuery(db: DB, filter: EventFilter) {
  let query = db
    .selectFrom("events as e")
    .leftJoin("members as m", "m.id", "e.member_id")
    .select([
      "e.id",
      "e.title",
      "e.language",
      "e.type",
      "e.starts_at as startsAt",
      "e.ends_at as endsAt",
      "e.time_zone as timeZone",
      "e.location",
      "e.status",
      "m.name as memberName",
    ]);
  if (filter.type) query = query.where("e.type", "=", filter.type);
  if (filter.group) query = query.where("m.regional_group", "=", filter.group);
  return query;
}

export type EventSummary = Awaited<ReturnType<typeof eventsBetween>>[number];

/** Every event that overlaps [from, to): what a month grid shows. One query. */
export async function eventsBetween(db: DB, from: Date, to: Date, filter: EventFilter = {}) {
  return listQuery(db, filter)
    .where("e.starts_at", "<", to)
    .where("e.ends_at", ">", from)
    .orderBy("e.starts_at")
    .orderBy("e.id")
    .limit(1000)
    .execute();
}

export const AGENDA_PAGE = 25;

/** The agenda: events not yet over, soonest first, a page at a time (one extra row tells if there is more). */
export async function agendaFrom(db: DB, from: Date, filter: EventFilter, page: number) {
  const rows = await listQuery(db, filter)
    .where("e.ends_at", ">", from)
    .orderBy("e.starts_at")
    .orderBy("e.id")
    .limit(AGENDA_PAGE + 1)
    .offset((page - 1) * AGENDA_PAGE)
    .execute();
  return { events: rows.slice(0, AGENDA_PAGE), hasNext: rows.length > AGENDA_PAGE };
}

/** The dashboard's "upcoming": the next few events that are still on. */
export async function upcomingEvents(db: DB, from: Date, limit = 5) {
  return listQuery(db, {})
    .where("e.ends_at", ">", from)
    .where("e.status", "=", "scheduled")
    .orderBy("e.starts_at")
    .limit(limit)
    .execute();
}

export async function getEvent(db: DB, id: number) {
  return db
    .selectFrom("events as e")
    .leftJoin("members as m", "m.id", "e.member_id")
    .leftJoin("people as p", "p.id", "e.created_by")
    .selectAll("e")
    .select(["m.name as memberName", "m.slug as memberSlug", "p.name as createdByName"])
    .where("e.id", "=", id)
    .executeTakeFirst();
}

export type CalendarEvent = NonNullable<Awaited<ReturnType<typeof getEvent>>>;

/** The secretariat may change any event; a focal point the events they added. */
export function canEdit(person: Viewer, event: { created_by: number | null }): boolean {
  return person.role === "secretariat" || event.created_by === person.id;
}

/** Global Calls are scheduled by the secretariat; anyone may add the other kinds of event. */
export function canCreateType(person: Viewer, type: EventType): boolean {
  return type !== "global_call" || person.role === "secretariat";
}

export async function eventHistory(db: DB, eventId: number) {
  return db
    .selectFrom("event_changes as c")
    .leftJoin("people as p", "p.id", "c.person_id")
    .select(["c.id", "c.at", "c.kind", "c.changes", "p.name as personName"])
    .where("c.event_id", "=", eventId)
    .orderBy("c.at", "desc")
    .orderBy("c.id", "desc")
    .execute();
}

export async function rsvpOf(db: DB, eventId: number, personId: number): Promise<RsvpResponse | null> {
  const row = await db
    .selectFrom("event_rsvps")
    .select("response")
    .where("event_id", "=", eventId)
    .where("person_id", "=", personId)
    .executeTakeFirst();
  return row?.response ?? null;
}

/** Who answered, for the secretariat: name, member and answer, grouped by answer. */
export async function rsvpList(db: DB, eventId: number) {
  return db
    .selectFrom("event_rsvps as r")
    .innerJoin("people as p", "p.id", "r.person_id")
    .leftJoin("members as m", "m.id", "p.member_id")
    .select(["p.id", "p.name", "m.name as memberName", "r.response", "r.updated_at as updatedAt"])
    .where("r.event_id", "=", eventId)
    .orderBy("r.response")
    .orderBy("m.name")
    .orderBy("p.name")
    .execute();
}

export async function setRsvp(db: DB, eventId: number, personId: number, response: RsvpResponse): Promise<void> {
  await db
    .insertInto("event_rsvps")
    .values({ event_id: eventId, person_id: personId, response, updated_at: now() })
    .onConflict((oc) => oc.columns(["event_id", "person_id"]).doUpdateSet({ response, updated_at: now() }))
    .execute();
}

async function recordChange(
  trx: Transaction<Database>,
  eventId: number,
  person: Viewer,
  kind: EventChangeKind,
  changes: ActivityChange[] = [],
) {
  await trx
    .insertInto("event_changes")
    .values({ event_id: eventId, person_id: person.id, kind, changes, at: now() })
    .execute();
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
  };
}

export async function createEvent(db: DB, input: EventInput, person: Viewer): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto("events")
      .values({ ...columns(input), created_by: person.id, created_at: now(), updated_at: now() })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordChange(trx, id, person, "created");
    if (input.type === "global_call") await syncReminders(trx, id);
    await queueAnnouncement(trx, { eventId: id, kind: "event_added", version: 0, actorId: person.id });
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
  person: Viewer,
): Promise<"updated" | "rescheduled" | "unchanged"> {
  return db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom("events")
      .selectAll()
      .where("id", "=", id)
      .forUpdate()
      .executeTakeFirstOrThrow();
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
      .set((eb) => ({ ...after, updated_at: now(), sequence: eb("sequence", "+", 1) }))
      .where("id", "=", id)
      .returning("sequence")
      .executeTakeFirstOrThrow();
    await recordChange(trx, id, person, rescheduled ? "rescheduled" : "updated", changes);
    if (before.type === "global_call" || input.type === "global_call") await syncReminders(trx, id);
    const moved = changes.some((change) => change.field === "starts_at");
    if (moved && input.type === "global_call") {
      await queueAnnouncement(trx, { eventId: id, kind: "call_rescheduled", version: sequence, actorId: person.id });
    } else if (changes.some((change) => NOTEWORTHY.has(change.field))) {
      const changed = changes.map((change) => change.field).filter((field) => NOTEWORTHY.has(field));
      await queueAnnouncement(trx, {
        eventId: id,
        kind: "event_changed",
        version: sequence,
        actorId: person.id,
        changed,
      });
    }
    return rescheduled ? "rescheduled" : "updated";
  });
}

/** A cancelled event stays in the calendar, marked as such; its reminders stop and people are told. */
export async function cancelEvent(db: DB, id: number, person: Viewer): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const cancelled = await trx
      .updateTable("events")
      .set((eb) => ({
        status: "cancelled" as const,
        cancelled_at: now(),
        updated_at: now(),
        sequence: eb("sequence", "+", 1),
      }))
      .where("id", "=", id)
      .where("status", "=", "scheduled")
      .returning(["type", "sequence"])
      .executeTakeFirst();
    if (!cancelled) return false;
    await recordChange(trx, id, person, "cancelled");
    const call = cancelled.type === "global_call";
    if (call) await syncReminders(trx, id);
    await queueAnnouncement(trx, {
      eventId: id,
      kind: call ? "call_cancelled" : "event_cancelled",
      version: cancelled.sequence,
      actorId: person.id,
    });
    return true;
  });
}

/** Minutes after a Global Call; the first posting tells the network. */
export async function postMinutes(db: DB, id: number, minutes: string, person: Viewer): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom("events")
      .select(["minutes_posted_at"])
      .where("id", "=", id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    await trx
      .updateTable("events")
      .set({ minutes, minutes_posted_at: before.minutes_posted_at ?? now(), updated_at: now() })
      .where("id", "=", id)
      .execute();
    await recordChange(trx, id, person, "minutes_posted");
    if (!before.minutes_posted_at)
      await queueAnnouncement(trx, { eventId: id, kind: "minutes_posted", version: 0, actorId: person.id });
  });
}

/** The last Global Calls' times, so the secretariat can rotate the slot between regions. */
export async function recentCallTimes(db: DB, before: Date, limit = 6) {
  return db
    .selectFrom("events")
    .select(["id", "title", "language", "starts_at as startsAt"])
    .where("type", "=", "global_call")
    .where("status", "=", "scheduled")
    .where("starts_at", "<", before)
    .orderBy("starts_at", "desc")
    .limit(limit)
    .execute();
}

/** Every member's time zone (its capital's), for the scheduling aid. */
export async function memberZones(db: DB) {
  return db
    .selectFrom("members")
    .select(["name", "time_zone as timeZone", "regional_group as group"])
    .orderBy("name")
    .execute();
}
