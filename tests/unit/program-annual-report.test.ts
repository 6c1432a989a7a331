// The report to the annual meeting, shaped from what its query reads: progress at the end of the period
// and its trend over it, each member's reports in the period counted by status (both ends included),
// activities by status.
import { describe, expect, it } from "vitest";
import { ACTIVITY_STATUSES } from "../../db/schema";
import {
  annualReport,
  periodFigures,
  signed,
  trendLine,
  type ActivityFacts,
  type BenchmarkFacts,
  type FiledReport,
  type MemberFacts,
  type MemberGroup,
} from "~/program/annual-report";

const period = { from: "2026-03-01", to: "2026-03-31" };
const member = (id: number, name: string, joinedOn = "2015-01-01", group: MemberGroup = "grulac"): MemberFacts => ({
  id,
  name,
  joinedOn,
  group,
});
const MEMBERS = [
  member(1, "Argentina"),
  member(2, "Botswana", "2015-01-01", "african"),
  member(3, "Chile"),
  member(4, "Denmark", "2015-01-01", "weog"),
  member(5, "Estonia", "2026-04-15", "eastern_european"), // joins after the period
];
const PLAN: BenchmarkFacts = {
  id: 10,
  title: "Three members publish a national plan",
  language: "en",
  targetKind: "count",
  targetValue: 3,
  setOn: "2026-01-01",
  deadline: "2026-12-31",
};
let nextId = 1;
const filed = (memberId: number, status: FiledReport["status"], reportedOn: string, benchmarkId = 10) => ({
  id: nextId++,
  benchmarkId,
  memberId,
  status,
  reportedOn,
});
/** The report as the server makes it: the figures from the reports, then the page's shape. */
const reportOf = (input: Omit<Parameters<typeof annualReport>[0], "figures"> & { reports: FiledReport[] }) =>
  annualReport({ ...input, figures: periodFigures(input) });
const activity = (id: number, status: ActivityFacts["status"]): ActivityFacts => ({
  id,
  title: `Activity ${id}`,
  language: "en",
  category: "national",
  status,
  startOn: "2026-01-01",
  dueOn: null,
  leads: [],
});

describe("a benchmark in the report", () => {
  const reports = [
    filed(1, "achieved", "2026-02-10"), // before the period: counts, not shown
    filed(4, "achieved", "2026-03-01"), // the period's first day: a change within it
    filed(2, "achieved", "2026-03-31"), // its last day
    filed(3, "achieved", "2026-04-01"), // the day after: neither counted nor shown
  ];
  const report = reportOf({ period, benchmarks: [PLAN], members: MEMBERS, reports, activities: [] });
  const [plan] = report.benchmarks;

  it("stands as it did at the end of the period, and moved from where it stood on the eve of it", () => {
    expect(plan!.progress).toMatchObject({ achieved: 3, target: 3, percent: 100, state: "achieved" });
    expect(plan!.trend[0]).toEqual({ date: "2026-02-28", achieved: 1, target: 3 });
    expect(plan!.trend.at(-1)).toEqual({ date: "2026-03-31", achieved: 3, target: 3 });
    expect(plan!.change).toBe(2);
    expect(plan!.filed).toBe(2);
  });

  it("starts its trend on the day it was set when that falls inside the period", () => {
    const late = { ...PLAN, id: 11, setOn: "2026-03-20" };
    const [shown] = reportOf({
      period,
      benchmarks: [late],
      members: MEMBERS,
      reports: [],
      activities: [],
    }).benchmarks;
    expect(shown!.trend[0]!.date).toBe("2026-03-20");
    expect(shown!.trend.at(-1)!.date).toBe("2026-03-31");
    expect(shown!.change).toBe(0);
  });

  it("counts the reports each member filed in the period, both ends included, and names who filed none", () => {
    expect(report.reporting.map((each) => [each.name, each.filed, each.statuses.achieved])).toEqual([
      ["Botswana", 1, 1],
      ["Denmark", 1, 1],
    ]);
    // Estonia joined after the period: it is not counted among those who did not report.
    expect(report.silent).toEqual(["Argentina", "Chile"]);
    expect(report.totals).toMatchObject({ reports: 2, members: 2 });
  });

  it("sums each regional group's members and reports, leaving out a group with no member by the period's end", () => {
    const achieved = (count: number) => ({ not_started: 0, in_progress: 0, achieved: count, not_applicable: 0 });
    expect(report.groups).toEqual([
      { group: "african", members: 1, reporting: 1, filed: 1, statuses: achieved(1) },
      { group: "grulac", members: 2, reporting: 0, filed: 0, statuses: achieved(0) },
      { group: "weog", members: 1, reporting: 1, filed: 1, statuses: achieved(1) },
    ]);
  });

  it("counts a member's reports by status across the benchmarks of the period, and none on another", () => {
    const MAPPING = { ...PLAN, id: 12, title: "Members map their mechanisms" };
    const shown = reportOf({
      period,
      benchmarks: [PLAN, MAPPING],
      members: MEMBERS,
      reports: [
        filed(3, "in_progress", "2026-03-02"),
        filed(3, "achieved", "2026-03-20"),
        filed(3, "not_started", "2026-03-05", 12),
        filed(3, "achieved", "2026-03-06", 99), // a benchmark that did not run in the period
      ],
      activities: [],
    });
    expect(shown.reporting).toEqual([
      {
        id: 3,
        name: "Chile",
        filed: 3,
        statuses: { not_started: 1, in_progress: 1, achieved: 1, not_applicable: 0 },
      },
    ]);
    expect(shown.benchmarks.map((benchmark) => benchmark.filed)).toEqual([2, 1]);
  });
});

describe("activities in the report", () => {
  it("are counted under every status, in the program's order, none missing", () => {
    const activities = [activity(1, "in_progress"), activity(2, "done"), activity(3, "in_progress")];
    const report = reportOf({ period, benchmarks: [], members: MEMBERS, reports: [], activities });
    expect(report.activities.map((group) => group.status)).toEqual([...ACTIVITY_STATUSES]);
    const count = (status: string) => report.activities.find((group) => group.status === status)!.activities;
    expect(count("in_progress").map((each) => each.id)).toEqual([1, 3]);
    expect(count("done")).toHaveLength(1);
    expect(count("dropped")).toEqual([]);
    expect(report.totals.activities).toBe(3);
  });
});

describe("the trend's line", () => {
  it("runs from left to right, the target at the top and none at the bottom", () => {
    const trend = [0, 1, 3].map((achieved, i) => ({ date: `2026-03-0${i + 1}`, achieved, target: 3 }));
    expect(trendLine(trend, 3)).toBe("2.0,22.0 50.0,15.3 98.0,2.0");
  });

  it("keeps a count above the target inside the box, and a single point in the middle", () => {
    expect(trendLine([{ date: "2026-03-01", achieved: 4, target: 2 }], 2)).toBe("50.0,2.0");
  });
});

describe("a change over the period", () => {
  it("is written with its sign, as the reader's language writes numbers", () => {
    expect(signed("en", 3)).toBe("+3");
    expect(signed("en", 0)).toBe("0");
    expect(signed("fr", -2)).toMatch(/^[-−]2$/);
  });
});
