// The network's figures from SQL (the listing's aggregate) and from the reports (a benchmark's page) agree,
// including for members who joined after the benchmark was set.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getBenchmark, listBenchmarkProgress } from "~/program/queries.server";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});
afterAll(() => t.drop());

const TODAY = "2026-11-20";

describe("benchmark progress", () => {
  it("keeps each member's latest report and the tallies in step with every new report", async () => {
    const benchmark = await t.db.selectFrom("benchmarks").select("id").orderBy("id").executeTakeFirstOrThrow();
    const member = await t.db
      .insertInto("members")
      .values({
        slug: "lilliput",
        name: "Lilliput",
        name_fr: "Lilliput",
        name_es: "Lilliput",
        kind: "state",
        regional_group: "weog",
        time_zone: "UTC",
        joined_on: "2020-01-01",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const tally = () =>
      t.db
        .selectFrom("benchmark_tallies")
        .selectAll()
        .where("benchmark_id", "=", benchmark.id)
        .executeTakeFirstOrThrow();
    const add = (status: "achieved" | "in_progress" | "not_applicable", reported_on: string, note = "") =>
      t.db
        .insertInto("benchmark_reports")
        .values({
          benchmark_id: benchmark.id,
          member_id: member.id,
          status,
          reported_on,
          note,
          evidence_url: note ? "https://example.org/evidence" : null,
        })
        .execute();
    const shown = async () =>
      (await getBenchmark(t.db, benchmark.id, TODAY, "en"))!.members.find((row) => row.id === member.id);
    const start = await tally();

    await add("in_progress", "2026-03-01");
    expect(await tally()).toMatchObject({ reported: start.reported + 1, achieved: start.achieved });
    await add("achieved", "2026-05-01", "Translated and published by the ministry");
    expect(await tally()).toMatchObject({ reported: start.reported + 1, achieved: start.achieved + 1 });
    // a late report of an earlier date does not override the latest
    await add("in_progress", "2026-04-01", "An older note sent late");
    expect(await tally()).toMatchObject({ achieved: start.achieved + 1 });
    // The benchmark's page shows the latest report's note and evidence.
    expect(await shown()).toMatchObject({
      status: "achieved",
      reportedOn: "2026-05-01",
      note: "Translated and published by the ministry",
      evidenceUrl: "https://example.org/evidence",
    });
    await add("not_applicable", "2026-06-01");
    expect(await tally()).toMatchObject({ achieved: start.achieved, not_applicable: start.not_applicable + 1 });
    const history = await t.db
      .selectFrom("benchmark_reports")
      .select("status")
      .where("benchmark_id", "=", benchmark.id)
      .where("member_id", "=", member.id)
      .execute();
    expect(history).toHaveLength(4); // every report is kept
  });

  it("is the same in the listing and on the benchmark's page for every seeded benchmark", async () => {
    const listing = await listBenchmarkProgress(t.db, TODAY, "en");
    expect(listing.length).toBeGreaterThanOrEqual(5);
    for (const summary of listing) {
      const page = await getBenchmark(t.db, summary.id, TODAY, "en");
      expect(page!.progress, summary.title).toEqual(summary.progress);
    }
  });

  it("counts a member that joined after the benchmark was set, from the day it joined", async () => {
    const { id } = await t.db
      .insertInto("benchmarks")
      .values({
        title: "Share test",
        measure: "m",
        target_kind: "share",
        target_value: 50,
        set_on: "2026-01-01",
        deadline: "2027-01-01",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const members = await t.db.selectFrom("members").select("id").where("joined_on", "<=", TODAY).execute();
    const newcomer = await t.db
      .insertInto("members")
      .values({
        slug: "atlantis",
        name: "Atlantis",
        name_fr: "Atlantis",
        name_es: "Atlantis",
        kind: "state",
        regional_group: "weog",
        time_zone: "UTC",
        joined_on: "2026-10-01",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto("benchmark_reports")
      .values({ benchmark_id: id, member_id: newcomer.id, status: "achieved", reported_on: "2026-10-15" })
      .execute();

    // Before it joined, the network was smaller and the newcomer's report did not exist yet.
    const before = (await getBenchmark(t.db, id, "2026-09-30", "en"))!.progress;
    expect(before).toMatchObject({ eligible: members.length, target: Math.ceil(members.length / 2), achieved: 0 });

    const after = (await listBenchmarkProgress(t.db, TODAY, "en")).find((b) => b.id === id)!.progress;
    expect(after.eligible).toBe(members.length + 1);
    expect(after.target).toBe(Math.ceil((members.length + 1) / 2));
    expect(after.achieved).toBe(1);
    const page = await getBenchmark(t.db, id, TODAY, "en");
    expect(page!.progress).toEqual(after);
    expect(page!.members.find((m) => m.id === newcomer.id)).toMatchObject({
      status: "achieved",
      reportedOn: "2026-10-15",
    });
    expect((await getBenchmark(t.db, id, "2026-09-30", "en"))!.members.some((m) => m.id === newcomer.id)).toBe(false);
  });

  it(
    "moves on the page as soon as a report arrives, a member joins or the terms change, " +
      "though figures are reused between views",
    async () => {
      const { id } = await t.db
        .insertInto("benchmarks")
        .values({
          title: "Reuse test",
          measure: "m",
          target_kind: "count",
          target_value: 10,
          set_on: "2026-01-01",
          deadline: "2027-01-01",
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const [first, second] = await t.db.selectFrom("members").select("id").orderBy("id").limit(2).execute();
      const report = (memberId: number, status: "achieved" | "in_progress", reportedOn: string) =>
        t.db
          .insertInto("benchmark_reports")
          .values({ benchmark_id: id, member_id: memberId, status, reported_on: reportedOn })
          .execute();
      const view = async () => (await getBenchmark(t.db, id, TODAY, "en"))!;

      await report(first!.id, "achieved", "2026-03-01");
      expect((await view()).progress.achieved).toBe(1);
      expect((await view()).progress.achieved).toBe(1);

      await report(second!.id, "achieved", "2026-04-01");
      const afterReport = await view();
      expect(afterReport.progress.achieved).toBe(2);
      expect(afterReport.trend.at(-1)!.achieved).toBe(2);

      // A report sent late, dated before the others, changes the past of the trend but not today's figure.
      const earliest = afterReport.trend.find((point) => point.date >= "2026-01-15" && point.date < "2026-03-01")!;
      expect(earliest.achieved).toBe(0);
      await report(second!.id, "achieved", "2026-01-15");
      expect((await view()).trend.find((point) => point.date === earliest.date)!.achieved).toBe(1);

      await t.db
        .insertInto("members")
        .values({
          slug: "erewhon",
          name: "Erewhon",
          name_fr: "Erewhon",
          name_es: "Erewhon",
          kind: "state",
          regional_group: "weog",
          time_zone: "UTC",
          joined_on: "2026-11-01",
        })
        .execute();
      expect((await view()).progress.eligible).toBe(afterReport.progress.eligible + 1);

      await t.db.updateTable("benchmarks").set({ target_value: 2 }).where("id", "=", id).execute();
      expect((await view()).progress).toMatchObject({ target: 2, state: "achieved" });
    },
  );
});
