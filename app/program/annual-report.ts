// The report to the annual meeting, shaped from what its query reads: each benchmark's progress at the
// end of a period and its trend over it, each member's reports filed in the period, and the activities
// by status. Pure, so the page and the Word document say the same and a unit test can check it.
import {
  ACTIVITY_STATUSES,
  type ActivityCategory,
  type ActivityStatus,
  type Locale,
  type ReportStatus,
  type TargetKind,
} from "../../db/schema";
import type { TFunction } from "i18next";
import { periodStanding, type MemberFact, type Progress, type Report, type TrendPoint } from "./progress";

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

export interface MemberFacts extends MemberFact {
  slug: string;
  name: string;
}

/** A report as read: its note only when it was filed in the period (older notes are not shown). */
export interface FiledReport extends Report {
  benchmarkId: number;
  note: string | null;
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

export interface BenchmarkInReport extends BenchmarkFacts {
  /** At the end of the period. */
  progress: Progress;
  /** From the eve of the period (or the day the benchmark was set) to its last day. */
  trend: TrendPoint[];
  /** Members achieved at the end of the period less those at its start. */
  change: number;
  /** Reports on it filed in the period. */
  filed: number;
}

export interface MemberReportLine {
  id: number;
  benchmarkId: number;
  benchmarkTitle: string;
  benchmarkLanguage: Locale;
  status: ReportStatus;
  reportedOn: string;
  note: string;
}

export interface AnnualReport {
  period: Period;
  benchmarks: BenchmarkInReport[];
  /** Members that filed reports in the period, in the order given (by name), each with its reports by date. */
  reporting: { id: number; slug: string; name: string; reports: MemberReportLine[] }[];
  /** Names of the members in the network by the end of the period that filed no report in it. */
  silent: string[];
  /** Every status, in the program's order, with its activities (none is a count too). */
  activities: { status: ActivityStatus; activities: ActivityFacts[] }[];
  totals: { reports: number; members: number; activities: number };
}

export function annualReport(input: {
  period: Period;
  benchmarks: BenchmarkFacts[];
  members: MemberFacts[];
  reports: FiledReport[];
  activities: ActivityFacts[];
}): AnnualReport {
  const { period } = input;
  const inPeriod = (report: FiledReport) => report.reportedOn >= period.from && report.reportedOn <= period.to;
  const reportsOf = groupBy(
    input.reports.filter((report) => report.reportedOn <= period.to),
    (report) => report.benchmarkId,
  );
  const members = input.members.filter((member) => member.joinedOn <= period.to);

  const benchmarks = input.benchmarks.map((benchmark): BenchmarkInReport => {
    const reports = reportsOf.get(benchmark.id) ?? [];
    const terms = {
      target: { kind: benchmark.targetKind, value: benchmark.targetValue },
      setOn: benchmark.setOn,
      deadline: benchmark.deadline,
    };
    const { progress, trend } = periodStanding(terms, members, reports, period);
    return {
      ...benchmark,
      progress,
      trend,
      change: progress.achieved - (trend[0]?.achieved ?? 0),
      filed: reports.filter(inPeriod).length,
    };
  });

  const titled = new Map(input.benchmarks.map((benchmark) => [benchmark.id, benchmark]));
  const filed = input.reports
    .filter((report) => inPeriod(report) && titled.has(report.benchmarkId))
    .sort((a, b) => a.reportedOn.localeCompare(b.reportedOn) || a.id - b.id);
  const linesOf = groupBy(filed, (report) => report.memberId);
  const reporting = members.flatMap((member) => {
    const reports = linesOf.get(member.id)?.map((report): MemberReportLine => {
      const benchmark = titled.get(report.benchmarkId)!;
      return {
        id: report.id,
        benchmarkId: benchmark.id,
        benchmarkTitle: benchmark.title,
        benchmarkLanguage: benchmark.language,
        status: report.status,
        reportedOn: report.reportedOn,
        note: report.note ?? "",
      };
    });
    return reports ? [{ id: member.id, slug: member.slug, name: member.name, reports }] : [];
  });

  return {
    period,
    benchmarks,
    reporting,
    silent: members.filter((member) => !linesOf.has(member.id)).map((member) => member.name),
    activities: ACTIVITY_STATUSES.map((status) => ({
      status,
      activities: input.activities.filter((activity) => activity.status === status),
    })),
    totals: {
      reports: reporting.reduce((sum, member) => sum + member.reports.length, 0),
      members: reporting.length,
      activities: input.activities.length,
    },
  };
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

/** "+3", "0", "−1", as the reader's language writes a change. */
export const signed = (locale: string, change: number) =>
  new Intl.NumberFormat(locale, { signDisplay: "exceptZero" }).format(change);

function groupBy<T>(items: T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
