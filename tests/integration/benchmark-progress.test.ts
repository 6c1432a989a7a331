// The network's figures from SQL (the listing's aggregate) and from the reports (a benchmark's page) agree,
// including for members who joined after the benchmark was set.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getBenchmark, listBenchmarkProgress } from "~/program/program.server";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});
afterAll(() => t.drop());

const TODAY = "2026-11-20";

describe("benchmark progress", () => {
  it("is the same in the listing and on the benchmark's page for every seeded benchmark", async () => {
    const listing = await listBenchmarkProgress(t.db, TODAY);
    expect(listing.length).toBeGreaterThanOrEqual(5);
    for (const summary of listing) {
      const page = await getBenchmark(t.db, summary.id, TODAY);
      expect(page!.progress, summary.title).toEqual(summary.progress);
    }
  });

  it("counts a member that joined after the benchmark was set, from the day it joined", async () => {
    const { id } = await t.db
      .insertInto("benchmarks")
      .values({ title: "Share test", measure: "m", target_kind: "share", target_value: 50, set_on: "2026-01-01", deadline: "2027-01-01" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const members = await t.db.selectFrom("members").select("id").where("joined_on", "<=", TODAY).execute();
    const newcomer = await t.db
      .insertInto("members")
      .values({ slug: "atlantis", name: "Atlantis", kind: "state", regional_group: "weog", time_zone: "UTC", joined_on: "2026-10-01" })
      .returning("id")
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto("benchmark_reports")
      .values({ benchmark_id: id, member_id: newcomer.id, status: "achieved", reported_on: "2026-10-15" })
      .execute();

    const before = (await listBenchmarkProgress(t.db, "2026-09-30")).find((b) => b.id === id)!.progress;
    expect(before).toMatchObject({ eligible: members.length, target: Math.ceil(members.length / 2), achieved: 0 });

    const after = (await listBenchmarkProgress(t.db, TODAY)).find((b) => b.id === id)!.progress;
    expect(after.eligible).toBe(members.length + 1);
    expect(after.target).toBe(Math.ceil((members.length + 1) / 2));
    expect(after.achieved).toBe(1);
    const page = await getBenchmark(t.db, id, TODAY);
    expect(page!.progress).toEqual(after);
    expect(page!.members.find((m) => m.id === newcomer.id)).toMatchObject({ notReported: false, latest: { status: "achieved" } });
    expect((await getBenchmark(t.db, id, "2026-09-30"))!.members.some((m) => m.id === newcomer.id)).toBe(false);
  });
});
