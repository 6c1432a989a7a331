import { describe, expect, it } from "vitest";
import { benchmarkStanding, progressFromCounts, targetCount, type MemberFact, type Report } from "~/program/progress";

const terms = { target: { kind: "count" as const, value: 4 }, setOn: "2026-01-01", deadline: "2026-12-31" };
const members: MemberFact[] = [
  { id: 1, joinedOn: "2012-05-01" },
  { id: 2, joinedOn: "2014-03-10" },
  { id: 3, joinedOn: "2016-09-01" },
  { id: 4, joinedOn: "2019-01-15" },
  { id: 5, joinedOn: "2026-06-01" }, // joined after the benchmark was set
];
let nextId = 1;
const report = (memberId: number, status: Report["status"], reportedOn: string): Report => ({
  id: nextId++,
  memberId,
  status,
  reportedOn,
});

describe("benchmark targets", () => {
  it("ask for a number of members, or a share of those who can take part (rounded up)", () => {
    expect(targetCount({ kind: "count", value: 30 }, 59)).toBe(30);
    expect(targetCount({ kind: "share", value: 50 }, 59)).toBe(30);
    expect(targetCount({ kind: "share", value: 100 }, 57)).toBe(57);
  });
});

describe("the latest report counts", () => {
  it("keeps every report but counts the newest as of the date asked", () => {
    const reports = [
      report(1, "in_progress", "2026-02-01"),
      report(1, "achieved", "2026-05-01"),
      report(2, "achieved", "2026-03-01"),
    ];
    expect(benchmarkStanding(terms, members, reports, "2026-01-15").progress.achieved).toBe(0);
    expect(benchmarkStanding(terms, members, reports, "2026-04-01").progress.achieved).toBe(1);
    expect(benchmarkStanding(terms, members, reports, "2026-05-01").progress.achieved).toBe(2);
  });

  it("breaks a tie on the same day by the later report", () => {
    const first = report(3, "achieved", "2026-04-01");
    const correction = report(3, "in_progress", "2026-04-01");
    expect(benchmarkStanding(terms, members, [correction, first], "2026-12-31").progress.achieved).toBe(0);
    expect(benchmarkStanding(terms, members, [first], "2026-12-31").progress.achieved).toBe(1);
  });
});

describe("progress and being on track", () => {
  it("counts achieved members toward the target and says whether the pace is enough", () => {
    const reports = [
      report(1, "achieved", "2026-03-01"),
      report(2, "achieved", "2026-06-20"),
      report(3, "in_progress", "2026-06-20"),
    ];
    // Half-way through the year, 2 of 4 achieved: exactly on pace.
    const middle = benchmarkStanding(terms, members, reports, "2026-07-02").progress;
    expect(middle).toMatchObject({ achieved: 2, target: 4, percent: 50, state: "on_track" });
    // Three quarters through with still 2 of 4: behind.
    expect(benchmarkStanding(terms, members, reports, "2026-10-01").progress.state).toBe("at_risk");
    // After the deadline without reaching it: missed.
    expect(benchmarkStanding(terms, members, reports, "2027-01-05").progress.state).toBe("missed");
  });

  it("is achieved as soon as enough members achieve it, even early", () => {
    const reports = [1, 2, 3, 4].map((id) => report(id, "achieved", "2026-02-01"));
    expect(benchmarkStanding(terms, members, reports, "2026-02-02").progress).toMatchObject({
      state: "achieved",
      percent: 100,
    });
  });

  it("leaves out members for whom it does not apply when it is a share of the network", () => {
    const share = { ...terms, target: { kind: "share" as const, value: 50 } };
    const reports = [report(1, "achieved", "2026-02-01"), report(2, "not_applicable", "2026-02-01")];
    // Before member 5 joins: 4 members, 1 not applicable, so 3 eligible and a target of 2.
    expect(benchmarkStanding(share, members, reports, "2026-03-01").progress).toMatchObject({
      eligible: 3,
      target: 2,
      achieved: 1,
    });
  });

  it("includes members who joined after the benchmark was set, from the day they joined", () => {
    const share = { ...terms, target: { kind: "share" as const, value: 60 } };
    const reports = [report(1, "achieved", "2026-02-01"), report(5, "achieved", "2026-06-15")];
    expect(benchmarkStanding(share, members, reports, "2026-05-31").progress).toMatchObject({
      eligible: 4,
      target: 3,
      achieved: 1,
    });
    expect(benchmarkStanding(share, members, reports, "2026-06-15").progress).toMatchObject({
      eligible: 5,
      target: 3,
      achieved: 2,
    });
  });

  it("computes the same from aggregate counts as from the reports", () => {
    const reports = [report(1, "achieved", "2026-03-01"), report(4, "not_applicable", "2026-03-01")];
    const fromReports = benchmarkStanding(terms, members, reports, "2026-08-01").progress;
    expect(progressFromCounts({ achieved: 1, notApplicable: 1, members: 5 }, terms, "2026-08-01")).toEqual(fromReports);
  });
});

describe("the trend", () => {
  it("samples achieved members from the day the benchmark was set until today", () => {
    const reports = [
      report(1, "achieved", "2026-02-01"),
      report(2, "achieved", "2026-04-01"),
      report(2, "in_progress", "2026-05-01"),
    ];
    const trend = benchmarkStanding(terms, members, reports, "2026-05-31", 6).trend;
    expect(trend[0]).toEqual({ date: "2026-01-01", achieved: 0, target: 4 });
    expect(trend.at(-1)).toEqual({ date: "2026-05-31", achieved: 1, target: 4 });
    expect(Math.max(...trend.map((point) => point.achieved))).toBe(2); // member 2 went back to "in progress" in May
    expect(trend).toHaveLength(6);
  });
});
