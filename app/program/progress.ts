// How the network stands on a benchmark: pure functions of the members, their reports and a date.
import type { ReportStatus, TargetKind } from "../../db/schema";

export interface Target {
  kind: TargetKind;
  /** A number of members, or a percentage of the network. */
  value: number;
}

export interface BenchmarkTerms {
  target: Target;
  setOn: string; // 'YYYY-MM-DD'
  deadline: string;
}

export interface MemberFact {
  id: number;
  joinedOn: string;
}

export interface Report {
  id: number;
  memberId: number;
  status: ReportStatus;
  reportedOn: string;
}

export type ProgressState = "achieved" | "on_track" | "at_risk" | "missed";

export interface Progress {
  achieved: number;
  /** Members who can take part: in the network, and not reporting "not applicable". */
  eligible: number;
  /** How many members must achieve it: the count, or the share of the eligible members. */
  target: number;
  /** Achieved as a share of the target, 0–100. */
  percent: number;
  /** Where the network should be today if it moved steadily from the day the benchmark was set. */
  expected: number;
  state: ProgressState;
}

const DAY = 24 * 60 * 60 * 1000;
export const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY;
export const isoDate = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

export function targetCount(target: Target, eligible: number): number {
  return target.kind === "count" ? target.value : Math.ceil((target.value / 100) * eligible);
}

/** The latest report of each member, as of a date (reports made later are not known yet). */
export function latestReports(reports: Report[], asOf: string): Map<number, Report> {
  const latest = new Map<number, Report>();
  for (const report of reports) {
    if (report.reportedOn > asOf) continue;
    const current = latest.get(report.memberId);
    if (!current || report.reportedOn > current.reportedOn || (report.reportedOn === current.reportedOn && report.id > current.id)) {
      latest.set(report.memberId, report);
    }
  }
  return latest;
}

/** Progress from counts alone, so a listing can compute it from one aggregate query. */
export function progressFromCounts(
  counts: { achieved: number; notApplicable: number; members: number },
  terms: BenchmarkTerms,
  today: string,
): Progress {
  const eligible = Math.max(0, counts.members - counts.notApplicable);
  const target = targetCount(terms.target, eligible);
  const span = dayNumber(terms.deadline) - dayNumber(terms.setOn);
  const elapsed = Math.min(1, Math.max(0, (dayNumber(today) - dayNumber(terms.setOn)) / span));
  const expected = target * elapsed;
  let state: ProgressState;
  if (target > 0 && counts.achieved >= target) state = "achieved";
  else if (today > terms.deadline) state = "missed";
  else state = counts.achieved >= Math.floor(expected) ? "on_track" : "at_risk";
  const percent = target === 0 ? 100 : Math.min(100, Math.round((counts.achieved / target) * 100));
  return { achieved: counts.achieved, eligible, target, percent, expected: Math.round(expected * 10) / 10, state };
}

/** Counts as of a date: only members who had joined by then, with what they had reported by then. */
function countsAsOf(members: MemberFact[], reports: Report[], asOf: string) {
  const inNetwork = new Set(members.filter((member) => member.joinedOn <= asOf).map((member) => member.id));
  let achieved = 0;
  let notApplicable = 0;
  for (const [memberId, report] of latestReports(reports, asOf)) {
    if (!inNetwork.has(memberId)) continue;
    if (report.status === "achieved") achieved++;
    if (report.status === "not_applicable") notApplicable++;
  }
  return { achieved, notApplicable, members: inNetwork.size };
}

export function benchmarkProgress(terms: BenchmarkTerms, members: MemberFact[], reports: Report[], today: string): Progress {
  return progressFromCounts(countsAsOf(members, reports, today), terms, today);
}

export interface TrendPoint {
  date: string;
  achieved: number;
  target: number;
}

/** Achieved and target at evenly spaced dates from the day the benchmark was set until today (or its deadline). */
export function benchmarkTrend(terms: BenchmarkTerms, members: MemberFact[], reports: Report[], today: string, points = 12): TrendPoint[] {
  const first = dayNumber(terms.setOn);
  const last = Math.max(first, Math.min(dayNumber(today), dayNumber(terms.deadline)));
  const steps = Math.max(1, Math.min(points - 1, last - first));
  const dates = Array.from({ length: steps + 1 }, (_, i) => isoDate(Math.round(first + ((last - first) * i) / steps)));
  return [...new Set(dates)].map((date) => {
    const counts = countsAsOf(members, reports, date);
    return { date, achieved: counts.achieved, target: progressFromCounts(counts, terms, date).target };
  });
}
