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

/** What a progress bar and its line of text say. */
export type ShownProgress = Pick<Progress, "achieved" | "target" | "percent" | "state">;

/** A progress as a page that lists many sends it: only what its bar and text show. */
export const shownProgress = ({ achieved, target, percent, state }: Progress): ShownProgress => ({
  achieved,
  target,
  percent,
  state,
});

const DAY = 24 * 60 * 60 * 1000;
export const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY;
export const isoDate = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

export function targetCount(target: Target, eligible: number): number {
  return target.kind === "count" ? target.value : Math.ceil((target.value / 100) * eligible);
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

type Counts = { achieved: number; notApplicable: number; members: number };

const isLater = (a: Report, than: Report) =>
  a.reportedOn > than.reportedOn || (a.reportedOn === than.reportedOn && a.id > than.id);

/** The first of the ascending dates on or after a day: where something that happened that day starts to count. */
function firstDateFrom(dates: string[], day: string): number {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (dates[middle]! < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Counts at each date (ascending): only members who had joined by then, each with the latest report
 * it had made by then (a later report on the same day wins). Joinings and reports are put in the
 * date from which they count, then walked through once, so a year's trend of a busy benchmark costs
 * little more than today's figure.
 */
function countsAtDates(members: MemberFact[], reports: Report[], dates: string[]): Counts[] {
  const joiningsAt = dates.map((): number[] => []);
  for (const member of members) joiningsAt[firstDateFrom(dates, member.joinedOn)]?.push(member.id);
  const reportsAt = dates.map((): Report[] => []);
  for (const report of reports) reportsAt[firstDateFrom(dates, report.reportedOn)]?.push(report);

  const latest = new Map<number, Report>();
  const inNetwork = new Set<number>();
  const counts = { achieved: 0, notApplicable: 0 };
  const tally = (report: Report | undefined, step: number) => {
    if (report?.status === "achieved") counts.achieved += step;
    else if (report?.status === "not_applicable") counts.notApplicable += step;
  };
  return dates.map((_, i) => {
    for (const memberId of joiningsAt[i]!) {
      inNetwork.add(memberId);
      tally(latest.get(memberId), 1);
    }
    for (const report of reportsAt[i]!) {
      const current = latest.get(report.memberId);
      if (current && !isLater(report, current)) continue;
      if (inNetwork.has(report.memberId)) {
        tally(current, -1);
        tally(report, 1);
      }
      latest.set(report.memberId, report);
    }
    return { ...counts, members: inNetwork.size };
  });
}

export interface TrendPoint {
  date: string;
  achieved: number;
  target: number;
}

/** At most `points` evenly spaced dates from one day to another, both included. */
function evenDates(first: number, last: number, points: number): string[] {
  const steps = Math.max(1, Math.min(points - 1, last - first));
  return [
    ...new Set(Array.from({ length: steps + 1 }, (_, i) => isoDate(Math.round(first + ((last - first) * i) / steps)))),
  ];
}

/** Evenly spaced dates from the day the benchmark was set until today (or its deadline). */
function trendDates(terms: BenchmarkTerms, today: string, points: number): string[] {
  const first = dayNumber(terms.setOn);
  return evenDates(first, Math.max(first, Math.min(dayNumber(today), dayNumber(terms.deadline))), points);
}

/** Progress on `today` and the trend at `dates`, from one pass over the reports. */
function standingAt(
  terms: BenchmarkTerms,
  members: MemberFact[],
  reports: Report[],
  dates: string[],
  today: string,
): { progress: Progress; trend: TrendPoint[] } {
  const asked = [...new Set([...dates, today])].sort();
  const counted = new Map(countsAtDates(members, reports, asked).map((counts, i) => [asked[i]!, counts]));
  return {
    progress: progressFromCounts(counted.get(today)!, terms, today),
    trend: dates.map((date) => {
      const counts = counted.get(date)!;
      return { date, achieved: counts.achieved, target: progressFromCounts(counts, terms, date).target };
    }),
  };
}

/**
 * How the network stands today, and how achieved and target moved since the benchmark was set,
 * from one pass over its reports.
 */
export function benchmarkStanding(
  terms: BenchmarkTerms,
  members: MemberFact[],
  reports: Report[],
  today: string,
  points = 12,
): { progress: Progress; trend: TrendPoint[] } {
  return standingAt(terms, members, reports, trendDates(terms, today, points), today);
}

/**
 * How the network stood at the end of a period, and how achieved and target moved over it: from the eve
 * of its first day (or the day the benchmark was set, if later), so what happened that day counts as change.
 */
export function periodStanding(
  terms: BenchmarkTerms,
  members: MemberFact[],
  reports: Report[],
  period: { from: string; to: string },
  points = 6,
): { progress: Progress; trend: TrendPoint[] } {
  const first = Math.max(dayNumber(period.from) - 1, dayNumber(terms.setOn));
  const dates = evenDates(first, Math.max(first, dayNumber(period.to)), points);
  return standingAt(terms, members, reports, dates, period.to);
}
