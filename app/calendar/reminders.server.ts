// Reminders before Global Calls: one row per (call, person, offset) in call_reminders. Rows are
// created when a call is scheduled (and for people who join later), moved when it is rescheduled,
// cancelled with it, and sent by the worker: the row's own update from 'pending' to 'sent' is the
// claim, in the same transaction that records the email, so each goes out once.
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { now } from "~/lib/clock.server";
import { getDb, type DB } from "~/lib/db.server";
import { deliverOnce } from "~/lib/deliveries.server";
import { enqueue } from "~/lib/jobs.server";
import { sendEmail } from "~/lib/mailer.server";
import { composeCallEmail, loadCallForEmail, recipientsOfCall, type CallNotice } from "./emails.server";

type Db = Kysely<Database>;

/** Adds reminders missing for upcoming calls (new people, new offsets); only those still ahead. */
async function createMissing(db: Db, at: Date, eventId?: number) {
  await sql`
    insert into call_reminders (event_id, person_id, offset_minutes, due_at)
    select e.id, p.id, o.minutes, e.starts_at - make_interval(mins => o.minutes)
    from events e
    cross join lateral unnest(e.reminder_offsets) as o(minutes)
    cross join people p
    where e.type = 'global_call' and e.status = 'scheduled' and e.starts_at > ${at}
      and e.starts_at - make_interval(mins => o.minutes) > ${at}
      and p.status = 'active'
      and (${eventId ?? null}::integer is null or e.id = ${eventId ?? null}::integer)
    on conflict (event_id, person_id, offset_minutes) do nothing`.execute(db);
}

/**
 * Keeps a call's reminders in step with it, inside the transaction that changed it:
 * a new time moves pending reminders (and re-arms those already sent for the old time);
 * one whose moment has passed is skipped; a cancelled call or a dropped offset cancels them.
 */
export async function syncReminders(db: Db, eventId: number): Promise<void> {
  const at = now();
  await sql`
    update call_reminders r set
      due_at = e.starts_at - make_interval(mins => r.offset_minutes),
      status = case
        when e.status = 'cancelled' or e.type <> 'global_call' or not (r.offset_minutes = any(e.reminder_offsets))
          then case when r.status = 'pending' then 'cancelled' else r.status end
        when e.starts_at - make_interval(mins => r.offset_minutes) > ${at}
          then case when r.status = 'sent' and r.due_at = e.starts_at - make_interval(mins => r.offset_minutes) then 'sent' else 'pending' end
        when r.status = 'pending' then 'skipped'
        else r.status
      end
    from events e
    where e.id = r.event_id and r.event_id = ${eventId}`.execute(db);
  await createMissing(db, at, eventId);
  await enqueue(db, "calendar.dispatch_reminders", {}, { jobKey: "calendar.dispatch_reminders" });
}

/**
 * Runs every minute (and whenever a call changes or the dev clock moves): queues send jobs for the
 * due reminders, a batch of them per job so a thousand due at once do not mean a thousand jobs. When the worker was away and several reminders of one call are due for a person,
 * only the nearest goes out; reminders for calls that have started are skipped.
 */
export async function dispatchDueReminders(db: Db = getDb()): Promise<number> {
  const at = now();
  await createMissing(db, at);
  await sql`
    update call_reminders r set status = 'skipped'
    where r.status = 'pending' and r.due_at <= ${at}
      and (exists (select 1 from events e where e.id = r.event_id and (e.starts_at <= ${at} or e.status = 'cancelled'))
        or exists (select 1 from call_reminders s
                   where s.event_id = r.event_id and s.person_id = r.person_id and s.status = 'pending'
                     and s.due_at <= ${at} and s.offset_minutes < r.offset_minutes))`.execute(db);
  const { rows } = await sql<{ count: string }>`
    with due as (
      select id, row_number() over (order by id) - 1 as n from call_reminders where status = 'pending' and due_at <= ${at}
    ), batches as (
      select array_agg(id order by id) as ids from due group by n / ${SEND_BATCH}::integer
    ), queued as (
      select graphile_worker.add_job('calendar.send_reminders', json_build_object('ids', ids), job_key := 'reminders:' || ids[1], max_attempts := 10), cardinality(ids) as size
      from batches
    )
    select coalesce(sum(size), 0) as count from queued`.execute(db);
  return Number(rows[0]?.count ?? 0);
}

const SEND_BATCH = 25;

/** Sends a batch; each reminder is claimed on its own, so a retry after a failure sends only what is left. */
export async function sendReminders(ids: number[], db: DB = getDb()): Promise<void> {
  const results = await Promise.allSettled(ids.map((id) => sendReminder(id, db)));
  const failed = results.filter((result) => result.status === "rejected");
  if (failed.length) throw new Error(`${failed.length} of ${ids.length} reminders failed: ${String((failed[0] as PromiseRejectedResult).reason)}`);
}

/** Sends one reminder if it is still due and unsent; a second run (retry, other worker) does nothing. */
export async function sendReminder(id: number, db: DB = getDb()): Promise<"sent" | "skipped" | "not_due"> {
  const at = now();
  const reminder = await db.selectFrom("call_reminders").select(["event_id", "person_id", "offset_minutes", "due_at", "status"]).where("id", "=", id).executeTakeFirst();
  if (!reminder || reminder.status !== "pending" || reminder.due_at > at) return "not_due";
  const call = await loadCallForEmail(db, reminder.event_id, reminder.person_id, { cacheEvent: true });
  if (!call || call.event.status === "cancelled" || call.event.starts_at <= at || call.rsvp === "not_attending") {
    await db.updateTable("call_reminders").set({ status: "skipped" }).where("id", "=", id).where("status", "=", "pending").execute();
    return "skipped";
  }
  const email = await composeCallEmail("reminder", call, { offsetMinutes: reminder.offset_minutes });
  return db.transaction().execute(async (trx) => {
    const claimed = await trx
      .updateTable("call_reminders")
      .set({ status: "sent", sent_at: at })
      .where("id", "=", id)
      .where("status", "=", "pending")
      // Unchanged since it was read (a reschedule moves due_at); Postgres keeps microseconds, JavaScript milliseconds.
      .where(sql<Date>`date_trunc('milliseconds', due_at)`, "=", reminder.due_at)
      .returning("id")
      .executeTakeFirst();
    if (!claimed) return "not_due" as const;
    const key = `reminder/${id}/${reminder.due_at.getTime()}`;
    await sendEmail({ ...email, purpose: "call_reminder", idempotencyKey: key }, trx);
    return "sent" as const;
  });
}

/** "Time changed", "cancelled" or "minutes posted", to everyone the call concerns, once each. */
export async function notifyCall(eventId: number, kind: CallNotice, version: number, db: DB = getDb()): Promise<number> {
  let sent = 0;
  for (const personId of await recipientsOfCall(db)) {
    const delivered = await deliverOnce({ key: `call_${kind}/${eventId}/${version}/${personId}`, purpose: `call_${kind}`, personId }, async () => {
      const call = await loadCallForEmail(db, eventId, personId);
      return call ? composeCallEmail(kind, call, {}) : null;
    }, db);
    if (delivered) sent++;
  }
  return sent;
}
