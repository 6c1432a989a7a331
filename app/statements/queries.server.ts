// Reading joint statements: who may see which (the SQL form of policy.ts's read rule), a statement with
// the viewer's role, its page, listings, paragraphs with their amendments, versions and exports.
// Reads never write: a silence past its deadline is shown adopted (effectiveStage) until its job records it.
import { sql, type RawBuilder } from "kysely";
import type { CommentStance, ParagraphStatus, StatementEventKind, StatementStage } from "../../db/schema";
import { ensureVisible, found } from "~/auth/policy";
import type { Viewer } from "~/auth/viewer";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import { seesDrafting, statementRole, type StatementStanding, type StatementViewer } from "./policy";
import { effectiveStage, type StatementRole } from "./workflow";
import type { Locale } from "~/i18n/config";
import { memberNameForLocaleColumn, memberNameOrder, memberNameSql } from "~/members/names.server";

/** Who reads a statement, and in which language they read members' names. */
export type StatementReader = StatementViewer & Pick<Viewer, "locale">;

export const STATEMENT_PAGE_SIZE = 20;

/**
 * policy.ts's read rule in SQL, for the statement with this stage and id: everything for the
 * secretariat; for a focal point, the published ones, those its member drafts (penholder or drafting
 * group) and those it was invited to co-sign. Search applies it to its own copy of the stage.
 */
export function statementVisible(
  db: DB,
  viewer: StatementViewer,
  stage: RawBuilder<unknown>,
  id: RawBuilder<unknown>,
): RawBuilder<boolean> {
  if (viewer.role === "secretariat") return sql<boolean>`true`;
  const member = viewer.memberId;
  if (member === null) return sql<boolean>`(${stage} = 'published')`;
  const involved = db
    .selectFrom("statement_members")
    .select("statement_id as id")
    .where("member_id", "=", member)
    .unionAll(db.selectFrom("statement_signatures").select("statement_id as id").where("member_id", "=", member))
    .unionAll(db.selectFrom("statements").select("id").where("penholder_member_id", "=", member));
  return sql<boolean>`(${stage} = 'published' or ${id} in (${involved}))`;
}

/** The ids of the statements a person may see, as a subquery to filter any listing or feed. */
export function visibleStatementIds(db: DB, viewer: StatementViewer) {
  return db
    .selectFrom("statements as v")
    .select("v.id")
    .where(statementVisible(db, viewer, sql.ref("v.stage"), sql.ref("v.id")));
}

export interface GroupMember {
  id: number;
  slug: string;
  name: string;
  timeZone: string;
}

export interface Signature {
  memberId: number;
  memberName: string;
  /** The member as the statement's own language writes it, for the text's closing line. */
  textName: string;
  invitedAt: string;
  signedAt: string | null;
  signedBy: string | null;
}

/** The statement, its penholder, drafting group and co-signatures, in one query. */
function statementSelect(db: DB, id: number, locale: Locale) {
  const name = memberNameSql("m", locale);
  const order = memberNameOrder("m", locale);
  return (
    db
      .selectFrom("statements as s")
      .innerJoin("members as pm", "pm.id", "s.penholder_member_id")
      // Every column but the search text and vector, which pages never need.
      .select([
        "s.id",
        "s.title",
        "s.kind",
        "s.topic",
        "s.occasion",
        "s.language",
        "s.penholder_member_id",
        "s.stage",
        "s.current_version",
        "s.silence_deadline",
        "s.adopted_at",
        "s.delivered_on",
        "s.venue",
        "s.published_at",
        "s.created_by",
        "s.created_at",
        "s.updated_at",
      ])
      .select((eb) => [
        memberNameSql("pm", locale).as("penholderName"),
        // The text names its penholder and co-signatories in its own language, whoever reads it.
        memberNameForLocaleColumn("pm", "s.language").as("penholderTextName"),
        "pm.slug as penholderSlug",
        eb
          .selectFrom("statement_members as g")
          .innerJoin("members as m", "m.id", "g.member_id")
          .select(
            sql<
              GroupMember[]
            >`coalesce(json_agg(json_build_object('id', m.id, 'slug', m.slug, 'name', ${name}, 'timeZone', m.time_zone)
              order by ${order}), '[]')`.as("g"),
          )
          .whereRef("g.statement_id", "=", "s.id")
          .as("group"),
        eb
          .selectFrom("statement_signatures as x")
          .innerJoin("members as m", "m.id", "x.member_id")
          .leftJoin("people as p", "p.id", "x.signed_by")
          .select(
            sql<Signature[]>`coalesce(json_agg(json_build_object('memberId', m.id, 'memberName', ${name},
              'textName', ${memberNameForLocaleColumn("m", "s.language")}, 'invitedAt', x.invited_at,
              'signedAt', x.signed_at, 'signedBy', p.name) order by x.signed_at nulls last, ${order}), '[]')`.as("x"),
          )
          .whereRef("x.statement_id", "=", "s.id")
          .as("signatures"),
        eb
          .selectFrom("reminders_sent as r")
          .select("r.sent_at")
          .where("r.subject_kind", "=", "statement")
          .whereRef("r.subject_id", "=", "s.id")
          .as("lastReminderAt"),
      ])
      .where("s.id", "=", id)
  );
}

type StatementRow = NonNullable<Awaited<ReturnType<ReturnType<typeof statementSelect>["executeTakeFirst"]>>>;
export type StatementRecord = StatementRow & { group: GroupMember[]; signatures: Signature[] };

/** What policy.ts needs to know of a statement read here. */
export function standing(statement: StatementRecord): StatementStanding {
  return {
    penholderMemberId: statement.penholder_member_id,
    stage: statement.stage,
    silenceDeadline: statement.silence_deadline,
    groupMemberIds: statement.group.map((member) => member.id),
    invitedMemberIds: statement.signatures.map((signature) => signature.memberId),
  };
}

/** Reads a statement and the viewer's role towards it; 404 if they have none. */
async function readFor<R extends StatementRow>(viewer: StatementReader, read: () => Promise<R | undefined>) {
  const row = found(await read());
  const statement = { ...row, group: row.group ?? [], signatures: row.signatures ?? [] };
  const role = statementRole(viewer, standing(statement));
  ensureVisible(role !== null);
  return { statement, role };
}

/** The statement as this viewer may see it, with their role; 404 otherwise. */
export async function loadStatement(
  db: DB,
  id: number,
  viewer: StatementReader,
): Promise<{ statement: StatementRecord; role: StatementRole }> {
  return readFor(viewer, () => statementSelect(db, id, viewer.locale).executeTakeFirst());
}

export interface TextParagraph {
  id: number;
  body: string;
  status: ParagraphStatus;
  pending: number;
  /** Its up-to-date versions in the other languages (null: none). */
  versions: Partial<Record<Locale, string>> | null;
}

export interface StatementEvent {
  id: number;
  kind: StatementEventKind;
  reason: string | null;
  deadline: string | null;
  at: string;
  personName: string | null;
  memberName: string | null;
}

/**
 * The statement page in one query: the statement, its current paragraphs with their pending
 * amendments, and its latest events (for those who see the drafting).
 */
export async function loadStatementPage(db: DB, id: number, viewer: StatementReader) {
  const { statement, role } = await readFor(viewer, () =>
    statementSelect(db, id, viewer.locale)
      .select([
        sql<
          TextParagraph[]
        >`(select coalesce(json_agg(json_build_object('id', p.id, 'body', p.body, 'status', p.status, 'pending',
          (select count(*)::int from amendments a where a.paragraph_id = p.id and a.status = 'pending'),
          -- Its up-to-date versions in the other languages, in the same query (issue 23).
          'versions', (select json_object_agg(t.language, t.body) from statement_paragraph_translations t
            where t.paragraph_id = p.id and t.source_body = p.body))
          order by p.position, p.id), '[]')
          from statement_paragraphs p where p.statement_id = s.id and p.removed_at is null)`.as("paragraphs"),
        sql<StatementEvent[]>`(select coalesce(json_agg(e), '[]') from (
          select e.id, e.kind, e.reason, e.deadline, e.at, p.name as "personName",
            ${memberNameSql("m", viewer.locale)} as "memberName"
          from statement_events e left join people p on p.id = e.person_id left join members m on m.id = e.member_id
          where e.statement_id = s.id order by e.at desc, e.id desc limit 12) e)`.as("events"),
      ])
      .executeTakeFirst(),
  );
  const { paragraphs, events, ...rest } = statement;
  return { statement: rest as StatementRecord, role, paragraphs, events: seesDrafting(role) ? events : [] };
}

/* ---------------------------------------------------------------- listings */

export interface StatementListFilter {
  stage?: StatementStage;
  page: number;
}

/** The statements a person may see, newest activity first, with how far each text has come. */
export async function listStatements(db: DB, viewer: StatementReader, filter: StatementListFilter) {
  let query = db
    .selectFrom("statements as s")
    .innerJoin("members as pm", "pm.id", "s.penholder_member_id")
    .select((eb) => [
      "s.id",
      "s.title",
      "s.kind",
      "s.language",
      "s.stage",
      "s.occasion",
      "s.silence_deadline as silenceDeadline",
      "s.delivered_on as deliveredOn",
      "s.updated_at as updatedAt",
      memberNameSql("pm", viewer.locale).as("penholderName"),
      eb
        .selectFrom("statement_paragraphs as p")
        .select(
          sql<{
            open: number;
            bracketed: number;
            ad_referendum: number;
            agreed: number;
          }>`json_build_object('open', count(*) filter (where p.status = 'open'),
            'bracketed', count(*) filter (where p.status = 'bracketed'),
            'ad_referendum', count(*) filter (where p.status = 'ad_referendum'),
            'agreed', count(*) filter (where p.status = 'agreed'))`.as("c"),
        )
        .whereRef("p.statement_id", "=", "s.id")
        .where("p.removed_at", "is", null)
        .as("paragraphs"),
    ])
    .where("s.id", "in", visibleStatementIds(db, viewer));
  const moment = now();
  // The stage as pages show it: a silence past its deadline is adopted, whether or not its job has run.
  if (filter.stage === "adopted") {
    query = query.where(
      sql<boolean>`(s.stage = 'adopted' or (s.stage = 'silence' and s.silence_deadline <= ${moment}))`,
    );
  } else if (filter.stage === "silence") {
    query = query.where(sql<boolean>`(s.stage = 'silence' and s.silence_deadline > ${moment})`);
  } else if (filter.stage) {
    query = query.where("s.stage", "=", filter.stage);
  }
  const rows = await query
    .orderBy(
      sql`case s.stage when 'silence' then 0 when 'drafting' then 1 when 'signature' then 2 when 'adopted' then 3
        else 4 end`,
    )
    .orderBy("s.updated_at", "desc")
    .orderBy("s.id", "desc")
    .limit(STATEMENT_PAGE_SIZE + 1)
    .offset((filter.page - 1) * STATEMENT_PAGE_SIZE)
    .execute();
  return {
    statements: rows
      .slice(0, STATEMENT_PAGE_SIZE)
      .map((row) => ({ ...row, stage: effectiveStage(row.stage, row.silenceDeadline, moment) })),
    hasNext: rows.length > STATEMENT_PAGE_SIZE,
  };
}

export interface AmendmentComment {
  id: number;
  stance: CommentStance;
  body: string;
  at: string;
  memberName: string;
  personName: string | null;
}

/** A paragraph (even a deleted one) with its number in the text and every amendment to it, with their discussion. */
/** A comment on a paragraph or on the words quoted from it. */
export interface ParagraphRemark {
  id: number;
  quote: string;
  body: string;
  at: string;
  memberName: string;
  personName: string | null;
}

export async function paragraphWithAmendments(db: DB, statementId: number, paragraphId: number, locale: Locale) {
  const [paragraph, amendments] = await Promise.all([
    db
      .selectFrom("statement_paragraphs as p")
      .select((eb) => [
        "p.id",
        "p.body",
        "p.status",
        "p.removed_at as removedAt",
        eb
          .selectFrom("statement_paragraphs as q")
          .select(sql<number>`count(*)::int + 1`.as("n"))
          .whereRef("q.statement_id", "=", "p.statement_id")
          .where("q.removed_at", "is", null)
          .where((w) =>
            w.or([
              w("q.position", "<", w.ref("p.position")),
              w.and([w("q.position", "=", w.ref("p.position")), w("q.id", "<", w.ref("p.id"))]),
            ]),
          )
          .as("number"),
        // Comments on the paragraph or on words of it, read with it (no statement more for the page).
        eb
          .selectFrom("paragraph_remarks as r")
          .innerJoin("members as rm", "rm.id", "r.member_id")
          .leftJoin("people as rp", "rp.id", "r.person_id")
          .select(
            sql<ParagraphRemark[]>`coalesce(json_agg(json_build_object('id', r.id, 'quote', r.quote,
              'body', r.body, 'at', r.created_at, 'memberName', ${memberNameSql("rm", locale)},
              'personName', rp.name) order by r.id), '[]')`.as("r"),
          )
          .whereRef("r.paragraph_id", "=", "p.id")
          .as("remarks"),
      ])
      .where("p.id", "=", paragraphId)
      .where("p.statement_id", "=", statementId)
      .executeTakeFirst(),
    db
      .selectFrom("amendments as a")
      .innerJoin("members as m", "m.id", "a.member_id")
      .leftJoin("people as p", "p.id", "a.proposed_by")
      .leftJoin("people as d", "d.id", "a.decided_by")
      .select((eb) => [
        "a.id",
        "a.kind",
        "a.body",
        "a.rationale",
        "a.original",
        "a.based_on_version as basedOnVersion",
        "a.status",
        "a.decision_reason as decisionReason",
        "a.decided_at as decidedAt",
        "a.merged_into_version as mergedIntoVersion",
        "a.created_at as createdAt",
        memberNameSql("m", locale).as("memberName"),
        "p.name as proposedBy",
        "d.name as decidedBy",
        eb
          .selectFrom("amendment_comments as c")
          .innerJoin("members as cm", "cm.id", "c.member_id")
          .leftJoin("people as cp", "cp.id", "c.person_id")
          .select(
            sql<
              AmendmentComment[]
            >`coalesce(json_agg(json_build_object('id', c.id, 'stance', c.stance, 'body', c.body, 'at', c.created_at,
              'memberName', ${memberNameSql("cm", locale)}, 'personName', cp.name) order by c.id), '[]')`.as("c"),
          )
          .whereRef("c.amendment_id", "=", "a.id")
          .as("comments"),
      ])
      .where("a.paragraph_id", "=", paragraphId)
      .where("a.statement_id", "=", statementId)
      .orderBy(sql`a.status = 'pending'`, "desc")
      .orderBy("a.id", "desc")
      .execute(),
  ]);
  if (!paragraph) return null;
  return {
    paragraph,
    amendments: amendments.map((amendment) => ({ ...amendment, comments: amendment.comments ?? [] })),
  };
}

/** The drafting group's members (the penholder's among them) and their capitals' time zones. */
export function groupClocks(db: DB, statementId: number, locale: Locale) {
  return db
    .selectFrom("statement_members as g")
    .innerJoin("members as m", "m.id", "g.member_id")
    .select([memberNameSql<string>("m", locale).as("name"), "m.time_zone as timeZone"])
    .where("g.statement_id", "=", statementId)
    .orderBy(memberNameOrder("m", locale))
    .execute();
}
