// How the penholder closes what is still open in a paragraph: settling a bracket of alternatives on
// one of them, and closing several competing amendments with one compromise text. Each is one
// transaction that makes a new version of the text (or is refused as stale), with its audit entry.
import { ensure } from "~/auth/policy";
import type { Viewer } from "~/auth/viewer";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import { choose } from "./brackets";
import { audit, guard } from "./command-steps.server";
import { bracketIfAlternatives, changeText, livingParagraph } from "./drafting.server";
import { notifyStatement } from "./notify.server";
import { StatementRefused } from "./refusals";

/** The penholder keeps one of a bracket's alternatives (`which`-th bracket, `choice`-th alternative). */
export async function chooseAlternative(
  db: DB,
  statementId: number,
  paragraphId: number,
  input: { which: number; choice: number; basedOn: number },
  viewer: Viewer,
) {
  return db.transaction().execute(async (trx) => {
    await guard(trx, statementId, viewer, "edit");
    const paragraph = await livingParagraph(trx, statementId, paragraphId);
    const body = choose(paragraph.body, input.which, input.choice);
    // The bracket chosen from is no longer there: the text moved on since the page was read.
    if (body === null) throw new StatementRefused("already_decided");
    const version = await changeText(trx, statementId, input.basedOn, viewer, { reason: "" }, async () => {
      await trx.updateTable("statement_paragraphs").set({ body }).where("id", "=", paragraphId).execute();
    });
    await audit(trx, viewer, "paragraph_edited", statementId, { paragraphId, version, chose: input });
    return version;
  });
}

/**
 * The penholder closes competing amendments of one paragraph with a compromise: the paragraph takes
 * the compromise text in a new version, each amendment is marked merged into that version, and the
 * members who proposed or supported one of them are told.
 */
export async function mergeIntoCompromise(
  db: DB,
  statementId: number,
  paragraphId: number,
  input: { amendments: number[]; body: string; reason: string; basedOn: number },
  viewer: Viewer,
) {
  return db.transaction().execute(async (trx) => {
    await guard(trx, statementId, viewer, "decide");
    await livingParagraph(trx, statementId, paragraphId);
    const merged = await trx
      .selectFrom("amendments")
      .select(["id", "member_id"])
      .where("statement_id", "=", statementId)
      .where("paragraph_id", "=", paragraphId)
      .where("status", "=", "pending")
      .where("id", "in", input.amendments)
      .forNoKeyUpdate()
      .execute();
    if (merged.length !== input.amendments.length) {
      // One of them is not this paragraph's at all: as for any amendment not found.
      const known = await trx
        .selectFrom("amendments")
        .select("id")
        .where("statement_id", "=", statementId)
        .where("paragraph_id", "=", paragraphId)
        .where("id", "in", input.amendments)
        .execute();
      ensure(known.length === input.amendments.length);
      throw new StatementRefused("already_decided");
    }
    if (merged.length < 2) throw new StatementRefused("compromise_single");
    const version = await changeText(trx, statementId, input.basedOn, viewer, { reason: input.reason }, async () => {
      await trx.updateTable("statement_paragraphs").set({ body: input.body }).where("id", "=", paragraphId).execute();
      await bracketIfAlternatives(trx, paragraphId, input.body);
    });
    const ids = merged.map((amendment) => amendment.id);
    await trx
      .updateTable("amendments")
      .set({
        status: "merged",
        merged_into_version: version,
        decided_by: viewer.id,
        decided_at: now(),
        decision_reason: input.reason || null,
      })
      .where("id", "in", ids)
      .execute();
    const supporters = await trx
      .selectFrom("amendment_comments")
      .select("member_id")
      .where("amendment_id", "in", ids)
      .where("stance", "=", "support")
      .execute();
    const memberIds = [...new Set([...merged, ...supporters].map((row) => row.member_id))];
    await audit(trx, viewer, "amendments_merged", statementId, { paragraphId, amendments: ids, version });
    await notifyStatement(trx, {
      kind: "amendment_decided",
      decision: "merged",
      memberIds,
      statementId,
      actorId: viewer.id,
    });
    return version;
  });
}
