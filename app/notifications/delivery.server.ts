// How notifications reach people's inboxes, through the job queue: an immediate one as its own
// email, the others gathered into the daily or weekly digest at 08:00 in each person's time zone.
// Each email is claimed under a delivery key (at most once), and carries Resend's idempotency key.
import { sql, type ExpressionBuilder } from "kysely";
import type { Database, UserTable } from "../../db/schema";
import { now } from "~/lib/clock.server";
import { getDb, type DB } from "~/lib/db.server";
import { deliverOnce } from "~/lib/deliveries.server";
import { enqueue, enqueueEach } from "~/lib/jobs.server";
import { ESSENTIAL } from "./categories";
import { digestBoundary } from "./digest-schedule";
import { composerFor } from "./composers.server";
import { composeDigest, type Recipient } from "./emails.server";
import { publish, type Announcement, type Told } from "./publish.server";
import type { DigestCadence } from "./unsubscribe.server";

/**
 * Publishes an announcement and queues the immediate emails. Pass the transaction of the change
 * that caused it, so the notifications and their jobs exist exactly when the change commits.
 */
export async function notify(db: DB, announcement: Announcement): Promise<Told[]> {
  const told = await publish(db, announcement);
  await queueSends(
    db,
    told.filter((entry) => entry.cadence === "immediate").map((entry) => entry.id),
  );
  return told;
}

const SEND_BATCH = 25;

/**
 * Immediate emails go out a batch per job, sent side by side: a call's reminders or a notice to
 * the whole network are hundreds at once, and a job each would queue them behind one another.
 */
async function queueSends(db: DB, ids: number[]) {
  const batches: number[][] = [];
  for (let start = 0; start < ids.length; start += SEND_BATCH) batches.push(ids.slice(start, start + SEND_BATCH));
  await enqueueEach(
    db,
    "notifications.send",
    batches.map((batch) => ({ payload: { ids: batch }, jobKey: `notification:${batch[0]}` })),
  );
}

/** The job behind a batch of immediate notifications; a retry sends only what a failure left. */
export async function sendNotificationEmails(ids: number[], db: DB = getDb()): Promise<void> {
  const results = await Promise.allSettled(ids.map((id) => sendNotificationEmail(id, db)));
  const failed = results.filter((result) => result.status === "rejected");
  if (failed.length)
    throw new Error(
      `${failed.length} of ${ids.length} notification emails failed: ` +
        String((failed[0] as PromiseRejectedResult).reason),
    );
}

/**
 * Queues again the immediate emails of the last two days not sent yet. A worker runs it when it
 * starts: the jobs a crashed worker held stay locked for hours, too late for a reminder. A job
 * still running elsewhere may then run twice; its delivery key lets one email out.
 */
export async function requeueUnsent(db: DB = getDb()): Promise<void> {
  const rows = await db
    .selectFrom("notifications")
    .select("id")
    .where("email_cadence", "=", "immediate")
    .where("emailed_at", "is", null)
    .where("created_at", ">", new Date(now().getTime() - 2 * 86_400_000))
    .execute();
  await queueSends(
    db,
    rows.map((row) => row.id),
  );
}

const recipientColumns = ["p.id", "p.name", "u.email", "p.locale", "p.time_zone as timeZone"] as const;

/**
 * Whether the person's address bounced or complained: their notices stay in the centre and send no
 * email (a complaint is a request to stop), until a sign-in link, still sent, reaches it again.
 */
const mailFails = (eb: ExpressionBuilder<Database & { u: UserTable }, "u">) =>
  eb.exists(
    eb
      .selectFrom("email_problems as e")
      .select("e.email")
      .whereRef("e.email", "=", eb.fn("lower", ["u.email"])),
  );

/** One immediate notification's email, once (to someone still active, but for an account notice). */
export async function sendNotificationEmail(id: number, db: DB = getDb()): Promise<boolean> {
  const row = await db
    .selectFrom("notifications as n")
    .innerJoin("people as p", "p.id", "n.person_id")
    .innerJoin("User as u", "u.id", "p.user_id")
    .select([...recipientColumns, "p.status", "n.kind", "n.params", "n.link", "n.created_at as createdAt"])
    .where("n.id", "=", id)
    .where((eb) => eb.or([eb("p.status", "=", "active"), eb("n.category", "=", ESSENTIAL)]))
    .where((eb) => eb.or([eb("n.category", "=", ESSENTIAL), eb.not(mailFails(eb))]))
    .executeTakeFirst();
  if (!row) return false;
  const recipient: Recipient = {
    id: row.id,
    name: row.name,
    email: row.email,
    locale: row.locale,
    timeZone: row.timeZone,
    signedOff: row.status !== "active",
  };
  const notification = { id, kind: row.kind, params: row.params, link: row.link, createdAt: row.createdAt };
  const composer = composerFor(row.kind);
  const sent = await deliverOnce(
    { key: `notification:${id}`, purpose: composer.purpose(notification), personId: row.id },
    () => composer.compose(recipient, notification, db),
    db,
  );
  await db
    .updateTable("notifications")
    .set({ emailed_at: now() })
    .where("id", "=", id)
    .where("emailed_at", "is", null)
    .execute();
  return sent;
}

/**
 * For everyone with digest items waiting: takes the items that arrived before their latest 08:00
 * (daily) or Monday 08:00 (weekly) and queues one digest job for them, in one transaction, so an
 * item is in exactly one digest. Returns how many digests were queued.
 */
export async function dispatchDigests(db: DB = getDb(), at: Date = now()): Promise<number> {
  const waiting = await db
    .selectFrom("notifications as n")
    .innerJoin("people as p", "p.id", "n.person_id")
    .select(["n.person_id as personId", "n.email_cadence as cadence", "p.time_zone as timeZone"])
    .distinct()
    .where("n.emailed_at", "is", null)
    .where("n.email_cadence", "in", ["daily", "weekly"])
    .where("p.status", "=", "active")
    .execute();
  let queued = 0;
  for (const { personId, cadence, timeZone } of waiting) {
    const boundary = digestBoundary(at, timeZone, cadence as DigestCadence);
    const claimed = await db.transaction().execute(async (trx) => {
      const items = await trx
        .updateTable("notifications")
        .set({ emailed_at: at })
        .where("person_id", "=", personId)
        .where("email_cadence", "=", cadence)
        .where("emailed_at", "is", null)
        .where("created_at", "<", boundary)
        .returning("id")
        .execute();
      if (items.length === 0) return false;
      const key = `digest:${personId}:${cadence}:${boundary.toISOString()}`;
      await enqueue(
        trx,
        "notifications.send_digest",
        { personId, cadence, ids: items.map((item) => item.id), key },
        { jobKey: key },
      );
      return true;
    });
    if (claimed) queued++;
  }
  return queued;
}

/** The job behind one digest: the items it was given, in one email, once. */
export async function sendDigest(
  payload: { personId: number; cadence: DigestCadence; ids: number[]; key: string },
  db: DB = getDb(),
): Promise<boolean> {
  const recipient = await db
    .selectFrom("people as p")
    .innerJoin("User as u", "u.id", "p.user_id")
    .select(recipientColumns)
    .where("p.id", "=", payload.personId)
    .where("p.status", "=", "active")
    .where((eb) => eb.not(mailFails(eb)))
    .executeTakeFirst();
  if (!recipient || payload.ids.length === 0) return false;
  const items = await db
    .selectFrom("notifications")
    .select(["id", "kind", "params", "link", "created_at as createdAt", "category"])
    .where("id", "in", payload.ids)
    .where("person_id", "=", payload.personId)
    .orderBy(sql`created_at`)
    .execute();
  if (items.length === 0) return false;
  return deliverOnce(
    { key: payload.key, purpose: `digest_${payload.cadence}`, personId: recipient.id },
    () => composeDigest(recipient, payload.cadence, items),
    db,
  );
}
