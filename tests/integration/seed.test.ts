import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedNetwork } from "../../db/seed";
import { membersByGroup, membersByGroupQuery } from "~/members/queries.server";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.drop());

describe("the seeded network", () => {
  it("creates the members, the secretariat and a focal point for every member, once", async () => {
    await seedNetwork(t.db);
    await seedNetwork(t.db); // idempotent

    const members = await t.db.selectFrom("members").selectAll().execute();
    expect(members.length).toBeGreaterThanOrEqual(55);
    expect(members.find((m) => m.slug === "european-union")).toMatchObject({
      kind: "organisation",
      regional_group: null,
    });
    expect(members.find((m) => m.name === "Côte d'Ivoire")?.regional_group).toBe("african");

    const people = await t.db.selectFrom("people").selectAll().execute();
    expect(people.filter((p) => p.role === "secretariat")).toHaveLength(2);
    for (const member of members) {
      const seats = people.filter((p) => p.member_id === member.id && !p.is_alternate);
      expect(seats, member.name).toHaveLength(1);
      expect(seats[0]!.time_zone).toBe(member.time_zone);
    }
    expect(people.some((p) => p.is_alternate)).toBe(true);
    const users = await t.db.selectFrom("User").select("email").execute();
    expect(users).toHaveLength(people.length);
  });

  it("counts members by UN regional group, organisations last", async () => {
    const groups = membersByGroup(await membersByGroupQuery(t.db).execute());
    expect(groups.map((g) => g.group)).toEqual([
      "african",
      "asia_pacific",
      "eastern_european",
      "grulac",
      "weog",
      "organisation",
    ]);
    const total = await t.db
      .selectFrom("members")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .executeTakeFirstOrThrow();
    expect(groups.reduce((sum, g) => sum + g.count, 0)).toBe(Number(total.n));
  });

  it("stores accented names in UTF-8 so they can be searched", async () => {
    const found = await t.db.selectFrom("members").select("name").where("name", "ilike", "%côte%").execute();
    expect(found.map((m) => m.name)).toEqual(["Côte d'Ivoire"]);
  });
});
