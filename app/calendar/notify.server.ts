// Every calendar email starts here as a notification (the centre, with a link to the event; each
// person's preferences and digests; the opt-out footer and headers): reminders before Global Calls,
// a call moved or cancelled, its minutes, and events added, changed or cancelled. Global Call
// emails keep their own template (the reader's time, the call's own time, where to join); the
// others use the shared notification email with the time in the reader's zone.
import { sql } from "kysely";
import { getDb, type DB } from "~/lib/db.server";
import { now } from "~/lib/clock.server";
import { enqueue } from "~/lib/jobs.server";
import { i18nFor } from "~/i18n/i18next.server";
import { optOutCategory, type NotificationKind } from "~/notifications/categories";
import { registerComposers, type NotificationComposer } from "~/notifications/composers.server";
import { notify } from "~/notifications/delivery.server";
import { composeNotificationEmail, type Recipient, type StoredNotification } from "~/notifications/emails.server";
import { composeCallEmail, readEvent, type CallEmailKind, type CallEvent } from "./emails.server";
import { formatMoment, sameLocalTime } from "./time";

/** What a change to the calendar is announced as (reminders are told by the reminder batches). */
export type CalendarAnnouncement =
  | "event_added"
  | "call_announced"
  | "event_changed"
  | "event_cancelled"
  | "call_rescheduled"
  | "call_cancelled"
  | "minutes_posted"
  | "call_unanswered";
export const ANNOUNCEMENTS = [
  "event_added",
  "call_announced",
  "event_changed",
  "event_cancelled",
  "call_rescheduled",
  "call_cancelled",
  "minutes_posted",
  "call_unanswered",
] as const satisfies readonly CalendarAnnouncement[];

const EVENT_NEWS: readonly NotificationKind[] = ["event_added", "event_changed", "event_cancelled"];

/** The facts every calendar message is written from, in no language. */
export function eventFacts(event: Pick<CallEvent, "id" | "title" | "starts_at" | "time_zone">): Record<string, string> {
  return {
    eventId: String(event.id),
    event: event.title,
    startsAt: event.starts_at.toISOString(),
    timeZone: event.time_zone,
  };
}

export const eventLink = (eventId: number, kind: NotificationKind) =>
  `/calendar/${eventId}${kind === "minutes_posted" ? "#minutes" : ""}`;

interface Announcement {
  eventId: number;
  kind: CalendarAnnouncement;
  /** The event's sequence after the change: each version is announced once. */
  version: number;
  actorId: number | null;
  /** For an event changed: the fields people would act on that changed (title, starts_at…). */
  changed?: string[];
  /** A change to an event of the coming days: told at once, even to those on a digest. */
  urgent?: boolean;
}

const URGENT_WINDOW_MS = 7 * 86_400_000;

/** Whether a change is news that cannot wait for a digest: the event (at its old or new time) is within 7 days. */
export function changeIsUrgent(at: Date, ...startsAt: Date[]): boolean {
  return startsAt.some((start) => start.getTime() > at.getTime() && start.getTime() - at.getTime() <= URGENT_WINDOW_MS);
}

/**
 * Queued in the transaction of the change; the worker tells the audience, which may be the whole
 * network (too many people to write to while the person who made the change waits).
 */
export async function queueAnnouncement(db: DB, announcement: Announcement): Promise<void> {
  await enqueue(db, "calendar.announce", { ...announcement }, { maxAttempts: 10 });
}

/**
 * Who hears. The calendar is the whole network's: every active person hears of an event added,
 * changed or cancelled (in a weekly digest unless they chose otherwise), but the one who did it.
 * A Global Call invites the whole network, its organiser included: everyone is invited to it, hears that it moved
 * (a new time may suit someone who had declined) and of its minutes (those who missed it most of
 * all); a cancellation goes to everyone but those who answered "not attending", who get no
 * reminders either. A reminder to answer goes to those who have not answered at all.
 */
async function audience(db: DB, { eventId, kind, actorId }: Announcement): Promise<number[]> {
  let query = db.selectFrom("people as p").select("p.id").where("p.status", "=", "active");
  if ((EVENT_NEWS.includes(kind) || kind === "call_unanswered") && actorId) query = query.where("p.id", "!=", actorId);
  if (kind === "call_unanswered") {
    query = query.where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("event_rsvps as r")
            .select("r.person_id")
            .whereRef("r.person_id", "=", "p.id")
            .where("r.event_id", "=", eventId),
        ),
      ),
    );
  }
  if (kind === "call_cancelled") {
    query = query.where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("event_rsvps as r")
            .select("r.person_id")
            .whereRef("r.person_id", "=", "p.id")
            .where("r.event_id", "=", eventId)
            .where("r.response", "=", "not_attending"),
        ),
      ),
    );
  }
  return (await query.orderBy("p.id").execute()).map((person) => person.id);
}

/** The worker's side of an announcement: a retried job finds the occurrence already told. */
export async function announce(announcement: Announcement, db: DB = getDb()): Promise<void> {
  const event = await readEvent(db, announcement.eventId, false);
  if (!event) return;
  const recipients = await audience(db, announcement);
  const { kind, eventId, version, changed, urgent } = announcement;
  const params = { ...eventFacts(event), ...(changed?.length ? { changed: changed.join(",") } : {}) };
  await db.transaction().execute((trx) =>
    notify(trx, {
      kind,
      recipients,
      params,
      link: eventLink(eventId, kind),
      occurrence: `${kind}:${eventId}:${version}`,
      urgent,
      subject: { kind: "event", id: eventId },
    }),
  );
}

const CALL_EMAILS = {
  // A new Global Call is an invitation: the call's own email, with the answer links.
  call_announced: "announced",
  call_reminder: "reminder",
  call_unanswered: "unanswered",
  call_rescheduled: "rescheduled",
  call_cancelled: "cancelled",
  minutes_posted: "minutes",
} as const satisfies Partial<Record<NotificationKind, CallEmailKind>>;

/**
 * A reminder is sent only while it still holds: the call is on, at the time it was told for, not
 * begun, and the person has not since answered "not attending" (read fresh, not from the cache).
 */
async function stillDue(db: DB, personId: number, params: Record<string, string>): Promise<boolean> {
  const row = await db
    .selectFrom("events as e")
    .leftJoin("event_rsvps as r", (join) => join.onRef("r.event_id", "=", "e.id").on("r.person_id", "=", personId))
    .select("e.id")
    .where("e.id", "=", Number(params.eventId))
    .where("e.status", "=", "scheduled")
    // Postgres keeps microseconds, JavaScript (and so the stored fact) milliseconds.
    .where(sql<Date>`date_trunc('milliseconds', e.starts_at)`, "=", new Date(params.startsAt!))
    .where("e.starts_at", ">", now())
    .where((eb) => eb.or([eb("r.response", "is", null), eb("r.response", "!=", "not_attending")]))
    .executeTakeFirst();
  return row !== undefined;
}

const callComposer: NotificationComposer = {
  purpose: (notification) => `call_${CALL_EMAILS[notification.kind as keyof typeof CALL_EMAILS]}`,
  compose: async (recipient, notification, db) => {
    const kind = CALL_EMAILS[notification.kind as keyof typeof CALL_EMAILS];
    const reminder = kind === "reminder";
    if (reminder && !(await stillDue(db, recipient.id, notification.params))) return null;
    // A burst of reminders reads the same call: the cached row is at most a second old.
    const event = await readEvent(db, Number(notification.params.eventId), reminder);
    if (!event) return null;
    return composeCallEmail(
      kind,
      event,
      recipient,
      { offsetMinutes: Number(notification.params.offsetMinutes) },
      optOutCategory(notification.kind)!,
    );
  },
};

/**
 * The event's time for the reader: in their zone, and in the event's own when that reads otherwise;
 * for an event changed, what changed.
 */
async function eventLines(recipient: Recipient, params: Record<string, string>): Promise<string[]> {
  const t = (await i18nFor(recipient.locale)).getFixedT(recipient.locale, "calendar");
  const startsAt = new Date(params.startsAt!);
  const zone = params.timeZone!;
  const lines = [
    t("emails.yourTimeIs", {
      zone: recipient.timeZone,
      time: formatMoment(recipient.locale, startsAt, recipient.timeZone),
    }),
  ];
  if (!sameLocalTime(startsAt, recipient.timeZone, zone))
    lines.push(t("emails.eventTimeIs", { zone, time: formatMoment(recipient.locale, startsAt, zone) }));
  if (params.changed) {
    const fields = params.changed.split(",").map((field) => t(`history.fields.${field as "title"}`));
    lines.unshift(
      t("emails.whatChanged", {
        fields: new Intl.ListFormat(recipient.locale, { type: "conjunction" }).format(fields),
      }),
    );
  }
  return lines;
}

/** An event added, changed or cancelled, in the shared notification email with its time. */
export async function composeEventNotification(recipient: Recipient, notification: StoredNotification) {
  return composeNotificationEmail(recipient, notification, await eventLines(recipient, notification.params));
}

// The calendar's composers, by kind (the notifications module's generic purpose for events).
registerComposers({
  ...Object.fromEntries(Object.keys(CALL_EMAILS).map((kind) => [kind, callComposer])),
  ...Object.fromEntries(EVENT_NEWS.map((kind) => [kind, { compose: composeEventNotification }])),
});
