// Seeds the annual training (issue 22; seed 004: "new members get an annual training"): a day in
// Geneva with twelve seats, eight taken by the most recently appointed focal points, so the seats
// left, the registration buttons and the organiser's list show on `npm start`. Adds nothing once
// any training has a capacity.
import type { DB } from "./connection";

const DAY = 86_400_000;
const TITLE = "Annual training for newly appointed focal points";
const CAPACITY = 12;
const REGISTERED = 8;

export async function seedTraining(db: DB): Promise<{ registrations: number }> {
  const existing = await db.selectFrom("events").select("id").where("capacity", "is not", null).limit(1).execute();
  if (existing.length) return { registrations: 0 };
  return db.transaction().execute(async (trx) => {
    const secretariat = await trx
      .selectFrom("people")
      .select("id")
      .where("role", "=", "secretariat")
      .orderBy("id")
      .executeTakeFirst();
    const newcomers = await trx
      .selectFrom("people")
      .select("id")
      .where("role", "=", "focal_point")
      .where("status", "=", "active")
      .orderBy("activated_at", (ob) => ob.desc().nullsLast())
      .orderBy("id", "desc")
      .limit(REGISTERED)
      .execute();
    if (!secretariat) return { registrations: 0 };
    const createdAt = new Date("2026-11-02T09:00:00Z");
    const { id } = await trx
      .insertInto("events")
      .values({
        title: TITLE,
        type: "training",
        starts_at: new Date("2027-03-09T08:00:00Z"),
        ends_at: new Date("2027-03-09T16:00:00Z"),
        time_zone: "Europe/Zurich",
        location: "Palais des Nations, Geneva (room XXIII)",
        description:
          "A day for focal points and alternates appointed this year: the Framework of Analysis for Atrocity " +
          "Crimes in practice, how the network works (program of work, Global Calls, joint statements, the " +
          "manual), and exercises on early-warning updates with experienced focal points.",
        created_by: secretariat.id,
        capacity: CAPACITY,
        created_at: createdAt,
        updated_at: createdAt,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("event_changes")
      .values({ event_id: id, person_id: secretariat.id, kind: "created", at: createdAt })
      .execute();
    if (newcomers.length)
      await trx
        .insertInto("event_registrations")
        .values(
          newcomers.map((person, index) => ({
            event_id: id,
            person_id: person.id,
            status: "registered" as const,
            created_at: new Date(createdAt.getTime() + (index + 1) * DAY),
          })),
        )
        .execute();
    return { registrations: newcomers.length };
  });
}
