// The audit log: who did what, when, from where, for security-relevant actions.
import type { AuditAction } from "../../db/schema";
import type { DB } from "~/lib/db.server";

export interface AuditEntry {
  action: AuditAction;
  actorId?: number | null;
  personId?: number | null;
  memberId?: number | null;
  details?: Record<string, unknown>;
  ip?: string | null;
}

export async function recordAudit(db: DB, entry: AuditEntry): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      action: entry.action,
      actor_id: entry.actorId ?? null,
      person_id: entry.personId ?? null,
      member_id: entry.memberId ?? null,
      details: entry.details ?? {},
      ip: entry.ip ?? null,
    })
    .execute();
}

export const AUDIT_PAGE_SIZE = 50;

/** One page of the log, newest first, with the names the secretariat needs to read it. */
export async function listAudit(db: DB, page: number) {
  const rows = await db
    .selectFrom("audit_log as a")
    .leftJoin("people as actor", "actor.id", "a.actor_id")
    .leftJoin("people as subject", "subject.id", "a.person_id")
    .leftJoin("members as m", "m.id", "a.member_id")
    .select([
      "a.id",
      "a.at",
      "a.action",
      "a.details",
      "a.ip",
      "actor.name as actorName",
      "subject.name as personName",
      "m.name as memberName",
      "m.slug as memberSlug",
    ])
    .orderBy("a.id", "desc")
    .limit(AUDIT_PAGE_SIZE + 1)
    .offset((page - 1) * AUDIT_PAGE_SIZE)
    .execute();
  return { entries: rows.slice(0, AUDIT_PAGE_SIZE), hasNext: rows.length > AUDIT_PAGE_SIZE };
}
