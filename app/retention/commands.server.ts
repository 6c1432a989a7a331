// Retention's two commands: the secretariat sets the period; the daily job warns those whose period
// ends within a month and reduces the details of those whose period has ended (each person in its own
// transaction, with its audit entry and, for a warning, its notice queued with it).
import { sql } from "kysely";
import { ensure } from "~/auth/policy";
import type { Viewer } from "~/auth/viewer";
import { recordAudit } from "~/audit/audit.server";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import { notify } from "~/notifications/delivery.server";
import type { NoticeDetail } from "~/notifications/describe";
import { can, monthsAfter, NOTICE_DAYS, reductionDate, retentionStep } from "./policy";
import { retentionMonths } from "./queries.server";

export async function setRetentionPeriod(db: DB, viewer: Viewer, months: number): Promise<void> {
  ensure(can(viewer, "set_period"));
  await db.transaction().execute(async (trx) => {
    const before = await retentionMonths(trx);
    await trx
      .updateTable("network_settings")
      .set({ retention_months: months, updated_at: now(), updated_by: viewer.id })
      .execute();
    await recordAudit(trx, { action: "retention_period_set", actor: viewer, details: { from: before, to: months } });
  });
}

/** The daily job: who is warned and whose details are reduced now; returns how many of each. */
export async function applyRetention(db: DB): Promise<{ warned: number; reduced: number }> {
  const months = await retentionMonths(db);
  const at = now();
  // Only those whose period ends within the notice: the rest are not read at all.
  const horizon = new Date(monthsAfter(at, -months).getTime() + NOTICE_DAYS * 86_400_000);
  const candidates = await db
    .selectFrom("people")
    .select(["id", "deactivated_at as deactivatedAt", "retention_warned_at as warnedAt"])
    .where("status", "=", "deactivated")
    .where("details_reduced_at", "is", null)
    .where("deactivated_at", "<=", horizon)
    .execute();
  let warned = 0;
  let reduced = 0;
  for (const person of candidates) {
    const step = retentionStep({ deactivatedAt: person.deactivatedAt!, warnedAt: person.warnedAt }, months, at);
    if (step === "warn") warned += Number(await warn(db, person.id, months));
    if (step === "reduce") reduced += Number(await reduce(db, person.id));
  }
  return { warned, reduced };
}

async function warn(db: DB, personId: number, months: number): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const person = await trx
      .updateTable("people")
      .set({ retention_warned_at: now() })
      .where("id", "=", personId)
      .where("retention_warned_at", "is", null)
      .where("status", "=", "deactivated")
      .returning(["deactivated_at", "retention_warned_at", "member_id"])
      .executeTakeFirst();
    if (!person) return false;
    const on = reductionDate({ deactivatedAt: person.deactivated_at!, warnedAt: person.retention_warned_at }, months);
    await notify(trx, {
      kind: "security",
      recipients: [personId],
      params: { detail: "security_retention" satisfies NoticeDetail, date: on.toISOString().slice(0, 10) },
      link: "/ask",
      occurrence: `retention:${personId}`,
    });
    await recordAudit(trx, { action: "retention_warned", actor: null, personId, memberId: person.member_id });
    return true;
  });
}

/**
 * Reduces a person to their name and member: contact details, title and ministry go, their email
 * address is replaced by one that reaches no one, and what only served them (feeds, preferences,
 * notifications, codes) is deleted. Their signatures, reports and words stay, under their name.
 */
async function reduce(db: DB, personId: number): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const person = await trx
      .updateTable("people")
      .set({
        title: "",
        ministry: "",
        phone: "",
        postal_address: "",
        share_phone: false,
        share_address: false,
        details_reduced_at: now(),
      })
      .where("id", "=", personId)
      .where("status", "=", "deactivated")
      .where("details_reduced_at", "is", null)
      .returning(["user_id", "member_id"])
      .executeTakeFirst();
    if (!person) return false;
    const user = await trx
      .selectFrom("User")
      .select("email")
      .where("id", "=", person.user_id)
      .executeTakeFirstOrThrow();
    // The outbox's copies of what was sent to them carry their address and name.
    await trx.deleteFrom("emails").where("recipient", "=", user.email).execute();
    await trx
      .updateTable("User")
      .set({ email: sql<string>`'former-' || ${personId}::text || '@retired.invalid'`, emailVerified: null })
      .where("id", "=", person.user_id)
      .execute();
    await trx.deleteFrom("Session").where("userId", "=", person.user_id).execute();
    await trx.deleteFrom("calendar_feeds").where("person_id", "=", personId).execute();
    await trx.deleteFrom("notification_preferences").where("person_id", "=", personId).execute();
    await trx.deleteFrom("notifications").where("person_id", "=", personId).execute();
    await trx.deleteFrom("step_up_codes").where("person_id", "=", personId).execute();
    await recordAudit(trx, { action: "details_reduced", actor: null, personId, memberId: person.member_id });
    return true;
  });
}
