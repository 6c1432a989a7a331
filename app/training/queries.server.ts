// Reading a training's registrations: the live ones in order of signing up (what the seats, the
// waiting list and each person's place are counted from), and the organiser's list by name.
import type { Locale, RegistrationStatus } from "../../db/schema";
import type { DB } from "~/lib/db.server";
import { memberNameSql } from "~/members/names.server";

/**
 * The live registrations of an event, first come first: a training holds tens of people, so the
 * counts and places are worked out from the rows rather than asked of the database one by one.
 */
export async function liveRegistrations(db: DB, eventId: number) {
  return db
    .selectFrom("event_registrations")
    .select(["id", "person_id as personId", "status"])
    .where("event_id", "=", eventId)
    .where("cancelled_at", "is", null)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

type Live = { personId: number; status: RegistrationStatus }[];

/** The seats no one holds; null when they are not limited. */
export function seatsLeft(live: Live, capacity: number | null): number | null {
  const registered = live.filter((row) => row.status === "registered").length;
  return capacity === null ? null : Math.max(capacity - registered, 0);
}

/** Seats taken, places waiting, and a person's own place (their number on the waiting list). */
export function standing(live: Live, capacity: number | null, personId: number) {
  const waiting = live.filter((row) => row.status === "waiting");
  const mine = live.find((row) => row.personId === personId);
  return {
    capacity,
    registered: live.length - waiting.length,
    waiting: waiting.length,
    seatsLeft: seatsLeft(live, capacity),
    mine: mine?.status ?? null,
    position: mine?.status === "waiting" ? waiting.indexOf(mine) + 1 : null,
  };
}

export type Standing = ReturnType<typeof standing>;

/** Who registered and who waits, in order, with their member: the organiser's list. */
export async function registrantList(db: DB, eventId: number, locale: Locale) {
  return db
    .selectFrom("event_registrations as r")
    .innerJoin("people as p", "p.id", "r.person_id")
    .leftJoin("members as m", "m.id", "p.member_id")
    .select([
      "r.id",
      "r.person_id as personId",
      "p.name",
      memberNameSql<string | null>("m", locale).as("memberName"),
      "r.status",
      "r.created_at as registeredAt",
    ])
    .where("r.event_id", "=", eventId)
    .where("r.cancelled_at", "is", null)
    .orderBy("r.status")
    .orderBy("r.created_at")
    .orderBy("r.id")
    .execute();
}

export type Registrant = Awaited<ReturnType<typeof registrantList>>[number];

/** The organiser's list in the order people registered, as liveRegistrations reads it. */
export function inOrderOfRegistration(registrants: Registrant[]): Live {
  return [...registrants].sort((a, b) => a.registeredAt.getTime() - b.registeredAt.getTime() || a.id - b.id);
}
