// Joint statements: who may see them, the drafting (paragraphs, amendments, versions) and the workflow
// from drafting to publication. Every change goes through here, checked against workflow.ts.
import { sql, type RawBuilder } from "kysely";
import type {
  AmendmentKind,
  CommentStance,
  Locale,
  ParagraphStatus,
  StatementEventKind,
  StatementKind,
  StatementStage,
  VersionParagraph,
} from "../../db/schema";
import type { Viewer } from "~/auth/viewer";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import { versionDiff } from "./diff";
import { notifyStatement, type StatementNotice } from "./notify.server";
import { decide, effectiveStage, roleFor, type Refusal, type StatementRole, type WorkflowAction } from "./workflow";

export const STATEMENT_PAGE_SIZE = 20;

/** The statement does not exist, or not for this person: both answer 404. */
export class StatementNotFound extends Error {}

/** The workflow (or the state of an amendment) does not allow this now. */
export class StatementRefused extends Error {
  constructor(readonly refusal: Refusal | "already_decided" | "paragraph_removed") {
    super(refusal);
  }
}

/** The change was based on a version that is no longer the latest: nothing was written. */
export class StaleVersion extends Error {
  constructor(
    readonly basedOn: number,
    readonly current: number,
  ) {
    super(`based on version ${basedOn}, the latest is ${current}`);
  }
}

/* ---------------------------------------------------------------- who may see what */

/**
 * Whether the statement with this stage and id is one the person may see: everything for the
 * secretariat; for a focal point, the published ones, those its member drafts (penholder or
 * drafting group) and those it was invited to co-sign. Search applies it to its own copy of the stage.
 */
export function statementVisible(
  db: DB,
  person: Pick<Viewer, "role" | "memberId">,
  stage: RawBuilder<unknown>,
  id: RawBuilder<unknown>,
): RawBuilder<boolean> {
  if (person.role === "secretariat") return sql<boolean>`true`;
  const member = person.memberId ?? -1;
  const involved = db
    .selectFrom("statement_members")
    .select("statement_id as id")
    .where("member_id", "=", member)
    .unionAll(db.selectFrom("statement_signatures").select("statement_id as id").where("member_id", "=", member))
    .unionAll(db.selectFrom("statements").select("id").where("penholder_member_id", "=", member));
  return sql<boolean>`(${stage} = 'published' or ${id} in (${involved}))`;
}

/** The ids of the statements a person may see, as a subquery to filter any listing or feed. */
export function visibleStatementIds(db: DB, person: Pick<Viewer, "role" | "memberId">) {
  return db
    .selectFrom("statements as v")
    .select("v.id")
    .where(statementVisible(db, person, sql.ref("v.stage"), sql.ref("v.id")));
}

/** The roles that see the drafting itself (amendments, history, earlier versions), not only the text. */
export function seesDrafting(role: StatementRole | null): boolean {
  return role === "penholder" || role === "drafter" || role === "secretariat";
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
  invitedAt: string;
  signedAt: string | null;
  signedBy: string | null;
}

/** The statement, its penholder, drafting group and co-signatures, in one query. */
function statementQuery(db: DB, id: number) {
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
        "pm.name as penholderName",
        "pm.slug as penholderSlug",
        eb
          .selectFrom("statement_members as g")
          .innerJoin("members as m", "m.id", "g.member_id")
          .select(
            sql<
              GroupMember[]
            >`coalesce(json_agg(json_build_object('id', m.id, 'slug', m.slug, 'name', m.name, 'timeZone', m.time_zone)
              order by m.name), '[]')`.as("g"),
          )
          .whereRef("g.statement_id", "=", "s.id")
          .as("group"),
        eb
          .selectFrom("statement_signatures as x")
          .innerJoin("members as m", "m.id", "x.member_id")
          .leftJoin("people as p", "p.id", "x.signed_by")
          .select(
            sql<
              Signature[]
            >`coalesce(json_agg(json_build_object('memberId', m.id, 'memberName', m.name, 'invitedAt', x.invited_at,
              'signedAt', x.signed_at, 'signedBy', p.name) order by x.signed_at nulls last, m.name), '[]')`.as("x"),
          )
          .whereRef("x.statement_id", "=", "s.id")
          .as("signatures"),
      ])
      .where("s.id", "=", id)
  );
}

type StatementRow = NonNullable<Awaited<ReturnType<ReturnType<typeof statementQuery>["executeTakeFirst"]>>>;
export type StatementRecord = StatementRow & { group: GroupMember[]; signatures: Signature[] };

/**
 * Reads a statement and the person's role towards it; throws StatementNotFound if they have none.
 * A silence procedure found past its deadline is settled first, so nobody reads a stale stage.
 */
async function readFor<R extends StatementRow>(db: DB, person: Viewer, read: () => Promise<R | undefined>) {
  let row = await read();
  if (row && effectiveStage(row.stage, row.silence_deadline, now()) !== row.stage) {
    await settleSilences(db);
    row = await read();
  }
  if (!row) throw new StatementNotFound();
  const statement = { ...row, group: row.group ?? [], signatures: row.signatures ?? [] };
  const role = roleFor(
    { role: person.role, memberId: person.memberId },
    {
      penholderMemberId: statement.penholder_member_id,
      stage: statement.stage,
      groupMemberIds: statement.group.map((member) => member.id),
      invitedMemberIds: statement.signatures.map((signature) => signature.memberId),
    },
  );
  if (!role) throw new StatementNotFound();
  return { statement, role };
}

/** The statement as this person may see it, with their role; throws StatementNotFound otherwise. */
export async function loadStatement(
  db: DB,
  id: number,
  person: Viewer,
): Promise<{ statement: StatementRecord; role: StatementRole }> {
  return readFor(db, person, () => statementQuery(db, id).executeTakeFirst());
}

export interface TextParagraph {
  id: number;
  body: string;
  status: ParagraphStatus;
  pending: number;
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
export async function loadStatementPage(db: DB, id: number, person: Viewer) {
  const { statement, role } = await readFor(db, person, () =>
    statementQuery(db, id)
      .select([
        sql<
          TextParagraph[]
        >`(select coalesce(json_agg(json_build_object('id', p.id, 'body', p.body, 'status', p.status, 'pending',
          (select count(*)::int from amendments a where a.paragraph_id = p.id and a.status = 'pending'))
          order by p.position, p.id), '[]')
          from statement_paragraphs p where p.statement_id = s.id and p.removed_at is null)`.as("paragraphs"),
        sql<StatementEvent[]>`(select coalesce(json_agg(e), '[]') from (
          select e.id, e.kind, e.reason, e.deadline, e.at, p.name as "personName", m.name as "memberName"
          from statement_events e left join people p on p.id = e.person_id left join members m on m.id = e.member_id
          where e.statement_id = s.id order by e.at desc, e.id desc limit 12) e)`.as("events"),
      ])
      .executeTakeFirst(),
  );
  const { paragraphs, events, ...rest } = statement;
  return { statement: rest as StatementRecord, role, paragraphs, events: seesDrafting(role) ? events : [] };
}

/* ---------------------------------------------------------------- reading */

export interface StatementListFilter {
  stage?: StatementStage;
  page: number;
}

/** The statements a person may see, newest activity first, with how far each text has come. */
export async function listStatements(db: DB, person: Viewer, filter: StatementListFilter) {
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
      "pm.name as penholderName",
      eb
        .selectFrom("statement_paragraphs as p")
        .select(
          sql<{
            open: number;
            bracketed: number;
            agreed: number;
          }>`json_build_object('open', count(*) filter (where p.status = 'open'),
            'bracketed', count(*) filter (where p.status = 'bracketed'),
            'agreed', count(*) filter (where p.status = 'agreed'))`.as("c"),
        )
        .whereRef("p.statement_id", "=", "s.id")
        .where("p.removed_at", "is", null)
        .as("paragraphs"),
    ])
    .where("s.id", "in", visibleStatementIds(db, person));
  if (filter.stage) query = query.where("s.stage", "=", filter.stage);
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
  const moment = now();
  if (rows.some((row) => effectiveStage(row.stage, row.silenceDeadline, moment) !== row.stage))
    await settleSilences(db);
  return {
    statements: rows
      .slice(0, STATEMENT_PAGE_SIZE)
      .map((row) => ({ ...row, stage: effectiveStage(row.stage, row.silenceDeadline, moment) })),
    hasNext: rows.length > STATEMENT_PAGE_SIZE,
  };
}

/** Drafts the person's member is drafting (or asked to sign), for the dashboard. */
export async function draftsWaitingFor(db: DB, person: Viewer, limit = 5) {
  if (!person.memberId) return [];
  const member = person.memberId;
  const rows = await db
    .selectFrom("statements as s")
    .select(["s.id", "s.title", "s.language", "s.stage", "s.silence_deadline as silenceDeadline"])
    .where("s.stage", "!=", "published")
    .where((eb) =>
      eb.or([
        eb("s.penholder_member_id", "=", member),
        eb.exists(
          eb
            .selectFrom("statement_members as g")
            .select(sql`1`.as("one"))
            .whereRef("g.statement_id", "=", "s.id")
            .where("g.member_id", "=", member),
        ),
        eb.exists(
          eb
            .selectFrom("statement_signatures as x")
            .select(sql`1`.as("one"))
            .whereRef("x.statement_id", "=", "s.id")
            .where("x.member_id", "=", member)
            .where("x.signed_at", "is", null),
        ),
      ]),
    )
    .orderBy("s.updated_at", "desc")
    .limit(limit)
    .execute();
  const moment = now();
  return rows.map((row) => ({ ...row, stage: effectiveStage(row.stage, row.silenceDeadline, moment) }));
}

/** The current paragraphs in order, each with its number of pending amendments. */
export async function currentParagraphs(db: DB, statementId: number) {
  return db
    .selectFrom("statement_paragraphs as p")
    .select((eb) => [
      "p.id",
      "p.body",
      "p.status",
      eb
        .selectFrom("amendments as a")
        .select(sql<number>`count(*)::int`.as("n"))
        .whereRef("a.paragraph_id", "=", "p.id")
        .where("a.status", "=", "pending")
        .as("pending"),
    ])
    .where("p.statement_id", "=", statementId)
    .where("p.removed_at", "is", null)
    .orderBy("p.position")
    .orderBy("p.id")
    .execute();
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
export async function paragraphWithAmendments(db: DB, statementId: number, paragraphId: number) {
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
        "a.created_at as createdAt",
        "m.name as memberName",
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
              'memberName', cm.name, 'personName', cp.name) order by c.id), '[]')`.as("c"),
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

export async function listVersions(db: DB, statementId: number) {
  return db
    .selectFrom("statement_versions as v")
    .leftJoin("people as p", "p.id", "v.created_by")
    .leftJoin("amendments as a", "a.id", "v.amendment_id")
    .leftJoin("members as m", "m.id", "a.member_id")
    .select([
      "v.number",
      "v.reason",
      "v.amendment_id as amendmentId",
      "v.created_at as createdAt",
      "p.name as createdBy",
      "m.name as amendmentMember",
    ])
    .where("v.statement_id", "=", statementId)
    .orderBy("v.number", "desc")
    .execute();
}

export async function versionText(db: DB, statementId: number, number: number): Promise<VersionParagraph[] | null> {
  const row = await db
    .selectFrom("statement_versions")
    .select("paragraphs")
    .where("statement_id", "=", statementId)
    .where("number", "=", number)
    .executeTakeFirst();
  return row?.paragraphs ?? null;
}

/** What changed in the text between a version and the latest: the paragraphs that differ, word by word. */
export async function changesSince(db: DB, statementId: number, basedOn: number) {
  const rows = await db
    .selectFrom("statement_versions as v")
    .innerJoin("statements as s", "s.id", "v.statement_id")
    .select(["v.number", "v.paragraphs"])
    .where("v.statement_id", "=", statementId)
    .where((eb) => eb.or([eb("v.number", "=", basedOn), eb("v.number", "=", eb.ref("s.current_version"))]))
    .execute();
  const from = rows.find((row) => row.number === basedOn)?.paragraphs ?? [];
  const latest = rows.reduce(
    (best, row) => (row.number > best.number ? row : best),
    rows[0] ?? { number: basedOn, paragraphs: [] },
  );
  return {
    current: latest.number,
    changes: versionDiff(from, latest.paragraphs).filter((paragraph) => paragraph.change !== "same"),
  };
}

/* ---------------------------------------------------------------- the workflow */

async function guard(
  db: DB,
  statementId: number,
  person: Viewer,
  action: WorkflowAction,
  extra: { requestedDeadline?: Date; bracketed?: number } = {},
) {
  const { statement, role } = await loadStatement(db, statementId, person);
  const decision = decide(statement.stage, action, {
    role,
    now: now(),
    deadline: statement.silence_deadline ? new Date(statement.silence_deadline) : null,
    invited:
      person.memberId !== null && statement.signatures.some((signature) => signature.memberId === person.memberId),
    ...extra,
  });
  if (!decision.allowed) throw new StatementRefused(decision.refusal);
  return { statement, role, next: decision.next };
}

async function send(db: DB, notice: StatementNotice) {
  // The change is committed: an email that fails is logged, never turned into a failed action.
  try {
    await notifyStatement(db, notice);
  } catch (error) {
    console.error(`[statements] could not send the ${notice.kind} email for statement ${notice.statementId}:`, error);
  }
}

async function recordEvent(
  db: DB,
  statementId: number,
  kind: "created" | "silence_started" | "silence_broken" | "adopted" | "signature_opened" | "published",
  person: Viewer | null,
  extra: { reason?: string | null; deadline?: Date | null; at?: Date } = {},
) {
  await db
    .insertInto("statement_events")
    .values({
      statement_id: statementId,
      kind,
      person_id: person?.id ?? null,
      member_id: person?.memberId ?? null,
      reason: extra.reason ?? null,
      deadline: extra.deadline ?? null,
      at: extra.at ?? now(),
    })
    .execute();
}

/** A stage change guarded in SQL too, so two people acting at once cannot both move the statement. */
async function moveStage(
  db: DB,
  statementId: number,
  from: StatementStage,
  to: StatementStage,
  set: Record<string, unknown> = {},
) {
  const result = await db
    .updateTable("statements")
    .set({ stage: to, updated_at: now(), ...set })
    .where("id", "=", statementId)
    .where("stage", "=", from)
    .executeTakeFirst();
  if (!result.numUpdatedRows) throw new StatementRefused("wrong_stage");
}

/**
 * Adopts every text whose silence procedure reached its deadline unbroken. The one place adoption
 * happens: pages and actions call it when they meet an expired silence; a scheduled job may call it too.
 */
export async function settleSilences(db: DB): Promise<number[]> {
  const moment = now();
  const adopted = await db
    .updateTable("statements")
    .set((eb) => ({ stage: "adopted", adopted_at: eb.ref("silence_deadline"), updated_at: moment }))
    .where("stage", "=", "silence")
    .where("silence_deadline", "<=", moment)
    .returning(["id", "silence_deadline"])
    .execute();
  for (const row of adopted) {
    await recordEvent(db, row.id, "adopted", null, { at: row.silence_deadline ?? moment });
    await send(db, { kind: "adopted", statementId: row.id, actorId: null });
  }
  return adopted.map((row) => row.id);
}

export async function startSilence(db: DB, statementId: number, deadline: Date, person: Viewer) {
  const paragraphs = await currentParagraphs(db, statementId);
  await guard(db, statementId, person, "start_silence", {
    requestedDeadline: deadline,
    bracketed: paragraphs.filter((p) => p.status === "bracketed").length,
  });
  await db.transaction().execute(async (trx) => {
    await moveStage(trx, statementId, "drafting", "silence", { silence_deadline: deadline });
    await recordEvent(trx, statementId, "silence_started", person, { deadline });
  });
  await send(db, { kind: "silence_started", statementId, actorId: person.id, deadline });
}

export async function breakSilence(db: DB, statementId: number, reason: string, person: Viewer) {
  await guard(db, statementId, person, "break_silence");
  await db.transaction().execute(async (trx) => {
    // Only before the deadline, checked again in SQL: a break cannot race an adoption.
    const result = await trx
      .updateTable("statements")
      .set({ stage: "drafting", silence_deadline: null, updated_at: now() })
      .where("id", "=", statementId)
      .where("stage", "=", "silence")
      .where("silence_deadline", ">", now())
      .executeTakeFirst();
    if (!result.numUpdatedRows) throw new StatementRefused("deadline_passed");
    await recordEvent(trx, statementId, "silence_broken", person, { reason });
  });
  await send(db, { kind: "silence_broken", statementId, actorId: person.id, memberName: person.memberName });
}

export async function openForSignature(db: DB, statementId: number, person: Viewer) {
  await guard(db, statementId, person, "open_signature");
  await db.transaction().execute(async (trx) => {
    await moveStage(trx, statementId, "adopted", "signature");
    await recordEvent(trx, statementId, "signature_opened", person);
  });
}

export async function inviteSignatories(db: DB, statementId: number, memberIds: number[], person: Viewer) {
  const { statement } = await guard(db, statementId, person, "invite");
  const already = new Set(statement.signatures.map((signature) => signature.memberId));
  const fresh = [...new Set(memberIds)].filter((id) => id !== statement.penholder_member_id && !already.has(id));
  if (!fresh.length) return 0;
  await db
    .insertInto("statement_signatures")
    .values(
      fresh.map((member_id) => ({ statement_id: statementId, member_id, invited_by: person.id, invited_at: now() })),
    )
    .onConflict((oc) => oc.columns(["statement_id", "member_id"]).doNothing())
    .execute();
  await send(db, { kind: "signature_requested", statementId, actorId: person.id, memberIds: fresh });
  return fresh.length;
}

/** A focal point signs for their member (or withdraws the member's signature) until publication. */
export async function setSignature(db: DB, statementId: number, sign: boolean, person: Viewer) {
  await guard(db, statementId, person, "sign");
  await db
    .updateTable("statement_signatures")
    .set(sign ? { signed_by: person.id, signed_at: now() } : { signed_by: null, signed_at: null })
    .where("statement_id", "=", statementId)
    .where("member_id", "=", person.memberId!)
    .where("signed_at", sign ? "is" : "is not", null)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom("statements")
          .select(sql`1`.as("one"))
          .where("id", "=", statementId)
          .where("stage", "=", "signature"),
      ),
    )
    .execute();
}

export async function publish(
  db: DB,
  statementId: number,
  delivery: { deliveredOn: string; venue: string },
  person: Viewer,
) {
  await guard(db, statementId, person, "publish");
  await db.transaction().execute(async (trx) => {
    await moveStage(trx, statementId, "signature", "published", {
      delivered_on: delivery.deliveredOn,
      venue: delivery.venue,
      published_at: now(),
    });
    await recordEvent(trx, statementId, "published", person);
  });
  await send(db, { kind: "published", statementId, actorId: person.id });
}

export async function addToGroup(db: DB, statementId: number, memberIds: number[], person: Viewer) {
  const { statement } = await guard(db, statementId, person, "manage_group");
  const already = new Set(statement.group.map((member) => member.id));
  const fresh = [...new Set(memberIds)].filter((id) => !already.has(id));
  if (!fresh.length) return;
  await db
    .insertInto("statement_members")
    .values(fresh.map((member_id) => ({ statement_id: statementId, member_id, added_by: person.id, added_at: now() })))
    .onConflict((oc) => oc.columns(["statement_id", "member_id"]).doNothing())
    .execute();
  await send(db, { kind: "group_invited", statementId, actorId: person.id, memberIds: fresh });
}

/** The penholder's member always stays in its own group. */
export async function removeFromGroup(db: DB, statementId: number, memberId: number, person: Viewer) {
  const { statement } = await guard(db, statementId, person, "manage_group");
  if (memberId === statement.penholder_member_id) throw new StatementRefused("not_permitted");
  await db
    .deleteFrom("statement_members")
    .where("statement_id", "=", statementId)
    .where("member_id", "=", memberId)
    .execute();
}

/* ---------------------------------------------------------------- the text */

/** Paragraphs of a draft, from a text with blank lines between them. */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

export interface StatementInput {
  title: string;
  kind: StatementKind;
  language: Locale;
  topic: string;
  occasion: string;
  penholderMemberId: number;
  groupMemberIds: number[];
  text: string;
}

/** A new draft, version 1, with the penholder's member in its drafting group. */
export async function createStatement(db: DB, input: StatementInput, person: Viewer): Promise<number> {
  const invited = [...new Set(input.groupMemberIds)].filter((id) => id !== input.penholderMemberId);
  const id = await db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto("statements")
      .values({
        title: input.title,
        kind: input.kind,
        language: input.language,
        topic: input.topic,
        occasion: input.occasion,
        penholder_member_id: input.penholderMemberId,
        created_by: person.id,
        created_at: now(),
        updated_at: now(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const group = [...new Set([input.penholderMemberId, ...input.groupMemberIds])];
    await trx
      .insertInto("statement_members")
      .values(group.map((member_id) => ({ statement_id: id, member_id, added_by: person.id, added_at: now() })))
      .execute();
    const bodies = splitParagraphs(input.text);
    if (bodies.length) {
      await trx
        .insertInto("statement_paragraphs")
        .values(bodies.map((body, index) => ({ statement_id: id, position: index + 1, body })))
        .execute();
    }
    await snapshot(trx, id, 1, person, { reason: "" });
    await recordEvent(trx, id, "created", person);
    return id;
  });
  if (invited.length)
    await send(db, { kind: "group_invited", statementId: id, actorId: person.id, memberIds: invited });
  return id;
}

async function snapshot(
  db: DB,
  statementId: number,
  number: number,
  person: Viewer,
  version: { reason: string; amendmentId?: number },
) {
  const paragraphs = await db
    .selectFrom("statement_paragraphs")
    .select(["id", "body"])
    .where("statement_id", "=", statementId)
    .where("removed_at", "is", null)
    .orderBy("position")
    .orderBy("id")
    .execute();
  await db
    .insertInto("statement_versions")
    .values({
      statement_id: statementId,
      number,
      paragraphs,
      reason: version.reason,
      amendment_id: version.amendmentId ?? null,
      created_by: person.id,
      created_at: now(),
    })
    .execute();
}

/**
 * Every change to the text: claims the next version number only if the text is still at `basedOn`
 * (one UPDATE, so of two concurrent changes exactly one wins), applies the change and records the
 * new version, all in one transaction. A stale `basedOn` writes nothing and throws StaleVersion.
 */
async function changeText(
  db: DB,
  statementId: number,
  basedOn: number,
  person: Viewer,
  version: { reason: string; amendmentId?: number },
  apply: (trx: DB) => Promise<void>,
) {
  return db.transaction().execute(async (trx) => {
    const claimed = await trx
      .updateTable("statements")
      .set((eb) => ({ current_version: eb("current_version", "+", 1), updated_at: now() }))
      .where("id", "=", statementId)
      .where("stage", "=", "drafting")
      .where("current_version", "=", basedOn)
      .returning("current_version")
      .executeTakeFirst();
    if (!claimed) {
      const latest = await trx
        .selectFrom("statements")
        .select(["stage", "current_version"])
        .where("id", "=", statementId)
        .executeTakeFirstOrThrow();
      if (latest.stage !== "drafting") throw new StatementRefused("wrong_stage");
      throw new StaleVersion(basedOn, latest.current_version);
    }
    await apply(trx);
    await snapshot(trx, statementId, claimed.current_version, person, version);
    return claimed.current_version;
  });
}

async function livingParagraph(db: DB, statementId: number, paragraphId: number) {
  const paragraph = await db
    .selectFrom("statement_paragraphs")
    .select(["id", "body", "position", "removed_at"])
    .where("id", "=", paragraphId)
    .where("statement_id", "=", statementId)
    .executeTakeFirst();
  if (!paragraph) throw new StatementNotFound();
  if (paragraph.removed_at) throw new StatementRefused("paragraph_removed");
  return paragraph;
}

/** The penholder rewrites a paragraph directly. */
export async function editParagraph(
  db: DB,
  statementId: number,
  paragraphId: number,
  input: { body: string; reason: string; basedOn: number },
  person: Viewer,
) {
  await guard(db, statementId, person, "edit");
  await livingParagraph(db, statementId, paragraphId);
  return changeText(db, statementId, input.basedOn, person, { reason: input.reason }, async (trx) => {
    await trx.updateTable("statement_paragraphs").set({ body: input.body }).where("id", "=", paragraphId).execute();
  });
}

/** The penholder adds a paragraph at the end of the text. */
export async function addParagraph(
  db: DB,
  statementId: number,
  input: { body: string; reason: string; basedOn: number },
  person: Viewer,
) {
  await guard(db, statementId, person, "edit");
  return changeText(db, statementId, input.basedOn, person, { reason: input.reason }, async (trx) => {
    const last = await trx
      .selectFrom("statement_paragraphs")
      .select((eb) => eb.fn.max("position").as("position"))
      .where("statement_id", "=", statementId)
      .executeTakeFirst();
    await trx
      .insertInto("statement_paragraphs")
      .values({ statement_id: statementId, position: Number(last?.position ?? 0) + 1, body: input.body })
      .execute();
  });
}

export async function setParagraphStatus(
  db: DB,
  statementId: number,
  paragraphId: number,
  status: ParagraphStatus,
  person: Viewer,
) {
  await guard(db, statementId, person, "set_status");
  await livingParagraph(db, statementId, paragraphId);
  await db.updateTable("statement_paragraphs").set({ status }).where("id", "=", paragraphId).execute();
  await db.updateTable("statements").set({ updated_at: now() }).where("id", "=", statementId).execute();
}

export interface AmendmentInput {
  paragraphId: number;
  kind: AmendmentKind;
  body: string;
  rationale: string;
  basedOn: number;
}

/**
 * A focal point of the group proposes an amendment to one paragraph as they read it in `basedOn`.
 * If that paragraph has changed since, the proposal is refused with what changed (StaleVersion).
 */
export async function proposeAmendment(
  db: DB,
  statementId: number,
  input: AmendmentInput,
  person: Viewer,
): Promise<number> {
  const { statement } = await guard(db, statementId, person, "propose");
  const paragraph = await livingParagraph(db, statementId, input.paragraphId);
  const seen = await versionText(db, statementId, input.basedOn);
  if (!seen) throw new StaleVersion(input.basedOn, statement.current_version);
  if (seen.find((p) => p.id === paragraph.id)?.body !== paragraph.body)
    throw new StaleVersion(input.basedOn, statement.current_version);
  const { id } = await db
    .insertInto("amendments")
    .values({
      statement_id: statementId,
      paragraph_id: paragraph.id,
      kind: input.kind,
      body: input.kind === "delete" ? "" : input.body,
      rationale: input.rationale,
      original: paragraph.body,
      based_on_version: input.basedOn,
      member_id: person.memberId!,
      proposed_by: person.id,
      created_at: now(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db.updateTable("statements").set({ updated_at: now() }).where("id", "=", statementId).execute();
  await send(db, { kind: "amendment_proposed", statementId, actorId: person.id, memberName: person.memberName });
  return id;
}

export async function commentOnAmendment(
  db: DB,
  statementId: number,
  amendmentId: number,
  input: { stance: CommentStance; body: string },
  person: Viewer,
) {
  await guard(db, statementId, person, "comment");
  const amendment = await db
    .selectFrom("amendments")
    .select(["id", "status"])
    .where("id", "=", amendmentId)
    .where("statement_id", "=", statementId)
    .executeTakeFirst();
  if (!amendment) throw new StatementNotFound();
  if (amendment.status !== "pending") throw new StatementRefused("already_decided");
  await db
    .insertInto("amendment_comments")
    .values({
      amendment_id: amendmentId,
      member_id: person.memberId!,
      person_id: person.id,
      stance: input.stance,
      body: input.body,
      created_at: now(),
    })
    .execute();
}

/**
 * The penholder accepts an amendment: the text changes as proposed and a new version records it.
 * Accepting is a change to the text, so it too must name the version it was based on.
 */
export async function acceptAmendment(
  db: DB,
  statementId: number,
  amendmentId: number,
  input: { basedOn: number; reason: string },
  person: Viewer,
) {
  await guard(db, statementId, person, "decide");
  const version = await changeText(
    db,
    statementId,
    input.basedOn,
    person,
    { reason: input.reason, amendmentId },
    async (trx) => {
      const amendment = await trx
        .updateTable("amendments")
        .set({ status: "accepted", decided_by: person.id, decided_at: now(), decision_reason: input.reason || null })
        .where("id", "=", amendmentId)
        .where("statement_id", "=", statementId)
        .where("status", "=", "pending")
        .returning(["paragraph_id", "kind", "body"])
        .executeTakeFirst();
      if (!amendment) throw new StatementRefused("already_decided");
      const target = await livingParagraph(trx, statementId, amendment.paragraph_id);
      if (amendment.kind === "replace") {
        await trx
          .updateTable("statement_paragraphs")
          .set({ body: amendment.body })
          .where("id", "=", target.id)
          .execute();
      } else if (amendment.kind === "delete") {
        await trx.updateTable("statement_paragraphs").set({ removed_at: now() }).where("id", "=", target.id).execute();
      } else {
        await trx
          .updateTable("statement_paragraphs")
          .set((eb) => ({ position: eb("position", "+", 1) }))
          .where("statement_id", "=", statementId)
          .where("position", ">", target.position)
          .execute();
        await trx
          .insertInto("statement_paragraphs")
          .values({ statement_id: statementId, position: target.position + 1, body: amendment.body })
          .execute();
      }
    },
  );
  await send(db, { kind: "amendment_decided", statementId, actorId: person.id, decision: "accepted" });
  return version;
}

export async function rejectAmendment(
  db: DB,
  statementId: number,
  amendmentId: number,
  reason: string,
  person: Viewer,
) {
  await guard(db, statementId, person, "decide");
  const result = await db
    .updateTable("amendments")
    .set({ status: "rejected", decided_by: person.id, decided_at: now(), decision_reason: reason })
    .where("id", "=", amendmentId)
    .where("statement_id", "=", statementId)
    .where("status", "=", "pending")
    .executeTakeFirst();
  if (!result.numUpdatedRows) throw new StatementRefused("already_decided");
  await db.updateTable("statements").set({ updated_at: now() }).where("id", "=", statementId).execute();
  await send(db, { kind: "amendment_decided", statementId, actorId: person.id, decision: "rejected" });
}

/* ---------------------------------------------------------------- export */

/** A version's text for print, .docx and plain text; the published text ends with who delivers it for whom. */
export async function exportableVersion(db: DB, statementId: number, number: number | null, person: Viewer) {
  const { statement, role } = await loadStatement(db, statementId, person);
  const wanted = number ?? statement.current_version;
  // Earlier versions are part of the drafting: only the group and the secretariat see them.
  if (wanted !== statement.current_version && !seesDrafting(role)) throw new StatementNotFound();
  const paragraphs = await versionText(db, statementId, wanted);
  if (!paragraphs) throw new StatementNotFound();
  const isFinal = statement.stage === "published" && wanted === statement.current_version;
  const cosignatories = statement.signatures
    .filter((signature) => signature.signedAt)
    .map((signature) => signature.memberName);
  return { statement, number: wanted, paragraphs, isFinal, cosignatories };
}
