// Reminders before Global Calls: one row per (call, person, offset) in call_reminders. Rows are
// created when a call is scheduled (and for people who join later), moved when it is rescheduled,
// cancelled with it, and told by the worker: the row's own update from 'pending' to 'sent' is the
// claim, in the same transaction that records the notification, so each is told once; the
// notifications module then emails it (or not) by the person's preferences, once.
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema";
import { now } from "~/lib/clock.server";
import { getDb, type DB } from "~/lib/db.server";
import { enqueue } from "~/lib/jobs.server";
import { notify } from "~/notifications/delivery.server";
import { eventFacts, eventLink } from "./notify.server";

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
          then case when r.status = 'sent' and r.due_at = e.starts_at - make_interval(mins => r.offset_minutes)
            then 'sent' else 'pending' end
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
 * due reminders, a batch of them per job so a thousand due at once do not mean a thousand jobs. When
 * the worker was away and several reminders of one call are due for a person, only the nearest goes
 * out; reminders for calls that have started are skipped.
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
      select id, row_number() over (order by id) - 1 as n
      from call_reminders where status = 'pending' and due_at <= ${at}
    ), batches as (
      select array_agg(id order by id) as ids from due group by n / ${SEND_BATCH}::integer
    ), queued as (
      select graphile_worker.add_job('calendar.send_reminders', json_build_object('ids', ids),
               job_key := 'reminders:' || ids[1], max_attempts := 10), cardinality(ids) as size
      from batches
    )
    select coalesce(sum(size), 0) as count from queued`.execute(db);
  return Number(rows[0]?.count ?? 0);
}

const SEND_BATCH = 25;

/**
 * Tells a batch of due reminders, in one transaction: the rows are locked in order (so two workers
 * on the same batch queue up rather than deadlock), those that no longer hold are passed over (the
 * call is cancelled or has begun, or the person said they will not attend), and the others are
 * claimed (pending → sent) and become notifications, whose immediate emails the notifications
 * module sends once each. A retry, or a second worker, finds nothing pending left to tell.
 */
export async function sendReminders(ids: number[], db: DB = getDb()): Promise<void> {
  const at = now();
  await db.transaction().execute(async (trx) => {
    const pending = await trx
      .selectFrom("call_reminders")
      .select("id")
      .where("id", "in", ids)
      .where("status", "=", "pending")
      .where("due_at", "<=", at)
      .orderBy("id")
      .forNoKeyUpdate()
      .execute();
    if (pending.length === 0) return;
    const locked = pending.map((row) => row.id);
    await trx
      .updateTable("call_reminders as r")
      .set({ status: "skipped" })
      .from("events as e")
      .whereRef("e.id", "=", "r.event_id")
      .where("r.id", "in", locked)
      .where((eb) =>
        eb.or([
          eb("e.status", "=", "cancelled"),
          eb("e.starts_at", "<=", at),
          eb.exists(
            eb
              .selectFrom("event_rsvps as v")
              .select("v.person_id")
              .whereRef("v.event_id", "=", "r.event_id")
              .whereRef("v.person_id", "=", "r.person_id")
              .where("v.response", "=", "not_attending"),
          ),
        ]),
      )
      .execute();
    const claimed = await trx
      .updateTable("call_reminders as r")
      .set({ status: "sent", sent_at: at })
      .from("events as e")
      .whereRef("e.id", "=", "r.event_id")
      .where("r.id", "in", locked)
      .where("r.status", "=", "pending")
      .returning([
        "r.person_id as personId",
        "r.offset_minutes as offset",
        "e.id",
        "e.title",
        "e.starts_at",
        "e.time_zone",
        "e.sequence",
      ])
      .execute();
    // One announcement per call and offset, to everyone of the batch it is due for.
    const groups = new Map<string, typeof claimed>();
    for (const row of claimed) {
      const occasion = `${row.id}:${row.offset}`;
      groups.set(occasion, [...(groups.get(occasion) ?? []), row]);
    }
    for (const [occasion, rows] of groups) {
      const { id, offset, sequence } = rows[0]!;
      await notify(trx, {
        kind: "call_reminder",
        recipients: rows.map((row) => row.personId),
        params: { ...eventFacts(rows[0]!), offsetMinutes: String(offset) },
        link: eventLink(id, "call_reminder"),
        // A call moved and moved back is reminded of again: the version tells the occasions apart.
        occurrence: `call_reminder:${occasion}:${sequence}`,
        subject: { kind: "event", id },
      });
    }
  });
}
