// Reading the report to the annual meeting for a period: three statements side by side (benchmarks,
// members, activities), however many benchmarks and members there are, then the reports; the page is kept
// until one of the tables it is read from is written (reportPageFor).
import { sql, type ExpressionBuilder } from "kysely";
import type { Database } from "../../db/schema";
import type { Locale } from "~/i18n/config";
import type { DB } from "~/lib/db.server";
import { keptValues } from "~/lib/kept.server";
import { revisionsOf } from "~/lib/revisions.server";
import { parseForm, type FormResult } from "~/lib/forms.server";
import { memberNameOrder, memberNameSql } from "~/members/names.server";
import { shownTitle, titleInReaderLanguage } from "~/translations/queries.server";
import {
  annualReport,
  periodFigures,
  reportPage,
  type BenchmarkFacts,
  type MemberFacts,
  type MemberGroup,
  type PeriodFigures,
  type Period,
  type ReportPageSent,
} from "./annual-report";
import { benchmarkRowsHtml } from "./annual-report-rows.server";
import { annualReportQuery } from "./forms.server";
import { dayNumber, isoDate, type MemberFact } from "./progress";

/**
 * The period a report covers unless the reader chooses one: since the last annual meeting that has
 * ended, or the last 12 months when there is none (or it ended longer ago).
 */
export async function defaultPeriod(db: DB, today: string): Promise<Period> {
  const dayAfterYearAgo = new Date(`${today}T00:00:00Z`);
  dayAfterYearAgo.setUTCFullYear(dayAfterYearAgo.getUTCFullYear() - 1);
  dayAfterYearAgo.setUTCDate(dayAfterYearAgo.getUTCDate() + 1);
  const yearStart = dayAfterYearAgo.toISOString().slice(0, 10);
  const last = await db
    .selectFrom("annual_meetings")
    .select("ends_on")
    .where("ends_on", "<", today)
    .orderBy("ends_on", "desc")
    .limit(1)
    .executeTakeFirst();
  const afterMeeting = last ? isoDate(dayNumber(last.ends_on) + 1) : null;
  return { from: afterMeeting && afterMeeting > yearStart ? afterMeeting : yearStart, to: today };
}

/** `?from=…&to=…`, each missing one taken from the default period; other parameters are no concern of it. */
export async function periodQuery(db: DB, params: URLSearchParams, today: string): Promise<FormResult<Period>> {
  const given = new URLSearchParams();
  for (const name of ["from", "to"]) for (const value of params.getAll(name)) given.append(name, value);
  if (!given.has("from") || !given.has("to")) {
    const period = await defaultPeriod(db, today);
    if (!given.has("from")) given.set("from", period.from);
    if (!given.has("to")) given.set("to", period.to);
  }
  return parseForm(annualReportQuery(today), given);
}

/** Every table the report is read from (benchmark_tallies moves with benchmark_reports). */
const REPORT_TABLES: readonly (keyof Database)[] = [
  "activities",
  "activity_members",
  "benchmark_reports",
  "benchmarks",
  "content_translations",
  "members",
];

/**
 * The last few reports' pages read. The report of a period is the same for every reader of a language,
 * and it is made from many rows: it is read again only when one of its tables has been written since.
 */
const keptPages = keptValues<ReportPageSent>(8);

/**
 * The report's page for `?from=…&to=…` (see periodQuery), with the period as parsed: the period and the
 * revisions of the report's tables are read side by side, and the report only when it is not kept.
 */
export async function reportPageFor(db: DB, params: URLSearchParams, today: string, locale: Locale) {
  const [period, revisions] = await Promise.all([periodQuery(db, params, today), revisionsOf(db, REPORT_TABLES)]);
  if (!period.success) return { period, page: null };
  const page = await keptPages(db, [period.data, locale, revisions], async () => {
    const { benchmarks, ...rest } = reportPage(await readAnnualReport(db, period.data, locale));
    return { ...rest, benchmarkCount: benchmarks.length, benchmarkRows: await benchmarkRowsHtml(benchmarks, locale) };
  });
  return { period, page };
}

/** The figures of the period, from every report on its benchmarks filed by its end. */
async function figuresOf(
  db: DB,
  period: Period,
  benchmarks: BenchmarkFacts[],
  members: MemberFact[],
): Promise<PeriodFigures> {
  const reports = benchmarks.length
    ? await db
        .selectFrom("benchmark_reports")
        .select(["id", "benchmark_id as benchmarkId", "member_id as memberId", "status", "reported_on as reportedOn"])
        .where(
          "benchmark_id",
          "in",
          benchmarks.map((benchmark) => benchmark.id),
        )
        .where("reported_on", "<=", period.to)
        .execute()
    : [];
  return periodFigures({ period, benchmarks, members, reports });
}

/** Benchmarks that ran in the period: set by its end, with a deadline not before its start. */
const ranIn = (period: Period) => (eb: ExpressionBuilder<Database, "benchmarks">) =>
  eb.and([eb("benchmarks.set_on", "<=", period.to), eb("benchmarks.deadline", ">=", period.from)]);

export async function readAnnualReport(db: DB, period: Period, locale: Locale) {
  const [benchmarks, membersJson, activities] = await Promise.all([
    db
      .selectFrom("benchmarks")
      .select([
        "benchmarks.id",
        "benchmarks.title",
        "benchmarks.language",
        "benchmarks.target_kind as targetKind",
        "benchmarks.target_value as targetValue",
        "benchmarks.set_on as setOn",
        "benchmarks.deadline",
        titleInReaderLanguage("benchmark", "benchmarks", locale),
      ])
      .where(ranIn(period))
      .orderBy("benchmarks.deadline")
      .orderBy("benchmarks.id")
      .execute(),
    // Every member, by name (those that joined after the period may still lead one of its activities), as
    // one JSON text: hundreds of rows cost less parsed at once.
    db
      .selectFrom("members as m")
      .select(
        sql<string>`coalesce(json_agg(json_build_array(m.id, m.joined_on, ${memberNameSql("m", locale)},
          coalesce(m.regional_group, 'organisation')) order by ${memberNameOrder("m", locale)}), '[]')::text`.as(
          "members",
        ),
      )
      .executeTakeFirstOrThrow(),
    // Activities whose dates meet the period (an open end meets any), unless archived before it began.
    db
      .selectFrom("activities as a")
      .select((eb) => [
        "a.id",
        "a.title",
        "a.language",
        "a.category",
        "a.status",
        "a.start_on as startOn",
        "a.due_on as dueOn",
        titleInReaderLanguage("activity", "a", locale),
        eb
          .selectFrom("activity_members as am")
          .select(sql<number[]>`coalesce(array_agg(am.member_id), '{}')`.as("ids"))
          .whereRef("am.activity_id", "=", "a.id")
          .where("am.role", "=", "lead")
          .as("leadIds"),
      ])
      .where((eb) => eb.or([eb("a.start_on", "is", null), eb("a.start_on", "<=", period.to)]))
      .where((eb) => eb.or([eb("a.due_on", "is", null), eb("a.due_on", ">=", period.from)]))
      .where((eb) => eb.or([eb("a.archived_at", "is", null), eb("a.archived_at", ">=", new Date(period.from))]))
      .orderBy("a.due_on", (ob) => ob.asc().nullsLast())
      .orderBy("a.id")
      .execute(),
  ]);
  const members = (JSON.parse(membersJson.members) as [number, string, string, MemberGroup][]).map(
    ([id, joinedOn, name, group]): MemberFacts => ({ id, joinedOn, name, group }),
  );
  const figures = await figuresOf(db, period, benchmarks, members);
  // Leads named as the members list names them, in its order (the reader's collation).
  const order = new Map(members.map((member, index) => [member.id, index]));
  const leadsOf = (ids: number[] | null) =>
    (ids ?? []).sort((a, b) => order.get(a)! - order.get(b)!).map((id) => members[order.get(id)!]!.name);
  return annualReport({
    period,
    benchmarks: benchmarks.map((row) => shownTitle(row, locale)),
    members,
    figures,
    activities: activities.map(({ leadIds, ...row }) => ({ ...shownTitle(row, locale), leads: leadsOf(leadIds) })),
  });
}

/**
 * Every report filed in the period on a benchmark that ran in it, with its note: for the Word document,
 * which lists them under each member, by date (the page shows each member's counts only).
 */
export async function readFiledReports(db: DB, period: Period, locale: Locale) {
  const rows = await db
    .selectFrom("benchmark_reports as r")
    .innerJoin("benchmarks", "benchmarks.id", "r.benchmark_id")
    .innerJoin("members as m", "m.id", "r.member_id")
    .select([
      "r.id",
      memberNameSql("m", locale).as("memberName"),
      "benchmarks.title",
      "benchmarks.language",
      titleInReaderLanguage("benchmark", "benchmarks", locale),
      "r.status",
      "r.reported_on as reportedOn",
      "r.note",
    ])
    .where(ranIn(period))
    .where("r.reported_on", ">=", period.from)
    .where("r.reported_on", "<=", period.to)
    .orderBy(memberNameOrder("m", locale))
    .orderBy("r.reported_on")
    .orderBy("r.id")
    .execute();
  return rows.map((row) => shownTitle(row, locale));
}

export type FiledReportLine = Awaited<ReturnType<typeof readFiledReports>>[number];
