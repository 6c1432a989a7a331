// Reading the report to the annual meeting for a period: four statements side by side (benchmarks,
// members, reports, activities), however many benchmarks and members there are.
import { sql } from "kysely";
import type { Locale } from "~/i18n/config";
import type { DB } from "~/lib/db.server";
import { parseForm, type FormResult } from "~/lib/forms.server";
import { memberNameOrder, memberNameSql } from "~/members/names.server";
import { shownTitle, titleInReaderLanguage } from "~/translations/queries.server";
import { annualReport, type Period } from "./annual-report";
import { annualReportQuery } from "./forms.server";
import { dayNumber, isoDate } from "./progress";

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

export async function readAnnualReport(db: DB, period: Period, locale: Locale) {
  const [benchmarks, members, reports, activities] = await Promise.all([
    db
      .selectFrom("benchmarks as b")
      .select([
        "b.id",
        "b.title",
        "b.language",
        "b.target_kind as targetKind",
        "b.target_value as targetValue",
        "b.set_on as setOn",
        "b.deadline",
        titleInReaderLanguage("benchmark", "b", locale),
      ])
      .where("b.set_on", "<=", period.to)
      .where("b.deadline", ">=", period.from)
      .orderBy("b.deadline")
      .orderBy("b.id")
      .execute(),
    db
      .selectFrom("members as m")
      .select(["m.id", "m.slug", memberNameSql("m", locale).as("name"), "m.joined_on as joinedOn"])
      .where("m.joined_on", "<=", period.to)
      .orderBy(memberNameOrder("m", locale))
      .execute(),
    // Every report until the end of the period counts toward progress; only those in it are shown.
    db
      .selectFrom("benchmark_reports as r")
      .innerJoin("benchmarks as b", "b.id", "r.benchmark_id")
      .select((eb) => [
        "r.id",
        "r.benchmark_id as benchmarkId",
        "r.member_id as memberId",
        "r.status",
        "r.reported_on as reportedOn",
        eb.case().when("r.reported_on", ">=", period.from).then(eb.ref("r.note")).end().as("note"),
      ])
      .where("b.set_on", "<=", period.to)
      .where("b.deadline", ">=", period.from)
      .where("r.reported_on", "<=", period.to)
      .execute(),
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
          .innerJoin("members as m", "m.id", "am.member_id")
          .select(
            sql<string[]>`coalesce(json_agg(${memberNameSql("m", locale)} order by ${memberNameOrder("m", locale)}),
              '[]')`.as("names"),
          )
          .whereRef("am.activity_id", "=", "a.id")
          .where("am.role", "=", "lead")
          .as("leads"),
      ])
      .where((eb) => eb.or([eb("a.start_on", "is", null), eb("a.start_on", "<=", period.to)]))
      .where((eb) => eb.or([eb("a.due_on", "is", null), eb("a.due_on", ">=", period.from)]))
      .where((eb) => eb.or([eb("a.archived_at", "is", null), eb("a.archived_at", ">=", new Date(period.from))]))
      .orderBy("a.due_on", (ob) => ob.asc().nullsLast())
      .orderBy("a.id")
      .execute(),
  ]);
  return annualReport({
    period,
    benchmarks: benchmarks.map((row) => shownTitle(row, locale)),
    members,
    reports,
    activities: activities.map((row) => ({ ...shownTitle(row, locale), leads: row.leads ?? [] })),
  });
}
