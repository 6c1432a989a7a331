// Reads of the calendar: events by month and agenda, an event with its history and answers, the
// scheduling aid's facts, the iCalendar rows and a person's private feed. Nothing here writes.
import type { EventType, RegionalGroup, RsvpResponse } from "../../db/schema";
import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { DB } from "~/lib/db.server";
import type { Locale } from "~/i18n/config";
import { memberNameOrder, memberNameSql } from "~/members/names.server";
import { preferencesOf } from "~/notifications/preferences.server";
import { subscriptionQuery } from "~/notifications/subscriptions.server";
import { shownTitle, titleInReaderLanguage } from "~/translations/queries.server";
import { hashFeedToken, type IcsEvent } from "./ics.server";

export interface EventFilter {
  type?: EventType;
  group?: RegionalGroup;
}

function listQuery(db: DB, filter: EventFilter, locale: Locale) {
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
      memberNameSql<string | null>("m", locale).as("memberName"),
      titleInReaderLanguage("event", "e", locale),
    ]);
  if (filter.type) query = query.where("e.type", "=", filter.type);
  if (filter.group) query = query.where("m.regional_group", "=", filter.group);
  return query;
}

export type EventSummary = Awaited<ReturnType<typeof eventsBetween>>[number];

/** Every event that overlaps [from, to): what a month grid shows. One query. */
export async function eventsBetween(db: DB, locale: Locale, from: Date, to: Date, filter: EventFilter = {}) {
  return listQuery(db, filter, locale)
    .where("e.starts_at", "<", to)
    .where("e.ends_at", ">", from)
    .orderBy("e.starts_at")
    .orderBy("e.id")
    .limit(1000)
    .execute()
    .then((rows) => rows.map((row) => shownTitle(row, locale)));
}

export const AGENDA_PAGE = 25;

/** The agenda: events not yet over, soonest first, a page at a time (one extra row tells if there is more). */
export async function agendaFrom(db: DB, locale: Locale, from: Date, filter: EventFilter, page: number) {
  const rows = await listQuery(db, filter, locale)
    .where("e.ends_at", ">", from)
    .orderBy("e.starts_at")
    .orderBy("e.id")
    .limit(AGENDA_PAGE + 1)
    .offset((page - 1) * AGENDA_PAGE)
    .execute();
  const events = rows.slice(0, AGENDA_PAGE).map((row) => shownTitle(row, locale));
  return { events, hasNext: rows.length > AGENDA_PAGE };
}

/**
 * The dashboard's "upcoming": the next few events that are still on, as a query the dashboard folds
 * into its one statement (rows carry `translatedTitle`: pass them through `shownTitle`).
 */
export function upcomingEventsQuery(db: DB, locale: Locale, from: Date, limit = 5) {
  return listQuery(db, {}, locale)
    .where("e.ends_at", ">", from)
    .where("e.status", "=", "scheduled")
    .orderBy("e.starts_at")
    .limit(limit);
}

/**
 * The Global Calls still ahead that this person has not answered, soonest first: a query the dashboard
 * folds into its one statement (rows carry `translatedTitle`: pass them through `shownTitle`).
 */
export function unansweredCallsQuery(db: DB, personId: number, locale: Locale, from: Date, limit = 5) {
  return db
    .selectFrom("events as e")
    .select(["e.id", "e.title", "e.language", "e.starts_at as startsAt", titleInReaderLanguage("event", "e", locale)])
    .where("e.type", "=", "global_call")
    .where("e.status", "=", "scheduled")
    .where("e.starts_at", ">", from)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("event_rsvps as r")
            .select("r.event_id")
            .whereRef("r.event_id", "=", "e.id")
            .where("r.person_id", "=", personId),
        ),
      ),
    )
    .orderBy("e.starts_at")
    .limit(limit);
}

export async function getEvent(db: DB, id: number, locale: Locale) {
  return db
    .selectFrom("events as e")
    .leftJoin("members as m", "m.id", "e.member_id")
    .leftJoin("people as p", "p.id", "e.created_by")
    .selectAll("e")
    .select((eb) => [
      memberNameSql<string | null>("m", locale).as("memberName"),
      "m.slug as memberSlug",
      "p.name as createdByName",
      eb
        .selectFrom("reminders_sent as r")
        .select("r.sent_at")
        .where("r.subject_kind", "=", "event")
        .whereRef("r.subject_id", "=", "e.id")
        .as("lastReminderAt"),
    ])
    .where("e.id", "=", id)
    .executeTakeFirst();
}

export type CalendarEvent = NonNullable<Awaited<ReturnType<typeof getEvent>>>;

const historyQuery = (db: DB, eventId: number) =>
  db
    .selectFrom("event_changes as c")
    .leftJoin("people as p", "p.id", "c.person_id")
    .select(["c.id", "c.at", "c.kind", "c.changes", "p.name as personName"])
    .where("c.event_id", "=", eventId)
    .orderBy("c.at", "desc")
    .orderBy("c.id", "desc");

const rsvpQuery = (db: DB, eventId: number, personId: number) =>
  db.selectFrom("event_rsvps").select("response").where("event_id", "=", eventId).where("person_id", "=", personId);

/**
 * What a person's view of an event adds to the event: its history of changes, their answer and their
 * choice to watch or mute it, read in one statement (an event page stays within five with a training's
 * registrations and materials). The history's times come back from JSON as text and are dates again.
 */
export async function eventTrail(db: DB, eventId: number, personId: number) {
  const row = await db
    .selectNoFrom([
      jsonArrayFrom(historyQuery(db, eventId)).as("history"),
      rsvpQuery(db, eventId, personId).as("rsvp"),
      subscriptionQuery(db, personId, { kind: "event", id: eventId }).as("subscription"),
    ])
    .executeTakeFirstOrThrow();
  return {
    history: row.history.map((change) => ({ ...change, at: new Date(change.at) })),
    rsvp: row.rsvp,
    subscription: row.subscription,
  };
}

export type EventHistoryEntry = Awaited<ReturnType<typeof eventTrail>>["history"][number];

export async function rsvpOf(db: DB, eventId: number, personId: number): Promise<RsvpResponse | null> {
  const row = await rsvpQuery(db, eventId, personId).executeTakeFirst();
  return row?.response ?? null;
}

/** Who answered, for the secretariat: name, member and answer, grouped by answer. */
export async function rsvpList(db: DB, eventId: number, locale: Locale) {
  return db
    .selectFrom("event_rsvps as r")
    .innerJoin("people as p", "p.id", "r.person_id")
    .leftJoin("members as m", "m.id", "p.member_id")
    .select([
      "p.id",
      "p.name",
      memberNameSql<string | null>("m", locale).as("memberName"),
      "r.response",
      "r.updated_at as updatedAt",
    ])
    .where("r.event_id", "=", eventId)
    .orderBy("r.response")
    .orderBy(memberNameOrder("m", locale))
    .orderBy("p.name")
    .execute();
}

export type RsvpAnswer = Awaited<ReturnType<typeof rsvpList>>[number];

/** The member an event form names as organiser, by its address. */
export async function memberIdBySlug(db: DB, slug: string): Promise<number | null> {
  const member = await db.selectFrom("members").select("id").where("slug", "=", slug).executeTakeFirst();
  return member?.id ?? null;
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
export async function memberZones(db: DB, locale: Locale) {
  return db
    .selectFrom("members as m")
    .select([memberNameSql("m", locale).as("name"), "m.time_zone as timeZone", "m.regional_group as group"])
    .orderBy(memberNameOrder("m", locale))
    .execute();
}

const ICS_COLUMNS = [
  "id",
  "uid",
  "title",
  "type",
  "starts_at",
  "ends_at",
  "time_zone",
  "location",
  "description",
  "online_url",
  "dial_in",
  "status",
  "sequence",
  "created_at",
  "updated_at",
  "reminder_offsets",
] as const;

/**
 * A calendar file is its reader's: a Global Call carries alarms at its reminder times, as the reader
 * is reminded in the portal (not when they turned Global Call reminders off or said they will not attend).
 */
async function forReader(
  db: DB,
  personId: number,
  rows: (Omit<IcsEvent, "alarms"> & { reminder_offsets: number[] })[],
): Promise<IcsEvent[]> {
  const [preferences, declined] = await Promise.all([
    preferencesOf(db, [personId]),
    db
      .selectFrom("event_rsvps")
      .select("event_id")
      .where("person_id", "=", personId)
      .where("response", "=", "not_attending")
      .execute(),
  ]);
  const reminded = preferences.get(personId)?.global_calls !== "off";
  const notAttending = new Set(declined.map((row) => row.event_id));
  return rows.map(({ reminder_offsets: offsets, ...event }) => ({
    ...event,
    alarms:
      reminded && event.type === "global_call" && event.status === "scheduled" && !notAttending.has(event.id)
        ? offsets
        : [],
  }));
}

/** One event as its reader downloads it. */
export async function icsEvent(db: DB, id: number, personId: number): Promise<IcsEvent | undefined> {
  const row = await db.selectFrom("events").select(ICS_COLUMNS).where("id", "=", id).executeTakeFirst();
  return row && (await forReader(db, personId, [row]))[0];
}

/** A person's feed: events ending after `since` and everything ahead, cancelled ones included so apps remove them. */
export async function feedEvents(db: DB, since: Date, personId: number): Promise<IcsEvent[]> {
  const rows = await db
    .selectFrom("events")
    .select(ICS_COLUMNS)
    .where("ends_at", ">", since)
    .orderBy("starts_at")
    .limit(5000)
    .execute();
  return forReader(db, personId, rows);
}

/** A person's feed, if they have one: when it was made and last fetched. */
export async function feedStatus(db: DB, personId: number) {
  return db
    .selectFrom("calendar_feeds")
    .select(["created_at as createdAt", "last_used_at as lastUsedAt"])
    .where("person_id", "=", personId)
    .executeTakeFirst();
}

/** The person behind a feed token, if it is valid and they are still active (with their language). */
export async function feedOwner(db: DB, token: string) {
  return db
    .selectFrom("calendar_feeds as f")
    .innerJoin("people as p", "p.id", "f.person_id")
    .select(["p.id", "p.locale"])
    .where("f.token_hash", "=", hashFeedToken(token))
    .where("p.status", "=", "active")
    .executeTakeFirst();
}
