// The steps every statement command takes inside its one transaction: enforce the policy on the
// statement as it is now, record what happened (the statement's own events, the audit log), move the
// stage, and adopt a text whose silence has run out.
import type { AuditAction, StatementEventKind, StatementStage } from "../../db/schema";
import { recordAudit } from "~/audit/audit.server";
import { ensure } from "~/auth/policy";
import type { Viewer } from "~/auth/viewer";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import { notifyStatement } from "./notify.server";
import { decideFor } from "./policy";
import { loadStatement, standing } from "./queries.server";
import { StatementRefused } from "./refusals";
import type { WorkflowAction } from "./workflow";

/**
 * Reads the statement in the command's transaction and asks the workflow: 404 if the viewer may not
 * see it, 403 if the step is not theirs to take, StatementRefused (409) if the workflow says not now.
 */
export async function guard(
  trx: DB,
  statementId: number,
  viewer: Viewer,
  action: WorkflowAction,
  input: { requestedDeadline?: Date; bracketed?: number } = {},
) {
  const { statement, role } = await loadStatement(trx, statementId, viewer);
  const decision = decideFor(viewer, action, standing(statement), now(), input);
  if (!decision.allowed) {
    ensure(decision.refusal !== "not_permitted");
    throw new StatementRefused(decision.refusal);
  }
  return { statement, role };
}

/** The audit entry of a command on a statement, in the name of the viewer's member (null: the portal acted). */
export async function audit(
  trx: DB,
  viewer: Viewer | null,
  action: AuditAction,
  statementId: number,
  details?: Record<string, unknown>,
) {
  await recordAudit(trx, {
    action,
    actor: viewer,
    memberId: viewer?.memberId ?? null,
    subject: { kind: "statement", id: statementId },
    details,
  });
}

/** What the statement's page tells under "What happened". */
export async function recordEvent(
  trx: DB,
  statementId: number,
  kind: StatementEventKind,
  viewer: Viewer | null,
  extra: { reason?: string | null; deadline?: Date | null; at?: Date } = {},
) {
  await trx
    .insertInto("statement_events")
    .values({
      statement_id: statementId,
      kind,
      person_id: viewer?.id ?? null,
      member_id: viewer?.memberId ?? null,
      reason: extra.reason ?? null,
      deadline: extra.deadline ?? null,
      at: extra.at ?? now(),
    })
    .execute();
}

/** A stage change guarded in SQL too, so two people acting at once cannot both move the statement. */
export async function moveStage(
  trx: DB,
  statementId: number,
  from: StatementStage,
  to: StatementStage,
  set: Record<string, unknown> = {},
) {
  const result = await trx
    .updateTable("statements")
    .set({ stage: to, updated_at: now(), ...set })
    .where("id", "=", statementId)
    .where("stage", "=", from)
    .executeTakeFirst();
  if (!result.numUpdatedRows) throw new StatementRefused("wrong_stage");
}

/** Marks the statement as changed now, for listings ordered by recent activity. */
export async function touch(trx: DB, statementId: number) {
  await trx.updateTable("statements").set({ updated_at: now() }).where("id", "=", statementId).execute();
}

/** The job that adopts a text at its silence deadline, by key: a new silence replaces it, a break removes it. */
export const silenceJobKey = (statementId: number) => `statement:${statementId}:silence`;

/**
 * Adopts the text if its silence procedure has reached its deadline unbroken: the stage, the event,
 * the audit entry (nobody acted: the deadline did) and the group's notice, in the caller's
 * transaction. The SQL condition makes it happen once however many callers race for it.
 */
export async function adoptIfDue(trx: DB, statementId: number): Promise<boolean> {
  const moment = now();
  const adopted = await trx
    .updateTable("statements")
    .set((eb) => ({ stage: "adopted", adopted_at: eb.ref("silence_deadline"), updated_at: moment }))
    .where("id", "=", statementId)
    .where("stage", "=", "silence")
    .where("silence_deadline", "<=", moment)
    .returning("silence_deadline")
    .executeTakeFirst();
  if (!adopted) return false;
  const deadline = adopted.silence_deadline ? new Date(adopted.silence_deadline) : moment;
  await recordEvent(trx, statementId, "adopted", null, { at: deadline });
  await audit(trx, null, "text_adopted", statementId, { deadline: deadline.toISOString() });
  await notifyStatement(trx, { kind: "adopted", statementId, actorId: null });
  return true;
}
