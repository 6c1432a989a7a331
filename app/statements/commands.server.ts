// What people do to a joint statement as a whole: start it, keep its drafting group, take it through
// silence, adoption, signature and publication. Each use case is one function and one transaction,
// which enforces the policy and records the statement's event, its audit entry, the group's
// notifications and any job together with the change. (The text itself: drafting.server.ts.)
import type { Locale, StatementKind } from "../../db/schema";
import { hasAlternatives } from "./brackets";
import { ensure } from "~/auth/policy";
import { actsFor, type Viewer } from "~/auth/viewer";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import { cancelJob, enqueue } from "~/lib/jobs.server";
import { adoptIfDue, audit, guard, moveStage, recordEvent, silenceJobKey, touch } from "./command-steps.server";
import { snapshot } from "./drafting.server";
import { notifyStatement } from "./notify.server";
import { claimReminder } from "~/lib/reminders.server";
import { SilenceAtOddHours, StatementRefused } from "./refusals";
import { oddHoursAt } from "./silence-hours";
import { groupClocks } from "./queries.server";

/** The task that adopts a text at its silence deadline (see app/jobs/task-list.server.ts). */
export const ADOPT_SILENCE_TASK = "statements.adopt_silence";

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

/**
 * A new draft, version 1, with the penholder's member in its drafting group. A focal point holds the
 * pen for their own member; the secretariat starts a draft for the penholder it names.
 */
export async function createStatement(db: DB, input: StatementInput, viewer: Viewer): Promise<number> {
  ensure(actsFor(viewer, input.penholderMemberId));
  const invited = [...new Set(input.groupMemberIds)].filter((id) => id !== input.penholderMemberId);
  return db.transaction().execute(async (trx) => {
    const moment = now();
    const { id } = await trx
      .insertInto("statements")
      .values({
        title: input.title,
        kind: input.kind,
        language: input.language,
        topic: input.topic,
        occasion: input.occasion,
        penholder_member_id: input.penholderMemberId,
        created_by: viewer.id,
        created_at: moment,
        updated_at: moment,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("statement_members")
      .values(
        [input.penholderMemberId, ...invited].map((member_id) => ({
          statement_id: id,
          member_id,
          added_by: viewer.id,
          added_at: moment,
        })),
      )
      .execute();
    const bodies = splitParagraphs(input.text);
    if (bodies.length) {
      await trx
        .insertInto("statement_paragraphs")
        .values(
          bodies.map((body, index) => ({
            statement_id: id,
            position: index + 1,
            body,
            // A paragraph that offers alternatives starts bracketed, as one edited to offer them becomes.
            status: hasAlternatives(body) ? ("bracketed" as const) : ("open" as const),
          })),
        )
        .execute();
    }
    await snapshot(trx, id, 1, viewer, { reason: "" });
    await recordEvent(trx, id, "created", viewer);
    await audit(trx, viewer, "statement_created", id, {
      penholderMemberId: input.penholderMemberId,
      groupMemberIds: invited,
    });
    if (invited.length)
      await notifyStatement(trx, { kind: "group_invited", statementId: id, actorId: viewer.id, memberIds: invited });
    return id;
  });
}

/** The penholder or the secretariat invites members to draft; they are told. */
export async function addToGroup(db: DB, statementId: number, memberIds: number[], viewer: Viewer) {
  await db.transaction().execute(async (trx) => {
    const { statement } = await guard(trx, statementId, viewer, "manage_group");
    const already = new Set(statement.group.map((member) => member.id));
    const fresh = [...new Set(memberIds)].filter((id) => !already.has(id));
    if (!fresh.length) return;
    await trx
      .insertInto("statement_members")
      .values(
        fresh.map((member_id) => ({ statement_id: statementId, member_id, added_by: viewer.id, added_at: now() })),
      )
      .onConflict((oc) => oc.columns(["statement_id", "member_id"]).doNothing())
      .execute();
    await audit(trx, viewer, "group_member_added", statementId, { memberIds: fresh });
    await notifyStatement(trx, { kind: "group_invited", statementId, actorId: viewer.id, memberIds: fresh });
  });
}

/** The penholder's member always stays in its own group. */
export async function removeFromGroup(db: DB, statementId: number, memberId: number, viewer: Viewer) {
  await db.transaction().execute(async (trx) => {
    const { statement } = await guard(trx, statementId, viewer, "manage_group");
    ensure(memberId !== statement.penholder_member_id);
    const removed = await trx
      .deleteFrom("statement_members")
      .where("statement_id", "=", statementId)
      .where("member_id", "=", memberId)
      .executeTakeFirst();
    if (removed.numDeletedRows) await audit(trx, viewer, "group_member_removed", statementId, { memberId });
  });
}

/**
 * The penholder puts the text under silence until `deadline`, when a job adopts it unless someone
 * breaks silence first (a new silence replaces that job, a break removes it).
 */
/**
 * The penholder starts a silence procedure until `deadline`. A deadline at night or on a weekend for some
 * member of the group is refused with those members named, unless the penholder has seen them and
 * accepted that very deadline (`oddHoursAccepted`).
 */
export async function startSilence(
  db: DB,
  statementId: number,
  deadline: Date,
  viewer: Viewer,
  oddHoursAccepted = false,
) {
  await db.transaction().execute(async (trx) => {
    const { bracketed } = await trx
      .selectFrom("statement_paragraphs")
      .select((eb) => eb.fn.countAll<number>().as("bracketed"))
      .where("statement_id", "=", statementId)
      .where("removed_at", "is", null)
      .where("status", "=", "bracketed")
      .executeTakeFirstOrThrow();
    await guard(trx, statementId, viewer, "start_silence", {
      requestedDeadline: deadline,
      bracketed: Number(bracketed),
    });
    if (!oddHoursAccepted) {
      const odd = oddHoursAt(deadline, await groupClocks(trx, statementId, viewer.locale));
      if (odd.length) throw new SilenceAtOddHours(deadline, odd);
    }
    await moveStage(trx, statementId, "drafting", "silence", { silence_deadline: deadline });
    await recordEvent(trx, statementId, "silence_started", viewer, { deadline });
    await enqueue(trx, ADOPT_SILENCE_TASK, { statementId }, { jobKey: silenceJobKey(statementId), runAt: deadline });
    await audit(trx, viewer, "silence_started", statementId, { deadline: deadline.toISOString() });
    await notifyStatement(trx, { kind: "silence_started", statementId, actorId: viewer.id, deadline });
  });
}

/** A member of the drafting group breaks silence with a reason: the text goes back to drafting. */
export async function breakSilence(db: DB, statementId: number, reason: string, viewer: Viewer) {
  await db.transaction().execute(async (trx) => {
    await guard(trx, statementId, viewer, "break_silence");
    // Only before the deadline, checked again in SQL: a break cannot race an adoption.
    const result = await trx
      .updateTable("statements")
      .set({ stage: "drafting", silence_deadline: null, updated_at: now() })
      .where("id", "=", statementId)
      .where("stage", "=", "silence")
      .where("silence_deadline", ">", now())
      .executeTakeFirst();
    if (!result.numUpdatedRows) throw new StatementRefused("deadline_passed");
    await recordEvent(trx, statementId, "silence_broken", viewer, { reason });
    await cancelJob(trx, silenceJobKey(statementId));
    await audit(trx, viewer, "silence_broken", statementId, { reason });
    await notifyStatement(trx, {
      kind: "silence_broken",
      statementId,
      actorId: viewer.id,
      memberId: viewer.memberId,
    });
  });
}

/**
 * The job at the deadline (and the sweep behind it): adopts the text if silence still stands, records
 * it and tells the group, with nobody looking. False if there was nothing to adopt.
 */
export async function adoptSilence(db: DB, statementId: number): Promise<boolean> {
  return db.transaction().execute((trx) => adoptIfDue(trx, statementId));
}

/** Adopts every text whose silence ran out unbroken and whose job was lost; each in its own transaction. */
export async function sweepSilences(db: DB): Promise<number[]> {
  const due = await db
    .selectFrom("statements")
    .select("id")
    .where("stage", "=", "silence")
    .where("silence_deadline", "<=", now())
    .execute();
  const adopted: number[] = [];
  for (const { id } of due) if (await adoptSilence(db, id)) adopted.push(id);
  return adopted;
}

/** The penholder opens the adopted text for signature (adopting it first if its job has not run yet). */
export async function openForSignature(db: DB, statementId: number, viewer: Viewer) {
  await db.transaction().execute(async (trx) => {
    await guard(trx, statementId, viewer, "open_signature");
    await adoptIfDue(trx, statementId);
    await moveStage(trx, statementId, "adopted", "signature");
    await recordEvent(trx, statementId, "signature_opened", viewer);
    await audit(trx, viewer, "signature_opened", statementId);
  });
}

/** The penholder asks members (of the group or the whole network) to co-sign; returns how many were new. */
export async function inviteSignatories(db: DB, statementId: number, memberIds: number[], viewer: Viewer) {
  return db.transaction().execute(async (trx) => {
    const { statement } = await guard(trx, statementId, viewer, "invite");
    const already = new Set(statement.signatures.map((signature) => signature.memberId));
    const fresh = [...new Set(memberIds)].filter((id) => id !== statement.penholder_member_id && !already.has(id));
    if (!fresh.length) return 0;
    await trx
      .insertInto("statement_signatures")
      .values(
        fresh.map((member_id) => ({ statement_id: statementId, member_id, invited_by: viewer.id, invited_at: now() })),
      )
      .onConflict((oc) => oc.columns(["statement_id", "member_id"]).doNothing())
      .execute();
    await touch(trx, statementId);
    await audit(trx, viewer, "cosignatories_invited", statementId, { memberIds: fresh });
    await notifyStatement(trx, { kind: "signature_requested", statementId, actorId: viewer.id, memberIds: fresh });
    return fresh.length;
  });
}

/** The penholder or the secretariat reminds the invited members who have not signed yet, at most once a day. */
export async function remindSignatories(db: DB, statementId: number, viewer: Viewer) {
  await db.transaction().execute(async (trx) => {
    const { statement } = await guard(trx, statementId, viewer, "remind");
    const unsigned = statement.signatures.filter((signature) => !signature.signedAt).map((s) => s.memberId);
    if (!unsigned.length) throw new StatementRefused("nobody_to_remind");
    if (!(await claimReminder(trx, { kind: "statement", id: statementId }, viewer.id, now())))
      throw new StatementRefused("reminded_recently");
    await audit(trx, viewer, "signatories_reminded", statementId, { memberIds: unsigned });
    await notifyStatement(trx, { kind: "signature_reminder", statementId, actorId: viewer.id, memberIds: unsigned });
  });
}

/** A focal point signs for their member (or withdraws the member's signature) until publication. */
export async function setSignature(db: DB, statementId: number, sign: boolean, viewer: Viewer) {
  await db.transaction().execute(async (trx) => {
    await guard(trx, statementId, viewer, "sign");
    // Only a member's focal point is ever invited; the guard has refused everyone else.
    ensure(viewer.role === "focal_point");
    const changed = await trx
      .updateTable("statement_signatures")
      .set(sign ? { signed_by: viewer.id, signed_at: now() } : { signed_by: null, signed_at: null })
      .where("statement_id", "=", statementId)
      .where("member_id", "=", viewer.memberId)
      .where("signed_at", sign ? "is" : "is not", null)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom("statements")
            .select((s) => s.lit(1).as("one"))
            .where("id", "=", statementId)
            .where("stage", "=", "signature"),
        ),
      )
      .executeTakeFirst();
    if (changed.numUpdatedRows)
      await audit(trx, viewer, sign ? "statement_signed" : "signature_withdrawn", statementId);
  });
}

/** The penholder records where and when the text was delivered: it is published to the whole network. */
export async function publish(
  db: DB,
  statementId: number,
  delivery: { deliveredOn: string; venue: string },
  viewer: Viewer,
) {
  await db.transaction().execute(async (trx) => {
    await guard(trx, statementId, viewer, "publish");
    await moveStage(trx, statementId, "signature", "published", {
      delivered_on: delivery.deliveredOn,
      venue: delivery.venue,
      published_at: now(),
    });
    await recordEvent(trx, statementId, "published", viewer);
    await audit(trx, viewer, "statement_published", statementId, {
      deliveredOn: delivery.deliveredOn,
      venue: delivery.venue,
    });
    await notifyStatement(trx, { kind: "published", statementId, actorId: viewer.id });
  });
}
