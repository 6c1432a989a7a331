// Asking the secretariat, one use case per function: each enforces the policy and runs in one
// transaction with its audit entry; an answer queues its email in the same transaction.
import type { Transaction } from "kysely";
import type { Database, InquiryKind } from "../../db/schema";
import { recordAudit } from "~/audit/audit.server";
import { takeToken, type Limit } from "~/auth/rate-limit.server";
import { ensure, ensureVisible, found } from "~/auth/policy";
import type { Viewer } from "~/auth/viewer";
import type { Locale } from "~/i18n/config";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import { enqueue } from "~/lib/jobs.server";
import { can } from "./policy";

export const SEND_ANSWER_TASK = "inquiries.send_answer";

/** Visitors asking to join: a few a day from one connection or address is plenty; a flood is a bot. */
export const JOIN_LIMITS = {
  perConnection: { max: 5, windowSeconds: 3600 } satisfies Limit,
  perAddress: { max: 3, windowSeconds: 86_400 } satisfies Limit,
};

/** A focal point's inquiry or project proposal, for their member. Returns its id. */
export async function sendInquiry(
  db: DB,
  viewer: Viewer,
  input: { kind: Exclude<InquiryKind, "membership">; subject: string; body: string },
): Promise<number> {
  ensure(can(viewer, "ask", null));
  return db.transaction().execute(async (trx) => {
    const at = now();
    const { id } = await trx
      .insertInto("inquiries")
      .values({
        kind: input.kind,
        subject: input.subject,
        body: input.body,
        member_id: viewer.memberId,
        asked_by: viewer.id,
        locale: viewer.locale,
        created_at: at,
        updated_at: at,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      action: "inquiry_sent",
      actor: viewer,
      memberId: viewer.memberId,
      subject: { kind: "inquiry", id },
      details: { kind: input.kind },
    });
    return id;
  });
}

export interface JoinRequest {
  name: string;
  email: string;
  organisation: string;
  message: string;
  locale: Locale;
  clientIp: string;
}

/**
 * A visitor's question about joining the network, into the secretariat's queue. Counted per
 * connection and per address first: "limited" when either allowance is used up (nothing written).
 */
export async function askToJoin(db: DB, request: JoinRequest): Promise<number | "limited"> {
  const [byConnection, byAddress] = await Promise.all([
    takeToken(db, `join:ip:${request.clientIp}`, JOIN_LIMITS.perConnection),
    takeToken(db, `join:email:${request.email}`, JOIN_LIMITS.perAddress),
  ]);
  if (!byConnection || !byAddress) return "limited";
  return db.transaction().execute(async (trx) => {
    const at = now();
    const { id } = await trx
      .insertInto("inquiries")
      .values({
        kind: "membership",
        subject: request.organisation,
        body: request.message,
        contact_name: request.name,
        contact_email: request.email,
        contact_organisation: request.organisation,
        locale: request.locale,
        created_at: at,
        updated_at: at,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      action: "inquiry_sent",
      actor: { id: null, ip: request.clientIp },
      subject: { kind: "inquiry", id },
      details: { kind: "membership", organisation: request.organisation },
    });
    return id;
  });
}

/** The inquiry locked for the change: 404 for one the viewer may not know of. */
async function lockInquiry(trx: Transaction<Database>, viewer: Viewer, id: number) {
  const inquiry = found(
    await trx
      .selectFrom("inquiries")
      .select(["id", "member_id as memberId", "status"])
      .where("id", "=", id)
      .forNoKeyUpdate()
      .executeTakeFirst(),
  );
  ensureVisible(can(viewer, "read", inquiry));
  return inquiry;
}

/** The secretariat marks an open inquiry received or in progress. */
export async function setInquiryStatus(
  db: DB,
  viewer: Viewer,
  id: number,
  status: "received" | "in_progress",
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const inquiry = await lockInquiry(trx, viewer, id);
    ensure(can(viewer, "setStatus", inquiry));
    if (inquiry.status === status) return;
    await trx.updateTable("inquiries").set({ status, updated_at: now() }).where("id", "=", id).execute();
    await recordAudit(trx, {
      action: "inquiry_status_set",
      actor: viewer,
      memberId: inquiry.memberId,
      subject: { kind: "inquiry", id },
      details: { from: inquiry.status, to: status },
    });
  });
}

/** The secretariat answers: the answer is kept, the inquiry closed, and the email to whoever asked queued. */
export async function answerInquiry(db: DB, viewer: Viewer, id: number, answer: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const inquiry = await lockInquiry(trx, viewer, id);
    ensure(can(viewer, "answer", inquiry));
    const at = now();
    await trx
      .updateTable("inquiries")
      .set({ status: "answered", answer, answered_by: viewer.id, answered_at: at, updated_at: at })
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, {
      action: "inquiry_answered",
      actor: viewer,
      memberId: inquiry.memberId,
      subject: { kind: "inquiry", id },
    });
    await enqueue(trx, SEND_ANSWER_TASK, { inquiryId: id }, { jobKey: `inquiry-answer:${id}` });
  });
}
