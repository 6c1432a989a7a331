// What was done in a member's name: the acts of state and the reports its people made for it, newest
// first, each with who did it and the session (and device) it came from.
import type { AuditAction } from "../../db/schema";
import type { DB } from "~/lib/db.server";

/** The acts that commit a member, as its page lists them. */
export const ACTS_IN_NAME: readonly AuditAction[] = [
  "statement_signed",
  "signature_withdrawn",
  "silence_started",
  "silence_broken",
  "statement_published",
  "cosignatories_invited",
  "benchmark_report_filed",
  "handover_started",
  "handover_completed",
  "invitation_sent",
  "person_deactivated",
  "step_up",
];

export const ACTS_PAGE_SIZE = 50;

export async function actsInName(db: DB, memberId: number, page: number) {
  const rows = await db
    .selectFrom("audit_log as a")
    .leftJoin("people as actor", "actor.id", "a.actor_id")
    .leftJoin("statements as s", (join) =>
      join.onRef("s.id", "=", "a.subject_id").on("a.subject_kind", "=", "statement"),
    )
    .select([
      "a.id",
      "a.at",
      "a.action",
      "actor.name as actorName",
      "a.session_id as sessionId",
      "a.device",
      "s.id as statementId",
      "s.title as statementTitle",
    ])
    .where("a.member_id", "=", memberId)
    .where("a.action", "in", ACTS_IN_NAME)
    .orderBy("a.at", "desc")
    .orderBy("a.id", "desc")
    .limit(ACTS_PAGE_SIZE + 1)
    .offset((page - 1) * ACTS_PAGE_SIZE)
    .execute();
  return { acts: rows.slice(0, ACTS_PAGE_SIZE), hasNext: rows.length > ACTS_PAGE_SIZE };
}
