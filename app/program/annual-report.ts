// The report to the annual meeting, shaped from what its query reads: each benchmark's progress at the
// end of a period and its trend over it, how many reports each member filed in the period, and the
// activities by status. Pure, so the page and the Word document say the same and a unit test can check it.
import {
  ACTIVITY_STATUSES,
  REGIONAL_GROUPS,
  REPORT_STATUSES,
  type ActivityCategory,
  type ActivityStatus,
  type Locale,
  type RegionalGroup,
  type ReportStatus,
  type TargetKind,
} from "../../db/schema";
import type { TFunction } from "i18next";
import { numberFormat } from "~/lib/format";
import {
  periodStanding,
  shownProgress,
  type MemberFact,
  type Progress,
  type Report,
  type TrendPoint,
} from "./progress";

/** Calendar dates ('YYYY-MM-DD'), both days included. */
export interface Period {
  from: string;
  to: string;
}

export interface BenchmarkFacts {
  id: number;
  title: string;
  language: Locale;
  targetKind: TargetKind;
  targetValue: number;
  setOn: string;
  deadline: string;
}

/** A UN regional group, or the regional organisations that are members too. */
export type MemberGroup = RegionalGroup | "organisation";
export const MEMBER_GROUPS: readonly MemberGroup[] = [...REGIONAL_GROUPS, "organisation"];

export interface MemberFacts extends MemberFact {
  name: string;
  group: MemberGroup;
}

/** A report as read for the figures: which benchmark, which member, what status and when. */
export interface FiledReport extends Report {
  benchmarkId: number;
}

export interface ActivityFacts {
  id: number;
  title: string;
  language: Locale;
  category: ActivityCategory;
  status: ActivityStatus;
  startOn: string | null;
  dueOn: string | null;
  leads: string[];
}

export interface BenchmarkFigures {
  /** At the end of the period. */
  progress: Progress;
  /** From the eve of the period (or the day the benchmark was set) to its last day. */
  trend: TrendPoint[];
  /** Members achieved at the end of the period less those at its start. */
  change: number;
  /** Reports on it filed in the period. */
  filed: number;
}

export type StatusCounts = Record<ReportStatus, number>;

/**
 * What the reports say over a period: each benchmark's figures, and how many reports each member filed
 * in it with each status. It depends only on the period, the benchmarks' terms, the members' joining dates
 * and the reports, so the server keeps it while none of those changed (annual-report.server.ts).
 */
export interface PeriodFigures {
  benchmarks: Map<number, BenchmarkFigures>;
  filedBy: Map<number, StatusCounts>;
}

export type BenchmarkInReport = BenchmarkFacts & BenchmarkFigures;

/** A member that filed reports in the period: how many, by status (each report's note is in the Word file). */
export interface MemberInReport {
  id: number;
  name: string;
  filed: number;
  statuses: StatusCounts;
}

/** A regional group's members in the network by the end of the period, and the reports they filed in it. */
export interface GroupInReport {
  group: MemberGroup;
  members: number;
  reporting: number;
  filed: number;
  statuses: StatusCounts;
}

export interface AnnualReport {
  period: Period;
  benchmarks: BenchmarkInReport[];
  /** Each regional group that has members, in the UN's order, the organisations last. */
  groups: GroupInReport[];
  /** Members that filed reports in the period, in the order given (by name). */
  reporting: MemberInReport[];
  /** Names of the members in the network by the end of the period that filed no report in it. */
  silent: string[];
  /** Every status, in the program's order, with its activities (none is a count too). */
  activities: { status: ActivityStatus; activities: ActivityFacts[] }[];
  totals: { reports: number; members: number; activities: number };
}

const inNetworkBy = <M extends MemberFact>(members: M[], period: Period) =>
  members.filter((member) => member.joinedOn <= period.to);

export function periodFigures(input: {
  period: Period;
  benchmarks: BenchmarkFacts[];
  members: MemberFact[];
  reports: FiledReport[];
}): PeriodFigures {
  const { period } = input;
  const inPeriod = (report: FiledReport) => report.reportedOn >= period.from && report.reportedOn <= period.to;
  const reportsOf = groupBy(
    input.reports.filter((report) => report.reportedOn <= period.to),
    (report) => report.benchmarkId,
  );
  const members = inNetworkBy(input.members, period);
  const benchmarks = new Map<number, BenchmarkFigures>();
  const filedBy = new Map<number, StatusCounts>();
  for (const benchmark of input.benchmarks) {
    const reports = reportsOf.get(benchmark.id) ?? [];
    const terms = {
      target: { kind: benchmark.targetKind, value: benchmark.targetValue },
      setOn: benchmark.setOn,
      deadline: benchmark.deadline,
    };
    const { progress, trend } = periodStanding(terms, members, reports, period);
    const filed = reports.filter(inPeriod);
    benchmarks.set(benchmark.id, {
      progress,
      trend,
      change: progress.achieved - (trend[0]?.achieved ?? 0),
      filed: filed.length,
    });
    for (const report of filed) {
      let counts = filedBy.get(report.memberId);
      if (!counts) filedBy.set(report.memberId, (counts = noReports()));
      counts[report.status] += 1;
    }
  }
  return { benchmarks, filedBy };
}

export function annualReport(input: {
  period: Period;
  benchmarks: BenchmarkFacts[];
  members: MemberFacts[];
  figures: PeriodFigures;
  activities: ActivityFacts[];
}): AnnualReport {
  const { figures } = input;
  const members = inNetworkBy(input.members, input.period);
  const reporting = members.flatMap((member): MemberInReport[] => {
    const statuses = figures.filedBy.get(member.id);
    if (!statuses) return [];
    return [{ id: member.id, name: member.name, filed: reportsIn(statuses), statuses }];
  });
  const byGroup = new Map<MemberGroup, GroupInReport>();
  for (const member of members) {
    let group = byGroup.get(member.group);
    if (!group) {
      group = { group: member.group, members: 0, reporting: 0, filed: 0, statuses: noReports() };
      byGroup.set(member.group, group);
    }
    group.members += 1;
    const counts = figures.filedBy.get(member.id);
    if (!counts) continue;
    group.reporting += 1;
    for (const status of REPORT_STATUSES) group.statuses[status] += counts[status];
  }
  const groups = MEMBER_GROUPS.flatMap((group) => {
    const shown = byGroup.get(group);
    return shown ? [{ ...shown, filed: reportsIn(shown.statuses) }] : [];
  });
  return {
    period: input.period,
    benchmarks: input.benchmarks.map((benchmark) => ({ ...benchmark, ...figures.benchmarks.get(benchmark.id)! })),
    groups,
    reporting,
    silent: members.filter((member) => !figures.filedBy.has(member.id)).map((member) => member.name),
    activities: ACTIVITY_STATUSES.map((status) => ({
      status,
      activities: input.activities.filter((activity) => activity.status === status),
    })),
    totals: {
      reports: reporting.reduce((sum, member) => sum + member.filed, 0),
      members: reporting.length,
      activities: input.activities.length,
    },
  };
}

const noReports = (): StatusCounts => ({ not_started: 0, in_progress: 0, achieved: 0, not_applicable: 0 });
const reportsIn = (counts: StatusCounts) => REPORT_STATUSES.reduce((sum, status) => sum + counts[status], 0);

/** Activities listed on the page under each status; the Word document lists them all. */
export const ACTIVITIES_SHOWN = 10;

/**
 * The report as its page shows it: each member's counts, and activities past the first few of a status,
 * go to the Word document only, and a benchmark's trend to the figures its line draws, so a network of
 * hundreds of members sends the browser little.
 */
export function reportPage({ reporting: _, benchmarks, activities, silent, ...report }: AnnualReport) {
  return {
    ...report,
    silent: { count: silent.length, names: silent.join(", ") },
    activities: activities.map((group) => ({
      status: group.status,
      count: group.activities.length,
      shown: group.activities.slice(0, ACTIVITIES_SHOWN),
    })),
    benchmarks: benchmarks.map((benchmark) => ({
      id: benchmark.id,
      title: benchmark.title,
      language: benchmark.language,
      deadline: benchmark.deadline,
      progress: shownProgress(benchmark.progress),
      start: benchmark.trend[0]?.achieved ?? 0,
      line: trendLine(benchmark.trend, benchmark.progress.target),
      change: benchmark.change,
      filed: benchmark.filed,
    })),
  };
}

export type ReportPage = ReturnType<typeof reportPage>;

/** The page as sent: its benchmarks as their count and their table's rows, written as HTML once per kept report. */
export type ReportPageSent = Omit<ReportPage, "benchmarks"> & { benchmarkCount: number; benchmarkRows: string };

/**
 * Members achieved across the period as an SVG polyline's points in a 100 × 24 box (the target, or the
 * highest count, at the top), so the page draws the line without shipping the trend itself.
 */
export function trendLine(trend: TrendPoint[], target: number): string {
  const top = Math.max(1, target, ...trend.map((point) => point.achieved));
  const x = (i: number) => (trend.length > 1 ? (i / (trend.length - 1)) * 96 + 2 : 50);
  const y = (achieved: number) => 22 - (achieved / top) * 20;
  return trend.map((point, i) => `${x(i).toFixed(1)},${y(point.achieved).toFixed(1)}`).join(" ");
}

/** An activity under its title: "National · Led by Ghana, Peru · 1 March 2026 – 30 June 2027". */
export function activityFacts(activity: ActivityFacts, t: TFunction<"program">, day: (date: string) => string) {
  const { startOn, dueOn } = activity;
  const dates =
    startOn && dueOn
      ? t("annualReport.dates", { start: day(startOn), end: day(dueOn) })
      : dueOn
        ? t("activities.due", { date: day(dueOn) })
        : startOn
          ? t("annualReport.since", { date: day(startOn) })
          : null;
  const leads = activity.leads.length
    ? t("activities.ledBy", { members: activity.leads.join(", ") })
    : t("activities.noLead");
  return [t(`categories.${activity.category}`), leads, dates].filter(Boolean).join(" · ");
}

/** A title's language where it is not the page's (the page says its own): one attribute less per row. */
export const otherLanguage = (language: string, locale: string) => (language === locale ? undefined : language);

/** "+3", "0", "−1", as the reader's language writes a change. */
export const signed = (locale: string, change: number) =>
  numberFormat(locale, { signDisplay: "exceptZero" }).format(change);

function groupBy<T>(items: T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
