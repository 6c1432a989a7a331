// iCalendar output with the `ics` library: one event to download, or a person's whole feed.
// Times are written in UTC, which calendar apps show in each reader's zone, correct on both sides of
// a daylight-saving change. UIDs are stable; SEQUENCE follows every change; cancelled events say so.
import { createHash, randomBytes } from "node:crypto";
import { createEvents, type EventAttributes } from "ics";
import { getConfig } from "~/lib/config.server";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import { notify } from "~/notifications/delivery.server";
import type { NoticeDetail } from "~/notifications/describe";

export interface IcsEvent {
  id: number;
  uid: string;
  title: string;
  type: string;
  starts_at: Date;
  ends_at: Date;
  location: string;
  description: string;
  status: "scheduled" | "cancelled";
  sequence: number;
  created_at: Date;
  updated_at: Date;
}

const PRODUCT_ID = "-//Global Network of R2P Focal Points//Portal//EN";

function toAttributes(event: IcsEvent, typeLabel: (type: string) => string): EventAttributes {
  const url = new URL(`/calendar/${event.id}`, getConfig().APP_URL).toString();
  // The video link stays on the portal, behind sign-in; the feed only points to the event's page.
  const description = [typeLabel(event.type), event.description, url].filter(Boolean).join("\n\n");
  return {
    uid: `${event.uid}@r2p-focal-points`,
    sequence: event.sequence,
    title: event.title,
    description,
    location: event.location || undefined,
    url,
    status: event.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
    start: event.starts_at.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: event.ends_at.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    created: event.created_at.getTime(),
    lastModified: event.updated_at.getTime(),
    categories: [typeLabel(event.type)],
  };
}

export function calendarFile(events: IcsEvent[], typeLabel: (type: string) => string, calName?: string): string {
  const { error, value } = createEvents(
    events.map((event) => toAttributes(event, typeLabel)),
    { productId: PRODUCT_ID, method: "PUBLISH", calName },
  );
  if (error || !value) throw error ?? new Error("Could not build the calendar file");
  return value;
}

const ICS_COLUMNS = [
  "id",
  "uid",
  "title",
  "type",
  "starts_at",
  "ends_at",
  "location",
  "description",
  "status",
  "sequence",
  "created_at",
  "updated_at",
] as const;

export async function icsEvent(db: DB, id: number): Promise<IcsEvent | undefined> {
  return db.selectFrom("events").select(ICS_COLUMNS).where("id", "=", id).executeTakeFirst();
}

/** The feed: a year back and everything ahead, cancelled events included so apps remove them. */
export async function feedEvents(db: DB): Promise<IcsEvent[]> {
  const since = new Date(now().getTime() - 365 * 86_400_000);
  return db
    .selectFrom("events")
    .select(ICS_COLUMNS)
    .where("ends_at", ">", since)
    .orderBy("starts_at")
    .limit(5000)
    .execute();
}

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * A new private feed token for a person (replacing any earlier one, which stops working). A new
 * way into their calendar: they get a security notice, in case it was not them.
 */
export async function createFeedToken(db: DB, personId: number): Promise<string> {
  const token = randomBytes(24).toString("base64url");
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("calendar_feeds")
      .values({ person_id: personId, token_hash: hashToken(token), created_at: now() })
      .onConflict((oc) =>
        oc.column("person_id").doUpdateSet({ token_hash: hashToken(token), created_at: now(), last_used_at: null }),
      )
      .execute();
    await notify(trx, {
      kind: "security",
      recipients: [personId],
      params: { detail: "security_calendar_feed" satisfies NoticeDetail },
      link: "/calendar/subscribe",
    });
  });
  return token;
}

export async function revokeFeedToken(db: DB, personId: number): Promise<void> {
  await db.deleteFrom("calendar_feeds").where("person_id", "=", personId).execute();
}

export async function feedStatus(db: DB, personId: number) {
  return db
    .selectFrom("calendar_feeds")
    .select(["created_at as createdAt", "last_used_at as lastUsedAt"])
    .where("person_id", "=", personId)
    .executeTakeFirst();
}

/** The person behind a feed token, if it is valid and they are still active (with their language). */
export async function feedOwner(db: DB, token: string) {
  const owner = await db
    .selectFrom("calendar_feeds as f")
    .innerJoin("people as p", "p.id", "f.person_id")
    .select(["p.id", "p.locale"])
    .where("f.token_hash", "=", hashToken(token))
    .where("p.status", "=", "active")
    .executeTakeFirst();
  if (owner)
    await db.updateTable("calendar_feeds").set({ last_used_at: now() }).where("person_id", "=", owner.id).execute();
  return owner;
}

export function feedUrl(token: string): string {
  return new URL(`/calendar/feed/${token}.ics`, getConfig().APP_URL).toString();
}
