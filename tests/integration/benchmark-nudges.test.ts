// Members that have not reported on a benchmark hear about it before the deadline, once.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nudgeSilentMembers } from "~/program/nudges.server";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
});
afterAll(() => database.drop());

async function benchmark(deadline: string) {
  const { db } = database;
  const { id } = await db
    .insertInto("benchmarks")
    .values({
      title: `Benchmark due ${deadline}`,
      measure: "members",
      target_kind: "count",
      target_value: 10,
      set_on: "2026-01-01",
      deadline,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

const toldAbout = (id: number) =>
  database.db
    .selectFrom("notifications as n")
    .innerJoin("people as p", "p.id", "n.person_id")
    .innerJoin("members as m", "m.id", "p.member_id")
    .select(["m.slug", "p.id"])
    .where("n.kind", "=", "benchmark_due")
    .where("n.link", "=", `/work/benchmarks/${id}`)
    .execute();

describe("benchmark nudges", () => {
  it("remind the people of members that have not reported, within 30 days of the deadline, once", async () => {
    const { db } = database;
    const soon = await benchmark("2026-12-10");
    const later = await benchmark("2027-06-30");
    const ghana = await db.selectFrom("members").select("id").where("slug", "=", "ghana").executeTakeFirstOrThrow();
    await db
      .insertInto("benchmark_reports")
      .values({ benchmark_id: soon, member_id: ghana.id, status: "in_progress", reported_on: "2026-11-20" })
      .execute();

    const first = await nudgeSilentMembers(db, "2026-11-24");
    const told = await toldAbout(soon);
    expect(told.some((row) => row.slug === "republic-of-korea")).toBe(true);
    expect(told.some((row) => row.slug === "ghana")).toBe(false);
    expect(await toldAbout(later)).toEqual([]);
    expect(first).toBeGreaterThanOrEqual(told.length);

    await nudgeSilentMembers(db, "2026-11-25");
    expect((await toldAbout(soon)).length).toBe(told.length);
  });

  it("leave out people who are no longer active", async () => {
    const { db } = database;
    const id = await benchmark("2026-12-20");
    const korea = await db
      .selectFrom("people")
      .innerJoin("members", "members.id", "people.member_id")
      .select("people.id")
      .where("members.slug", "=", "republic-of-korea")
      .execute();
    await db
      .updateTable("people")
      .set({ status: "deactivated" })
      .where(
        "id",
        "in",
        korea.map((row) => row.id),
      )
      .execute();
    await nudgeSilentMembers(db, "2026-11-24");
    expect((await toldAbout(id)).some((row) => row.slug === "republic-of-korea")).toBe(false);
  });
});
