// Reads of the public site. Each selects only what anyone may know: members' names and groups,
// published statements, public events; never a person, a draft or a private event.
import { sql } from "kysely";
import type { Locale } from "~/i18n/config";
import type { DB } from "~/lib/db.server";
import { memberNameOrder, memberNameSql } from "~/members/names.server";
import { DIRECTORY_GROUPS } from "~/members/directory";
import { membersInNameOrder, type GroupKey } from "~/members/queries.server";
import { renderMarkdownCached } from "~/lib/markdown.server";
import { PUBLIC_STAGE } from "./policy";

/** The network's members, named in the reader's language, under their UN regional group (organisations last). */
export async function membersByRegion(db: DB, locale: Locale) {
  const rows = await membersInNameOrder(db, locale)
    .select(sql<GroupKey>`coalesce(m.regional_group, 'organisation')`.as("group"))
    .execute();
  // Names only, as the page lists them: a list of texts is a fifth of the work to send of one of records.
  return DIRECTORY_GROUPS.map((group) => ({
    group,
    names: rows.filter((row) => row.group === group).map((row) => row.name),
  })).filter((region) => region.names.length > 0);
}

/** Published statements, most recently delivered first. */
export async function publishedStatements(db: DB, locale: Locale, limit = 50) {
  return db
    .selectFrom("statements as s")
    .innerJoin("members as m", "m.id", "s.penholder_member_id")
    .select([
      "s.id",
      "s.title",
      "s.kind",
      "s.language",
      "s.occasion",
      "s.venue",
      "s.delivered_on as deliveredOn",
      memberNameSql("m", locale).as("penholder"),
    ])
    .where("s.stage", "=", PUBLIC_STAGE)
    .orderBy("s.delivered_on", (ob) => ob.desc().nullsLast())
    .orderBy("s.id", "desc")
    .limit(limit)
    .execute();
}

/** A published statement's text and who signed it; undefined for any other (a draft is not found). */
export async function publishedStatement(db: DB, id: number, locale: Locale) {
  const statement = await db
    .selectFrom("statements as s")
    .innerJoin("members as m", "m.id", "s.penholder_member_id")
    .select((eb) => [
      "s.id",
      "s.title",
      "s.kind",
      "s.stage",
      "s.language",
      "s.occasion",
      "s.venue",
      "s.delivered_on as deliveredOn",
      memberNameSql("m", locale).as("penholder"),
      eb
        .selectFrom("statement_paragraphs as p")
        .select(sql<string[]>`coalesce(array_agg(p.body order by p.position), '{}')`.as("bodies"))
        .whereRef("p.statement_id", "=", "s.id")
        .where("p.removed_at", "is", null)
        .as("paragraphs"),
      eb
        .selectFrom("statement_signatures as g")
        .innerJoin("members as gm", "gm.id", "g.member_id")
        .select(
          sql<
            string[]
          >`coalesce(array_agg(${memberNameSql("gm", locale)} order by ${memberNameOrder("gm", locale)}), '{}')`.as(
            "names",
          ),
        )
        .whereRef("g.statement_id", "=", "s.id")
        .where("g.signed_at", "is not", null)
        .as("cosignatories"),
    ])
    .where("s.id", "=", id)
    .where("s.stage", "=", PUBLIC_STAGE)
    .executeTakeFirst();
  if (!statement) return undefined;
  const { paragraphs, ...rest } = statement;
  return { ...rest, paragraphs: (paragraphs ?? []).map((body) => renderMarkdownCached(body)) };
}

/** Public events: those to come (soonest first), then the last year's (latest first). */
export async function publicEvents(db: DB, at: Date) {
  const columns = [
    "e.id",
    "e.title",
    "e.language",
    "e.type",
    "e.starts_at as startsAt",
    "e.ends_at as endsAt",
    "e.time_zone as timeZone",
    "e.location",
  ] as const;
  // policy.ts's readEvent in SQL: marked public, and not cancelled.
  const base = () =>
    db.selectFrom("events as e").select(columns).where("e.public", "=", true).where("e.status", "=", "scheduled");
  const yearAgo = new Date(at.getTime() - 365 * 86_400_000);
  const [upcoming, past] = await Promise.all([
    base().where("e.ends_at", ">=", at).orderBy("e.starts_at").limit(50).execute(),
    base()
      .where("e.ends_at", "<", at)
      .where("e.ends_at", ">=", yearAgo)
      .orderBy("e.starts_at", "desc")
      .limit(20)
      .execute(),
  ]);
  return { upcoming, past };
}

/** The home page's figures: how many members, and the latest published statement and next public events. */
export async function publicHome(db: DB, locale: Locale, at: Date) {
  const [memberCount, statements, events] = await Promise.all([
    db
      .selectFrom("members")
      .select(sql<number>`count(*)::int`.as("count"))
      .executeTakeFirstOrThrow(),
    publishedStatements(db, locale, 3),
    publicEvents(db, at),
  ]);
  return { memberCount: memberCount.count, statements, upcoming: events.upcoming.slice(0, 3) };
}
