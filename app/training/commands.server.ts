// What people do with a training's registrations, one use case per function: each locks the event
// row (so parallel sign-ups are counted one after another and never overbook), enforces the policy,
// and runs in one transaction with its audit entry and, when someone moves up, their notice.
import type { Transaction } from "kysely";
import type { Database, RegistrationStatus } from "../../db/schema";
import { recordAudit } from "~/audit/audit.server";
import { ensure, found } from "~/auth/policy";
import type { Viewer } from "~/auth/viewer";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import { tellMovedUp } from "./notify.server";
import { can } from "./policy";
import { liveRegistrations, seatsLeft, standing } from "./queries.server";

type Trx = Transaction<Database>;

/**
 * The event, locked against other registrations and changes to it (not against a new row that
 * refers to it: no key update), with the live registrations as they stand under the lock.
 */
async function lockTraining(trx: Trx, eventId: number, personId: number) {
  const event = found(
    await trx
      .selectFrom("events")
      .select(["id", "type", "status", "starts_at", "capacity", "title", "time_zone"])
      .where("id", "=", eventId)
      .forNoKeyUpdate()
      .executeTakeFirst(),
  );
  const live = await liveRegistrations(trx, eventId);
  const own = standing(live, event.capacity, personId);
  const facts = { type: event.type, status: event.status, startsAt: event.starts_at, mine: own.mine };
  return { event, live, own, facts };
}

/** Registers the viewer: a seat while one is left, else the end of the waiting list. */
export async function register(db: DB, eventId: number, viewer: Viewer): Promise<RegistrationStatus> {
  return db.transaction().execute(async (trx) => {
    const at = now();
    const { own, facts } = await lockTraining(trx, eventId, viewer.id);
    ensure(can(viewer, "register", facts, at));
    const status: RegistrationStatus = own.seatsLeft === 0 ? "waiting" : "registered";
    await trx
      .insertInto("event_registrations")
      .values({ event_id: eventId, person_id: viewer.id, status, created_at: at })
      .execute();
    await recordAudit(trx, {
      action: "training_registered",
      actor: viewer,
      memberId: viewer.memberId,
      subject: { kind: "event", id: eventId },
      details: { status },
    });
    return status;
  });
}

/** The viewer gives up their seat or place; a freed seat goes to the first who waits. */
export async function cancelRegistration(db: DB, eventId: number, viewer: Viewer): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const at = now();
    const { event, live, own, facts } = await lockTraining(trx, eventId, viewer.id);
    ensure(can(viewer, "cancelRegistration", facts, at));
    const mine = live.find((row) => row.personId === viewer.id)!;
    await trx.updateTable("event_registrations").set({ cancelled_at: at }).where("id", "=", mine.id).execute();
    await recordAudit(trx, {
      action: "training_registration_cancelled",
      actor: viewer,
      memberId: viewer.memberId,
      subject: { kind: "event", id: eventId },
      details: { status: own.mine },
    });
    if (own.mine === "registered") await fillSeats(trx, event);
  });
}

/**
 * Gives the free seats to those waiting, first come first, each told at once. Call it with the
 * event row locked: after a cancellation, and after an organiser raised the capacity.
 */
export async function fillSeats(
  trx: Trx,
  event: { id: number; capacity: number | null; title: string; starts_at: Date; time_zone: string },
): Promise<void> {
  const live = await liveRegistrations(trx, event.id);
  const free = seatsLeft(live, event.capacity);
  const waiting = live.filter((row) => row.status === "waiting");
  const moving = free === null ? waiting : waiting.slice(0, free);
  if (moving.length === 0) return;
  await trx
    .updateTable("event_registrations")
    .set({ status: "registered" })
    .where(
      "id",
      "in",
      moving.map((row) => row.id),
    )
    .execute();
  for (const row of moving) {
    // The portal acts, not the person whose cancellation freed the seat.
    await recordAudit(trx, {
      action: "training_moved_up",
      actor: null,
      personId: row.personId,
      subject: { kind: "event", id: event.id },
    });
    await tellMovedUp(trx, event, row);
  }
}
