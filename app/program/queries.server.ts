// Reads of the program of work: activities, benchmarks and the members' progress reports.
import { sql } from "kysely";
import type { ActivityCategory, ActivityStatus, TargetKind } from "../../db/schema";
import type { Viewer } from "~/auth/viewer";
import type { Locale } from "~/i18n/config";
import type { DB } from "~/lib/db.server";
import { containsPattern, type IdOrQuery } from "~/lib/sql";
import { memberNameOrder, memberNameSql } from "~/members/names.server";
import { shownTitle, titleInReaderLanguage } from "~/translations/queries.server";
import { activityState, type ActivityState } from "./policy";
import { progressFromCounts } from "./progress";
import { standingOf } from "./standing.server";

export const ACTIVITY_PAGE_SIZE = 15;

export interface ActivityFilter {
  category?: ActivityCategory;
  status?: ActivityStatus;
  member?: string; // part of a member's name, or its slug
  mine?: boolean;
  archived?: boolean;
  page: number;
}

/** One page of activities with their lead and participating members, in one query. */
export async function listActivities(db: DB, filter: ActivityFilter, viewer: Viewer) {
  const name = memberNameSql("m", viewer.locale);
  let query = db.selectFrom("activities as a").select((eb) => [
    "a.id",
    "a.title",
    "a.language",
    "a.category",
    "a.status",
    "a.start_on as startOn",
    "a.due_on as dueOn",
    "a.archived_at as archivedAt",
    eb
      .selectFrom("activity_members as am")
      .innerJoin("members as m", "m.id", "am.member_id")
      .select(
        sql<
          { slug: string; name: string; role: "lead" | "participant" }[]
        >`coalesce(json_agg(json_build_object('slug', m.slug, 'name', ${name}, 'role', am.role)
          order by am.role, ${memberNameOrder("m", viewer.locale)}), '[]')`.as("members"),
      )
      .whereRef("am.activity_id", "=", "a.id")
      .as("members"),
  ]);
  query = filter.archived ? query.where("a.archived_at", "is not", null) : query.where("a.archived_at", "is", null);
  if (filter.category) query = query.where("a.category", "=", filter.category);
  if (filter.status) query = query.where("a.status", "=", filter.status);
  const memberSlug = filter.mine ? viewer.memberSlug : filter.member;
  if (filter.mine && !memberSlug) query = query.where("a.proposed_by", "=", viewer.id);
  else if (memberSlug) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("activity_members as am")
          .innerJoin("members as m", "m.id", "am.member_id")
          .select(sql`1`.as("one"))
          .whereRef("am.activity_id", "=", "a.id")
          .where((w) =>
            w.or([
              w("m.slug", "=", memberSlug),
              ...(["m.name", "m.name_fr", "m.name_es"] as const).map((column) =>
                w(column, "ilike", containsPattern(memberSlug)),
              ),
            ]),
          ),
      ),
    );
  }
  const rows = await query
    .orderBy(
      sql`case a.status when 'in_progress' then 0 when 'planned' then 1 when 'proposed' then 2 when 'returned' then 2
        when 'done' then 3 else 4 end`,
    )
    .orderBy("a.due_on", (ob) => ob.asc().nullsLast())
    .orderBy("a.id", "desc")
    .limit(ACTIVITY_PAGE_SIZE + 1)
    .offset((filter.page - 1) * ACTIVITY_PAGE_SIZE)
    .execute();
  return {
    activities: rows.slice(0, ACTIVITY_PAGE_SIZE).map((row) => ({ ...row, members: row.members ?? [] })),
    hasNext: rows.length > ACTIVITY_PAGE_SIZE,
  };
}

/** An activity with its members, its history and its benchmarks; `memberId` is its proposer's member. */
export async function getActivity(db: DB, id: number, locale: Locale) {
  const activity = await db
    .selectFrom("activities as a")
    .leftJoin("people as p", "p.id", "a.proposed_by")
    .leftJoin("people as reviewer", "reviewer.id", "a.reviewed_by")
    .selectAll("a")
    .select(["p.name as proposedByName", "p.member_id as memberId", "reviewer.name as reviewedByName"])
    .where("a.id", "=", id)
    .executeTakeFirst();
  if (!activity) return null;
  const [members, history, benchmarks] = await Promise.all([
    db
      .selectFrom("activity_members as am")
      .innerJoin("members as m", "m.id", "am.member_id")
      .select(["m.id", "m.slug", memberNameSql("m", locale).as("name"), "am.role"])
      .where("am.activity_id", "=", id)
      .orderBy("am.role")
      .orderBy(memberNameOrder("m", locale))
      .execute(),
    db
      .selectFrom("activity_changes as c")
      .leftJoin("people as p", "p.id", "c.person_id")
      .select(["c.id", "c.at", "c.kind", "c.changes", "p.name as personName"])
      .where("c.activity_id", "=", id)
      .orderBy("c.at", "desc")
      .orderBy("c.id", "desc")
      .limit(30)
      .execute(),
    db
      .selectFrom("benchmarks")
      .select(["id", "title", "language"])
      .where("activity_id", "=", id)
      .orderBy("deadline")
      .execute(),
  ]);
  return { ...activity, members, history, benchmarks };
}

/** What the policy needs to know of an activity, or null if there is none. */
export async function activityStateOf(db: DB, id: number): Promise<ActivityState | null> {
  const row = await db
    .selectFrom("activities as a")
    .leftJoin("people as p", "p.id", "a.proposed_by")
    .select(["a.status", "a.archived_at", "p.member_id as memberId"])
    .where("a.id", "=", id)
    .executeTakeFirst();
  return row ? activityState(row) : null;
}

/** Activities a benchmark may be linked to. */
export async function activityChoices(db: DB) {
  return db
    .selectFrom("activities")
    .select(["id", "title"])
    .where("archived_at", "is", null)
    .orderBy("title")
    .execute();
}

/* ---------------------------------------------------------------- benchmarks */

export interface BenchmarkRow {
  id: number;
  title: string;
  measure: string;
  target_kind: TargetKind;
  target_value: number;
  set_on: string;
  deadline: string;
}

const termsOf = (benchmark: BenchmarkRow) => ({
  target: { kind: benchmark.target_kind, value: benchmark.target_value },
  setOn: benchmark.set_on,
  deadline: benchmark.deadline,
});

/** Benchmarks with the network's progress, in one query over the tallies the database keeps (migration 0004). */
export async function listBenchmarkProgress(
  db: DB,
  today: string,
  readerLocale: Locale,
  options: { runningOnly?: boolean; limit?: number; offset?: number } = {},
) {
  const { runningOnly = false, limit = 1000, offset = 0 } = options;
  let query = db
    .selectFrom("benchmarks as b")
    .leftJoin("benchmark_tallies as t", "t.benchmark_id", "b.id")
    .select((eb) => [
      "b.id",
      "b.title",
      "b.language",
      "b.measure",
      "b.target_kind",
      "b.target_value",
      "b.set_on",
      "b.deadline",
      "t.achieved",
      "t.not_applicable as notApplicable",
      eb
        .selectFrom("members")
        .select(sql<string>`count(*)`.as("n"))
        .where("joined_on", "<=", today)
        .as("members"),
      titleInReaderLanguage("benchmark", "b", readerLocale),
    ]);
  if (runningOnly) query = query.where("b.deadline", ">=", today);
  const rows = await query.orderBy("b.deadline").orderBy("b.id").limit(limit).offset(offset).execute();
  return rows.map((row) => ({
    ...shownTitle({ title: row.title, language: row.language, translatedTitle: row.translatedTitle }, readerLocale),
    id: row.id,
    measure: row.measure,
    deadline: row.deadline,
    targetKind: row.target_kind,
    targetValue: row.target_value,
    progress: progressFromCounts(
      { achieved: row.achieved ?? 0, notApplicable: row.notApplicable ?? 0, members: Number(row.members ?? 0) },
      termsOf(row),
      today,
    ),
  }));
}

/** A benchmark's page: progress, trend, each member's latest status, who has not reported. */
export async function getBenchmark(db: DB, id: number, today: string, locale: Locale) {
  // Both at once: one round trip to the database instead of two.
  const [benchmark, members] = await Promise.all([
    db
      .selectFrom("benchmarks as b")
      .leftJoin("activities as a", "a.id", "b.activity_id")
      .leftJoin("benchmark_tallies as t", "t.benchmark_id", "b.id")
      .selectAll("b")
      .select(["a.title as activityTitle", "t.reports as reportCount"])
      .where("b.id", "=", id)
      .executeTakeFirst(),
    // Each member with the report that counts for it (kept by the database, migrations 0004 and 0023).
    db
      .selectFrom("members as m")
      .leftJoin("benchmark_latest as l", (join) => join.onRef("l.member_id", "=", "m.id").on("l.benchmark_id", "=", id))
      .select([
        "m.id",
        "m.slug",
        memberNameSql("m", locale).as("name"),
        "m.joined_on as joinedOn",
        "l.status",
        "l.note",
        "l.evidence_url as evidenceUrl",
        "l.reported_on as reportedOn",
      ])
      .where("m.joined_on", "<=", today)
      .orderBy(memberNameOrder("m", locale))
      .execute(),
  ]);
  if (!benchmark) return null;
  const { reportCount, ...row } = benchmark;
  const standing = await standingOf(db, { id, terms: termsOf(row), reportCount: reportCount ?? 0 }, members, today);
  return { benchmark: row, ...standing, members };
}

/** The latest reports of a benchmark, with notes and who made them, for one member or all. */
export async function benchmarkReports(
  db: DB,
  benchmarkId: number,
  options: { memberId?: number | null; limit?: number; locale: Locale },
) {
  let query = db
    .selectFrom("benchmark_reports as r")
    .innerJoin("members as m", "m.id", "r.member_id")
    .leftJoin("people as p", "p.id", "r.reported_by")
    .select([
      "r.id",
      "r.member_id as memberId",
      memberNameSql("m", options.locale).as("memberName"),
      "r.status",
      "r.note",
      "r.evidence_url as evidenceUrl",
      "r.reported_on as reportedOn",
      "p.name as reportedBy",
    ])
    .where("r.benchmark_id", "=", benchmarkId);
  if (options.memberId) query = query.where("r.member_id", "=", options.memberId);
  return query
    .orderBy("r.reported_on", "desc")
    .orderBy("r.id", "desc")
    .limit(options.limit ?? 50)
    .execute();
}

/** For the CSV export: each member's latest status on each benchmark (no report is a row too). */
export async function progressTable(db: DB, today: string, locale: Locale) {
  return db
    .selectFrom("benchmarks as b")
    .innerJoin("members as m", (join) => join.on("m.joined_on", "<=", today))
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom("benchmark_reports as r")
          .select(["r.status", "r.reported_on", "r.note", "r.evidence_url"])
          .whereRef("r.benchmark_id", "=", "b.id")
          .whereRef("r.member_id", "=", "m.id")
          .where("r.reported_on", "<=", today)
          .orderBy("r.reported_on", "desc")
          .orderBy("r.id", "desc")
          .limit(1)
          .as("latest"),
      (join) => join.onTrue(),
    )
    .select([
      "b.title as benchmark",
      "b.deadline",
      memberNameSql("m", locale).as("member"),
      "m.regional_group as regionalGroup",
      "latest.status",
      "latest.reported_on as reportedOn",
      "latest.note",
      "latest.evidence_url as evidenceUrl",
    ])
    .orderBy("b.deadline")
    .orderBy("b.id")
    .orderBy(memberNameOrder("m", locale))
    .execute();
}

/**
 * The member's open items: benchmarks still running that it has not reported on yet, as a query the
 * dashboard folds into its one statement (rows carry `translatedTitle`: pass them through `shownTitle`).
 */
export function openBenchmarksQuery(db: DB, memberId: IdOrQuery, today: string, readerLocale: Locale) {
  return db
    .selectFrom("benchmarks as b")
    .select(["b.id", "b.title", "b.language", "b.deadline", titleInReaderLanguage("benchmark", "b", readerLocale)])
    .where("b.deadline", ">=", today)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("benchmark_reports as r")
            .select(sql`1`.as("one"))
            .whereRef("r.benchmark_id", "=", "b.id")
            .where("r.member_id", "=", memberId),
        ),
      ),
    )
    .orderBy("b.deadline");
}

export async function openBenchmarksFor(db: DB, memberId: IdOrQuery, today: string, readerLocale: Locale) {
  const rows = await openBenchmarksQuery(db, memberId, today, readerLocale).execute();
  return rows.map((row) => shownTitle(row, readerLocale));
}
