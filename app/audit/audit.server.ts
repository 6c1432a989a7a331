// The audit log: who did what, when, from where. Every command records its own entry, in the
// transaction of the change, in its own words (its action).
import type { AuditAction } from "../../db/schema";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import type { Locale } from "~/i18n/config";
import { memberNameSql } from "~/members/names.server";

/** Who acted and from where; null when the portal itself acts (a deadline passing in a scheduled job). */
export interface AuditActor {
  id: number | null;
  ip: string | null;
  /** A signed-in viewer's session: the log names it with each act. */
  session?: { id: string; device: string } | null;
}

export interface AuditEntry {
  action: AuditAction;
  actor: AuditActor | null;
  /** The person the act concerns (invited, deactivated...), when it concerns one. */
  personId?: number | null;
  /** The member in whose name, or about which, the act was done. */
  memberId?: number | null;
  /** The thing acted on, e.g. { kind: "statement", id: 12 }. */
  subject?: { kind: string; id: number };
  details?: Record<string, unknown>;
}

export async function recordAudit(db: DB, entry: AuditEntry): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({
      at: now(),
      action: entry.action,
      actor_id: entry.actor?.id ?? null,
      person_id: entry.personId ?? null,
      member_id: entry.memberId ?? null,
      subject_kind: entry.subject?.kind ?? null,
      subject_id: entry.subject?.id ?? null,
      details: entry.details ?? {},
      ip: entry.actor?.ip ?? null,
      session_id: entry.actor?.session?.id ?? null,
      device: entry.actor?.session?.device || null,
    })
    .execute();
}

export const AUDIT_PAGE_SIZE = 50;

/** One page of the log, newest first, with the names the secretariat needs to read it. */
export async function listAudit(db: DB, page: number, locale: Locale) {
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
      memberNameSql<string | null>("m", locale).as("memberName"),
      "m.slug as memberSlug",
    ])
    .orderBy("a.id", "desc")
    .limit(AUDIT_PAGE_SIZE + 1)
    .offset((page - 1) * AUDIT_PAGE_SIZE)
    .execute();
  return { entries: rows.slice(0, AUDIT_PAGE_SIZE), hasNext: rows.length > AUDIT_PAGE_SIZE };
}
