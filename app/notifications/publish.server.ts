// Features announce what happened; this decides who is told, and how each hears of it by email.
import type { NotificationCadence } from "../../db/schema";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import { cadenceFor, categoryOf, ESSENTIAL, type NotificationKind } from "./categories";
import { preferencesOf } from "./preferences.server";
import { subscribers, type Subject } from "./subscriptions.server";

export interface Announcement {
  kind: NotificationKind;
  /** People to tell; anyone no longer active is skipped, except for an account notice (see publish). */
  recipients: number[];
  /** The facts the message is written from (names, titles, dates), in no particular language. */
  params: Record<string, string>;
  /** Where the thing lives in the portal, e.g. /statements/4#amendment-12. */
  link: string;
  /** One occurrence (e.g. "call-7:reminder-24h") is told to each person at most once. */
  occurrence?: string;
  /** Sent at once even to those on a digest, which would bring it too late (see `cadenceFor`). */
  urgent?: boolean;
  /** The thing it is about, which a person may have muted: then no email, but still in the centre. */
  subject?: Subject;
}

export interface Told {
  id: number;
  personId: number;
  cadence: NotificationCadence;
}

/**
 * Records the notification for every active recipient, with the email cadence their preferences
 * give. An account notice also reaches someone no longer active: it may be the one telling them
 * their access has ended (a focal point who handed over their seat).
 */
export async function publish(db: DB, announcement: Announcement): Promise<Told[]> {
  const ids = [...new Set(announcement.recipients)];
  if (ids.length === 0) return [];
  let people = db.selectFrom("people").select("id").where("id", "in", ids);
  if (categoryOf(announcement.kind) !== ESSENTIAL) people = people.where("status", "=", "active");
  const reached = await people.execute();
  if (reached.length === 0) return [];
  const reachedIds = reached.map((person) => person.id);
  const preferences = await preferencesOf(db, reachedIds);
  const muted = new Set(announcement.subject ? await subscribers(db, announcement.subject, "mute", reachedIds) : []);
  const rows = await db
    .insertInto("notifications")
    .values(
      reached.map((person) => ({
        person_id: person.id,
        category: categoryOf(announcement.kind),
        kind: announcement.kind,
        params: announcement.params,
        link: announcement.link,
        email_cadence: muted.has(person.id)
          ? "off"
          : cadenceFor(announcement.kind, preferences.get(person.id)!, announcement.urgent),
        dedupe_key: announcement.occurrence ?? null,
        // The portal's clock, not the database's, so digests follow a clock moved in tests.
        created_at: now(),
      })),
    )
    .onConflict((conflict) =>
      conflict.columns(["person_id", "dedupe_key"]).where("dedupe_key", "is not", null).doNothing(),
    )
    .returning(["id", "person_id as personId", "email_cadence as cadence"])
    .execute();
  return rows;
}
