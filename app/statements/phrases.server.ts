// Working on some words of a paragraph rather than the whole of it: suggesting a change to a phrase
// (an ordinary amendment of the paragraph, composed around the words changed), and commenting on a
// paragraph or a phrase of it without proposing anything.
import { ensure } from "~/auth/policy";
import type { Viewer } from "~/auth/viewer";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import { audit, guard, touch } from "./command-steps.server";
import { livingParagraph, proposeAmendment } from "./drafting.server";
import { versionText } from "./versions.server";

/** The paragraph with the first occurrence of `phrase` replaced; null when the words are not in it. */
export function replacePhrase(body: string, phrase: string, replacement: string): string | null {
  const at = body.indexOf(phrase);
  if (phrase.length === 0 || at < 0) return null;
  return body.slice(0, at) + replacement + body.slice(at + phrase.length);
}

/**
 * A member suggests other words for a phrase of the paragraph as they read it in `basedOn`: an
 * amendment replacing the paragraph with the phrase changed (so its word diff shows just that change).
 * Null when the phrase is not in the paragraph; refused as stale when the paragraph changed since.
 */
export async function suggestOnPhrase(
  db: DB,
  statementId: number,
  paragraphId: number,
  input: { phrase: string; replacement: string; rationale: string; basedOn: number },
  viewer: Viewer,
): Promise<number | null> {
  // Who may not propose hears so (403/404) before anything about the words.
  await guard(db, statementId, viewer, "propose");
  const seen = (await versionText(db, statementId, input.basedOn))?.find((paragraph) => paragraph.id === paragraphId);
  const body = seen ? replacePhrase(seen.body, input.phrase, input.replacement) : null;
  if (body === null) return null;
  return proposeAmendment(
    db,
    statementId,
    { paragraphId, kind: "replace", body, rationale: input.rationale, basedOn: input.basedOn },
    viewer,
  );
}

/** A member of the drafting group comments on the paragraph, or on the words quoted from it. */
export async function remarkOnParagraph(
  db: DB,
  statementId: number,
  paragraphId: number,
  input: { quote: string; body: string },
  viewer: Viewer,
) {
  await db.transaction().execute(async (trx) => {
    await guard(trx, statementId, viewer, "comment");
    ensure(viewer.role === "focal_point" && viewer.memberId !== null);
    await livingParagraph(trx, statementId, paragraphId);
    await trx
      .insertInto("paragraph_remarks")
      .values({
        statement_id: statementId,
        paragraph_id: paragraphId,
        quote: input.quote,
        body: input.body,
        member_id: viewer.memberId!,
        person_id: viewer.id,
        created_at: now(),
      })
      .execute();
    await touch(trx, statementId);
    await audit(trx, viewer, "paragraph_remarked", statementId, { paragraphId, quoted: input.quote.length > 0 });
  });
}
