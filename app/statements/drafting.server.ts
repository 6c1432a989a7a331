// What the drafting group does to the text: the penholder edits, adds and marks paragraphs; members
// propose amendments and discuss them; the penholder accepts or rejects. Each use case is one
// function and one transaction with its audit entry and notifications. Every change to the text names
// the version it was based on and records a new immutable version, or is refused as stale.
import type { AmendmentKind, CommentStance, ParagraphStatus } from "../../db/schema";
import { ensure, found } from "~/auth/policy";
import type { Viewer } from "~/auth/viewer";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import { hasAlternatives } from "./brackets";
import { audit, guard, touch } from "./command-steps.server";
import { notifyStatement } from "./notify.server";
import { StaleVersion, StatementRefused } from "./refusals";
import { versionText } from "./versions.server";

/** Records the text as it now stands as version `number`. */
export async function snapshot(
  trx: DB,
  statementId: number,
  number: number,
  viewer: Viewer,
  version: { reason: string; amendmentId?: number },
) {
  const paragraphs = await trx
    .selectFrom("statement_paragraphs")
    .select(["id", "body"])
    .where("statement_id", "=", statementId)
    .where("removed_at", "is", null)
    .orderBy("position")
    .orderBy("id")
    .execute();
  await trx
    .insertInto("statement_versions")
    .values({
      statement_id: statementId,
      number,
      paragraphs,
      reason: version.reason,
      amendment_id: version.amendmentId ?? null,
      created_by: viewer.id,
      created_at: now(),
    })
    .execute();
}

/**
 * Every change to the text: claims the next version number only if the text is still at `basedOn`
 * (one UPDATE, so of two concurrent changes exactly one wins), applies the change and records the new
 * version, in the command's transaction. A stale `basedOn` throws StaleVersion, and the command writes nothing.
 */
export async function changeText(
  trx: DB,
  statementId: number,
  basedOn: number,
  viewer: Viewer,
  version: { reason: string; amendmentId?: number },
  apply: () => Promise<void>,
): Promise<number> {
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
  await apply();
  await snapshot(trx, statementId, claimed.current_version, viewer, version);
  return claimed.current_version;
}

/** A paragraph's status after its text changed: holding alternatives, it is bracketed whatever it was. */
export async function bracketIfAlternatives(trx: DB, paragraphId: number, body: string) {
  if (hasAlternatives(body))
    await trx.updateTable("statement_paragraphs").set({ status: "bracketed" }).where("id", "=", paragraphId).execute();
}

/** A paragraph of this statement still in the text; 404 if it is not the statement's, refused if deleted. */
export async function livingParagraph(trx: DB, statementId: number, paragraphId: number) {
  const paragraph = found(
    await trx
      .selectFrom("statement_paragraphs")
      .select(["id", "body", "position", "removed_at"])
      .where("id", "=", paragraphId)
      .where("statement_id", "=", statementId)
      .executeTakeFirst(),
  );
  if (paragraph.removed_at) throw new StatementRefused("paragraph_removed");
  return paragraph;
}

/** The penholder rewrites a paragraph directly. */
export async function editParagraph(
  db: DB,
  statementId: number,
  paragraphId: number,
  input: { body: string; reason: string; basedOn: number },
  viewer: Viewer,
) {
  return db.transaction().execute(async (trx) => {
    await guard(trx, statementId, viewer, "edit");
    await livingParagraph(trx, statementId, paragraphId);
    const version = await changeText(trx, statementId, input.basedOn, viewer, { reason: input.reason }, async () => {
      await trx.updateTable("statement_paragraphs").set({ body: input.body }).where("id", "=", paragraphId).execute();
      await bracketIfAlternatives(trx, paragraphId, input.body);
    });
    await audit(trx, viewer, "paragraph_edited", statementId, { paragraphId, version });
    return version;
  });
}

/** The penholder adds a paragraph at the end of the text. */
export async function addParagraph(
  db: DB,
  statementId: number,
  input: { body: string; reason: string; basedOn: number },
  viewer: Viewer,
) {
  return db.transaction().execute(async (trx) => {
    await guard(trx, statementId, viewer, "edit");
    let paragraphId = 0;
    const version = await changeText(trx, statementId, input.basedOn, viewer, { reason: input.reason }, async () => {
      const last = await trx
        .selectFrom("statement_paragraphs")
        .select((eb) => eb.fn.max("position").as("position"))
        .where("statement_id", "=", statementId)
        .executeTakeFirst();
      ({ id: paragraphId } = await trx
        .insertInto("statement_paragraphs")
        .values({ statement_id: statementId, position: Number(last?.position ?? 0) + 1, body: input.body })
        .returning("id")
        .executeTakeFirstOrThrow());
      await bracketIfAlternatives(trx, paragraphId, input.body);
    });
    await audit(trx, viewer, "paragraph_added", statementId, { paragraphId, version });
    return version;
  });
}

/**
 * The penholder marks a paragraph open, bracketed, agreed ad referendum or agreed; not agreed in any way
 * while it still holds alternatives.
 */
export async function setParagraphStatus(
  db: DB,
  statementId: number,
  paragraphId: number,
  status: ParagraphStatus,
  viewer: Viewer,
) {
  await db.transaction().execute(async (trx) => {
    await guard(trx, statementId, viewer, "set_status");
    const paragraph = await livingParagraph(trx, statementId, paragraphId);
    if ((status === "agreed" || status === "ad_referendum") && hasAlternatives(paragraph.body))
      throw new StatementRefused("alternatives_open");
    await trx.updateTable("statement_paragraphs").set({ status }).where("id", "=", paragraphId).execute();
    await touch(trx, statementId);
    await audit(trx, viewer, "paragraph_status_set", statementId, { paragraphId, status });
  });
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
  viewer: Viewer,
): Promise<number> {
  return db.transaction().execute((trx) => proposeAmendmentIn(trx, statementId, input, viewer));
}

/**
 * proposeAmendment's steps in a transaction the caller holds: importing a Word file proposes all its
 * amendments in one. `notify: false` leaves the group's notice to the caller (one for the file); `via`
 * tells the audit log where the proposal came from.
 */
export async function proposeAmendmentIn(
  trx: DB,
  statementId: number,
  input: AmendmentInput,
  viewer: Viewer,
  options: { notify?: boolean; via?: "word_file" } = {},
): Promise<number> {
  const { statement } = await guard(trx, statementId, viewer, "propose");
  // Only the drafting group's members propose; the guard has refused the secretariat.
  ensure(viewer.role === "focal_point");
  const paragraph = await livingParagraph(trx, statementId, input.paragraphId);
  const seen = await versionText(trx, statementId, input.basedOn);
  if (seen?.find((p) => p.id === paragraph.id)?.body !== paragraph.body)
    throw new StaleVersion(input.basedOn, statement.current_version);
  const { id } = await trx
    .insertInto("amendments")
    .values({
      statement_id: statementId,
      paragraph_id: paragraph.id,
      kind: input.kind,
      body: input.kind === "delete" ? "" : input.body,
      rationale: input.rationale,
      original: paragraph.body,
      based_on_version: input.basedOn,
      member_id: viewer.memberId,
      proposed_by: viewer.id,
      created_at: now(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await touch(trx, statementId);
  await audit(trx, viewer, "amendment_proposed", statementId, {
    amendmentId: id,
    paragraphId: paragraph.id,
    ...(options.via ? { via: options.via } : {}),
  });
  if (options.notify !== false)
    await notifyStatement(trx, {
      kind: "amendment_proposed",
      statementId,
      actorId: viewer.id,
      memberId: viewer.memberId,
    });
  return id;
}

/** A pending amendment of this statement; 404 if it is not the statement's, refused if already decided. */
export async function pendingAmendment(trx: DB, statementId: number, amendmentId: number) {
  const amendment = found(
    await trx
      .selectFrom("amendments")
      .select(["id", "status"])
      .where("id", "=", amendmentId)
      .where("statement_id", "=", statementId)
      .executeTakeFirst(),
  );
  if (amendment.status !== "pending") throw new StatementRefused("already_decided");
}

/** A member of the group comments on, supports or objects to a pending amendment. */
export async function commentOnAmendment(
  db: DB,
  statementId: number,
  amendmentId: number,
  input: { stance: CommentStance; body: string },
  viewer: Viewer,
) {
  await db.transaction().execute(async (trx) => {
    await guard(trx, statementId, viewer, "comment");
    ensure(viewer.role === "focal_point");
    await pendingAmendment(trx, statementId, amendmentId);
    await trx
      .insertInto("amendment_comments")
      .values({
        amendment_id: amendmentId,
        member_id: viewer.memberId,
        person_id: viewer.id,
        stance: input.stance,
        body: input.body,
        created_at: now(),
      })
      .execute();
    await audit(trx, viewer, "amendment_commented", statementId, { amendmentId, stance: input.stance });
  });
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
  viewer: Viewer,
) {
  return db.transaction().execute(async (trx) => {
    await guard(trx, statementId, viewer, "decide");
    await pendingAmendment(trx, statementId, amendmentId);
    const version = await changeText(
      trx,
      statementId,
      input.basedOn,
      viewer,
      { reason: input.reason, amendmentId },
      async () => {
        const amendment = await trx
          .updateTable("amendments")
          .set({ status: "accepted", decided_by: viewer.id, decided_at: now(), decision_reason: input.reason || null })
          .where("id", "=", amendmentId)
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
          await bracketIfAlternatives(trx, target.id, amendment.body);
        } else if (amendment.kind === "delete") {
          await trx
            .updateTable("statement_paragraphs")
            .set({ removed_at: now() })
            .where("id", "=", target.id)
            .execute();
        } else {
          await trx
            .updateTable("statement_paragraphs")
            .set((eb) => ({ position: eb("position", "+", 1) }))
            .where("statement_id", "=", statementId)
            .where("position", ">", target.position)
            .execute();
          const inserted = await trx
            .insertInto("statement_paragraphs")
            .values({ statement_id: statementId, position: target.position + 1, body: amendment.body })
            .returning("id")
            .executeTakeFirstOrThrow();
          await bracketIfAlternatives(trx, inserted.id, amendment.body);
        }
      },
    );
    await audit(trx, viewer, "amendment_accepted", statementId, { amendmentId, version });
    await notifyStatement(trx, { kind: "amendment_decided", statementId, actorId: viewer.id, decision: "accepted" });
    return version;
  });
}

/** The penholder rejects an amendment, saying why. */
export async function rejectAmendment(
  db: DB,
  statementId: number,
  amendmentId: number,
  reason: string,
  viewer: Viewer,
) {
  await db.transaction().execute(async (trx) => {
    await guard(trx, statementId, viewer, "decide");
    await pendingAmendment(trx, statementId, amendmentId);
    const result = await trx
      .updateTable("amendments")
      .set({ status: "rejected", decided_by: viewer.id, decided_at: now(), decision_reason: reason })
      .where("id", "=", amendmentId)
      .where("status", "=", "pending")
      .executeTakeFirst();
    if (!result.numUpdatedRows) throw new StatementRefused("already_decided");
    await touch(trx, statementId);
    await audit(trx, viewer, "amendment_rejected", statementId, { amendmentId, reason });
    await notifyStatement(trx, { kind: "amendment_decided", statementId, actorId: viewer.id, decision: "rejected" });
  });
}
