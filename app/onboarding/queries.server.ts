// Reads of onboarding: what a newly appointed focal point is shown first. Nothing here writes.
import { sql, type RawBuilder } from "kysely";
import { jsonArrayFrom, jsonObjectFrom } from "kysely/helpers/postgres";
import type { EventType, RegionalGroup } from "../../db/schema";
import type { Viewer } from "~/auth/viewer";
import type { Locale } from "~/i18n/config";
import { now, today } from "~/lib/clock.server";
import { constant } from "~/lib/sql";
import type { DB } from "~/lib/db.server";
import { memberNameOrder, memberNameSql } from "~/members/names.server";
import { openBenchmarksQuery } from "~/program/queries.server";
import { shownTitle } from "~/translations/queries.server";
import { activeSince, isActive, isNewcomer, newcomerSince, relation } from "./policy";

/** The manual's section written for newcomers (seeded; the secretariat keeps it). */
export const FIRST_MONTHS_SECTION = "your-first-months";

/**
 * A newcomer's path: the manual's "Your first months", their member's benchmark reports still to file,
 * the next Global Call and the next training, and their mentor (two statements side by side: the
 * benchmarks, and the rest read together).
 */
/** Benchmarks the welcome lists for the member to report on. */
const WELCOME_REPORTS = 5;

export async function onboardingPath(db: DB, viewer: Viewer) {
  // One statement: the member's open benchmarks are read beside the rest, as the dashboard does.
  const memberId = viewer.memberId;
  const rest = await db
    .selectNoFrom([
      memberId === null
        ? sql<[]>`'[]'::json`.as("toReport")
        : jsonArrayFrom(openBenchmarksQuery(db, memberId, today(), viewer.locale)).as("toReport"),
      jsonObjectFrom(
        db
          .selectFrom("manual_sections as s")
          .innerJoin("manual_chapters as c", "c.id", "s.chapter_id")
          .select(["s.slug", "s.title", "s.language", "c.slug as chapterSlug"])
          .where("s.slug", "=", constant(FIRST_MONTHS_SECTION)),
      ).as("firstMonths"),
      jsonObjectFrom(nextOfType(db, "global_call")).as("nextCall"),
      jsonObjectFrom(nextOfType(db, "training")).as("nextTraining"),
      jsonArrayFrom(partnersQuery(db, viewer.id, viewer.locale).where("other.role", "=", constant("mentor"))).as(
        "partners",
      ),
    ])
    .executeTakeFirstOrThrow();
  const toReport = rest.toReport.map((benchmark) => shownTitle(benchmark, viewer.locale));
  return {
    mentor: withRelation(rest.partners)[0] ?? null,
    firstMonths: rest.firstMonths ?? null,
    // The nearest deadlines first; a member behind on many benchmarks is pointed to the whole list.
    toReport: toReport.slice(0, WELCOME_REPORTS),
    moreToReport: Math.max(0, toReport.length - WELCOME_REPORTS),
    /** Where the member's page lists every benchmark it has still to report on (only a member has any). */
    allToReport: viewer.memberSlug && `/members/${viewer.memberSlug}#to-report-heading`,
    nextCall: rest.nextCall ?? null,
    nextTraining: rest.nextTraining ?? null,
  };
}

/** The next scheduled event of a type (migration 0410's index finds it without sorting them all). */
const nextOfType = (db: DB, type: EventType) =>
  db
    .selectFrom("events")
    .select(["id", "title", "language", "type", "starts_at as startsAt", "time_zone as timeZone"])
    .where("type", "=", constant(type))
    .where("status", "=", constant("scheduled"))
    .where("starts_at", ">", now())
    .orderBy("starts_at")
    .limit(constant(1));

export type OnboardingPath = Awaited<ReturnType<typeof onboardingPath>>;

/**
 * The people a person is paired with now (their mentor, whom they mentor, their regional pairing's
 * peers), with how to reach them: a query to embed in a page's own statement (the dashboard's).
 */
export function partnersQuery(db: DB, personId: number, locale: Locale) {
  // The partner's address and member are looked up beside each row rather than joined: four tables to
  // order instead of six, which halves the time Postgres takes to plan the page's statement.
  return db
    .selectFrom("pairing_people as mine")
    .innerJoin("pairings as g", "g.id", "mine.pairing_id")
    .innerJoin("pairing_people as other", (join) =>
      join.onRef("other.pairing_id", "=", "mine.pairing_id").onRef("other.person_id", "!=", "mine.person_id"),
    )
    .innerJoin("people as p", "p.id", "other.person_id")
    .select((eb) => [
      "g.id as pairingId",
      "g.name as pairingName",
      "mine.role as mine",
      "other.role as theirs",
      "p.id",
      "p.name",
      "p.title",
      eb
        .selectFrom("User as u")
        .select("u.email")
        .whereRef("u.id", "=", "p.user_id")
        .$asScalar()
        .$notNull()
        .as("email"),
      sql<string>`case when p.share_phone then p.phone else '' end`.as("phone"),
      eb.selectFrom("members as m").select("m.slug").whereRef("m.id", "=", "p.member_id").as("memberSlug"),
      eb
        .selectFrom("members as m")
        .select(memberNameSql<string | null>("m", locale).as("name"))
        .whereRef("m.id", "=", "p.member_id")
        .as("memberName"),
    ])
    .where("mine.person_id", "=", personId)
    .where("g.ended_at", "is", null)
    .where("p.status", "!=", constant("deactivated"))
    .orderBy("g.created_at")
    .orderBy("p.name");
}

export type Partner = Awaited<ReturnType<ReturnType<typeof partnersQuery>["execute"]>>[number];

/** The partners with how each stands to the reader, told here so the page need not carry the rules. */
export function withRelation(partners: Partner[]) {
  return partners.map((partner) => ({ ...partner, relation: relation(partner.mine, partner.theirs) }));
}

export type ShownPartner = ReturnType<typeof withRelation>[number];

/** When a person (as `p`) was appointed: invited, or for those seeded without an invitation, signed in. */
export const appointedAt = sql<Date>`coalesce(p.invited_at, p.activated_at, p.created_at)`;

/**
 * Newcomers per page of the overview, as the library's and the status lists' pages: a year's turnover
 * fits on one or two, and at ten times today's network a page of fifty took a third of its time to write.
 */
export const OVERVIEW_PAGE_SIZE = 25;

/** The overview's filters and order, read from its query string (forms.server.ts). */
export interface OverviewFilter {
  state: "all" | "invited" | "unpaired" | "inactive";
  group: RegionalGroup | "";
  sort: "appointed" | "name" | "member";
  page: number;
}

/**
 * Every focal point appointed in the last twelve months or not yet signed in, with whether they signed
 * in, have a mentor (or a regional pairing) and are active; filtered, sorted and paged in one statement.
 */
export async function newcomersOverview(db: DB, filter: OverviewFilter, at: Date, locale: Locale) {
  const since = newcomerSince(at);
  // The member's columns are read one by one for the page's rows only (Postgres works out such subqueries
  // after the limit), not joined to every newcomer before sorting.
  const member = <T>(column: RawBuilder<T>) => sql<T>`(select ${column} from members m where m.id = p.member_id)`;
  const people = db
    .selectFrom("people as p")
    .select((eb) => [
      "p.id",
      "p.name",
      "p.is_alternate as isAlternate",
      "p.activated_at as activatedAt",
      appointedAt.as("appointedAt"),
      member(sql<string>`m.slug`).as("memberSlug"),
      member(memberNameSql("m", locale)).as("memberName"),
      member(memberNameOrder("m", locale)).as("memberOrder"),
      eb
        .selectFrom("audit_log as a")
        .select("a.at")
        .whereRef("a.actor_id", "=", "p.id")
        .where("a.action", "not in", [constant("sign_in"), constant("sign_out"), constant("sign_in_link_requested")])
        .orderBy("a.at", "desc")
        .limit(constant(1))
        .as("lastActAt"),
      eb
        .selectFrom("pairing_people as mine")
        .innerJoin("pairings as g", "g.id", "mine.pairing_id")
        .innerJoin("pairing_people as other", (join) =>
          join.onRef("other.pairing_id", "=", "mine.pairing_id").on("other.role", "=", constant("mentor")),
        )
        .innerJoin("people as mentor", "mentor.id", "other.person_id")
        .select(sql<string>`json_build_object('pairingId', g.id, 'name', mentor.name)`.as("mentor"))
        .whereRef("mine.person_id", "=", "p.id")
        .where("mine.role", "=", constant("newcomer"))
        .where("g.ended_at", "is", null)
        .limit(constant(1))
        .as("mentor"),
      eb
        .selectFrom("pairing_people as mine")
        .innerJoin("pairings as g", "g.id", "mine.pairing_id")
        .select("g.name")
        .whereRef("mine.person_id", "=", "p.id")
        .where("g.kind", "=", constant("regional"))
        .where("g.ended_at", "is", null)
        .limit(constant(1))
        .as("regionalPairing"),
    ])
    .where("p.role", "=", constant("focal_point"))
    .where("p.status", "!=", constant("deactivated"))
    .where((eb) => eb.or([eb("p.activated_at", "is", null), eb(appointedAt, ">=", since)]))
    .where("p.member_id", "is not", null)
    .$if(filter.group !== "", (q) =>
      q.where(member(sql<RegionalGroup | null>`m.regional_group`), "=", filter.group as RegionalGroup),
    );
  const activeSinceAt = activeSince(at);
  const shown = db
    .selectFrom(people.as("n"))
    .selectAll("n")
    .$if(filter.state === "invited", (q) => q.where("n.activatedAt", "is", null))
    .$if(filter.state === "unpaired", (q) => q.where("n.mentor", "is", null).where("n.regionalPairing", "is", null))
    .$if(filter.state === "inactive", (q) =>
      q.where((eb) =>
        eb.or([eb("n.activatedAt", "is", null), eb("n.lastActAt", "is", null), eb("n.lastActAt", "<", activeSinceAt)]),
      ),
    );
  // Counted apart from the page (the list inlined twice): a count over the rows beside them kept every newcomer
  // in memory to sort, where the page's own order can be read from an index (migration 0462), 25 people.
  const rows = await db
    .with(
      (cte) => cte("shown").notMaterialized(),
      () => shown,
    )
    .selectFrom("shown as n")
    .selectAll("n")
    .select((eb) =>
      eb
        .selectFrom("shown")
        .select(sql<number>`count(*)::int`.as("total"))
        .as("total"),
    )
    .$if(filter.sort === "appointed", (q) => q.orderBy("n.appointedAt", "desc"))
    .$if(filter.sort === "member", (q) => q.orderBy("n.memberOrder"))
    .orderBy("n.name")
    .orderBy("n.id")
    .limit(constant(OVERVIEW_PAGE_SIZE))
    .$if(filter.page > 1, (q) => q.offset((filter.page - 1) * OVERVIEW_PAGE_SIZE))
    .execute();
  return {
    total: rows[0]?.total ?? 0,
    rows: rows.map(({ total: _total, memberOrder: _order, mentor, lastActAt, ...row }) => ({
      ...row,
      mentor: mentor as unknown as { pairingId: number; name: string } | null,
      active: isActive(row, lastActAt, at),
    })),
  };
}

/** The regional pairings in force, with their people, for the overview. */
export async function regionalPairings(db: DB, locale: Locale) {
  return db
    .selectFrom("pairings as g")
    .select((eb) => [
      "g.id",
      "g.name",
      "g.regional_group as regionalGroup",
      jsonArrayFrom(
        eb
          .selectFrom("pairing_people as pp")
          .innerJoin("people as p", "p.id", "pp.person_id")
          .leftJoin("members as m", "m.id", "p.member_id")
          .select(["p.id", "p.name", memberNameSql<string | null>("m", locale).as("memberName")])
          .whereRef("pp.pairing_id", "=", "g.id")
          .orderBy("p.name"),
      ).as("people"),
    ])
    .where("g.kind", "=", "regional")
    .where("g.ended_at", "is", null)
    .orderBy("g.name")
    .execute();
}

/**
 * A newcomer to pair and the focal points who may mentor them: those of the same regional group first,
 * then those who speak the same language, then everyone else. Null when the person is no newcomer.
 */
export async function mentorChoices(db: DB, newcomerId: number, at: Date, locale: Locale) {
  const newcomer = await db
    .selectFrom("people as p")
    .innerJoin("members as m", "m.id", "p.member_id")
    .select([
      "p.id",
      "p.name",
      "p.role",
      "p.status",
      "p.locale",
      "p.activated_at as activatedAt",
      appointedAt.as("appointedAt"),
      "m.id as memberId",
      "m.regional_group as regionalGroup",
      memberNameSql("m", locale).as("memberName"),
    ])
    .where("p.id", "=", newcomerId)
    .executeTakeFirst();
  if (!newcomer || !isNewcomer(newcomer, at)) return null;
  const since = newcomerSince(at);
  const candidates = await db
    .selectFrom("people as p")
    .innerJoin("members as m", "m.id", "p.member_id")
    .select((eb) => [
      "p.id",
      "p.name",
      memberNameSql("m", locale).as("memberName"),
      eb("m.regional_group", "is not distinct from", newcomer.regionalGroup).as("sameRegion"),
      eb("p.locale", "=", newcomer.locale).as("sameLanguage"),
    ])
    .where("p.role", "=", "focal_point")
    .where("p.status", "=", "active")
    .where("p.activated_at", "is not", null)
    .where(appointedAt, "<", since)
    .where("p.member_id", "!=", newcomer.memberId)
    .orderBy("sameRegion", "desc")
    .orderBy("sameLanguage", "desc")
    .orderBy(memberNameOrder("m", locale))
    .orderBy("p.name")
    .execute();
  return { newcomer, candidates };
}

/** The focal points of one regional group's members, for a regional pairing's form. */
export async function focalPointsOfGroup(db: DB, group: RegionalGroup, locale: Locale) {
  return db
    .selectFrom("people as p")
    .innerJoin("members as m", "m.id", "p.member_id")
    .select(["p.id", "p.name", memberNameSql("m", locale).as("memberName")])
    .where("p.role", "=", "focal_point")
    .where("p.status", "!=", constant("deactivated"))
    .where("m.regional_group", "=", group)
    .orderBy(memberNameOrder("m", locale))
    .orderBy("p.name")
    .execute();
}
