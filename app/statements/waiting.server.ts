// What joint statements ask of a member, for the dashboard's "needs my action" queue: each a query the
// dashboard folds into its one statement. Reads never write: a silence past its deadline is no longer
// waiting (its job adopts it), and a draft shows its effective stage.
import { sql } from "kysely";
import type { StatementStage } from "../../db/schema";
import type { DB } from "~/lib/db.server";
import { effectiveStage } from "./workflow";

const SHOWN = 5;

/** Whether the member drafts the statement `s` (penholder or drafting group). */
function drafts(db: DB, memberId: number) {
  return sql<boolean>`(s.penholder_member_id = ${memberId} or exists (${db
    .selectFrom("statement_members as g")
    .select(sql`1`.as("one"))
    .where("g.statement_id", "=", sql.ref<number>("s.id"))
    .where("g.member_id", "=", memberId)}))`;
}

/** Drafts the member is drafting (or asked to sign), the latest changed first. */
export function draftsWaitingQuery(db: DB, memberId: number) {
  return db
    .selectFrom("statements as s")
    .select(["s.id", "s.title", "s.language", "s.stage", "s.silence_deadline as silenceDeadline"])
    .where("s.stage", "!=", "published")
    .where((eb) =>
      eb.or([
        drafts(db, memberId),
        eb.exists(
          eb
            .selectFrom("statement_signatures as x")
            .select(sql`1`.as("one"))
            .whereRef("x.statement_id", "=", "s.id")
            .where("x.member_id", "=", memberId)
            .where("x.signed_at", "is", null),
        ),
      ]),
    )
    .orderBy("s.updated_at", "desc")
    .limit(SHOWN);
}

/** The drafts' rows as the dashboard shows them: a silence past its deadline reads as adopted. */
export function draftsWaiting<T extends { stage: StatementStage; silenceDeadline: Date | string | null }>(
  rows: T[],
  moment: Date,
) {
  return rows.map((row) => ({
    ...row,
    stage: effectiveStage(row.stage, row.silenceDeadline === null ? null : new Date(row.silenceDeadline), moment),
  }));
}

/** Drafts whose penholder is the member, with how many amendments wait for its decision, the longest waiting first. */
export function amendmentsAwaitingPenholderQuery(db: DB, memberId: number) {
  return db
    .selectFrom("statements as s")
    .innerJoin("amendments as a", "a.statement_id", "s.id")
    .select((eb) => ["s.id", "s.title", "s.language", eb.fn.countAll<number>().as("pending")])
    .where("s.penholder_member_id", "=", memberId)
    .where("s.stage", "=", "drafting")
    .where("a.status", "=", "pending")
    .groupBy("s.id")
    .orderBy((eb) => eb.fn.min("a.created_at"))
    .limit(SHOWN);
}

/** Statements open for signature that the member was invited to co-sign and has not signed. */
export function signatureRequestsQuery(db: DB, memberId: number) {
  return db
    .selectFrom("statement_signatures as x")
    .innerJoin("statements as s", "s.id", "x.statement_id")
    .select(["s.id", "s.title", "s.language", "x.invited_at as invitedAt"])
    .where("x.member_id", "=", memberId)
    .where("x.signed_at", "is", null)
    .where("s.stage", "=", "signature")
    .orderBy("x.invited_at")
    .limit(SHOWN);
}

/** Silence procedures running in the member's drafting groups, the nearest deadline first. */
export function silencesInGroupsQuery(db: DB, memberId: number, moment: Date) {
  return db
    .selectFrom("statements as s")
    .select(["s.id", "s.title", "s.language", "s.silence_deadline as deadline"])
    .where("s.stage", "=", "silence")
    .where("s.silence_deadline", ">", moment)
    .where(drafts(db, memberId))
    .orderBy("s.silence_deadline")
    .limit(SHOWN);
}
