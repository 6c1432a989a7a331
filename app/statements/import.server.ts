// A member proposes amendments by sending back a Word file with tracked changes made against the
// current version: one use case, one transaction. Every change becomes an amendment of the importing
// person's member through proposeAmendment's own steps (policy, stale-text check, audit), and the group
// hears of it once; a file that does not fit the current version writes nothing.
import { ensure } from "~/auth/policy";
import type { Viewer } from "~/auth/viewer";
import { LOCALES } from "~/i18n/config";
import { i18nFor } from "~/i18n/i18next.server";
import type { DB } from "~/lib/db.server";
import { guard } from "./command-steps.server";
import { proposeAmendmentIn } from "./drafting.server";
import { matchTrackedChanges } from "./import-match";
import { notifyStatement } from "./notify.server";
import { readTrackedChanges } from "./tracked-changes.server";
import { versionText } from "./versions.server";

export { IMPORT_MAX_BYTES } from "./import-limit";

export type ImportRefusal = "not_docx" | "compilation" | "no_changes" | "mismatch" | "outside";

export type ImportResult = { proposed: number } | { refused: ImportRefusal; version: number; paragraph?: number };

/**
 * What the portal's documents write, in every language of the portal: the paragraph statuses the
 * export puts before a paragraph, and the compilation's opening note.
 */
async function exportTexts() {
  const texts = await Promise.all(
    LOCALES.map(async (locale) => {
      const t = (await i18nFor(locale)).getFixedT(locale, "statements");
      return {
        statuses: (["open", "bracketed", "agreed"] as const).map((status) => t(`paragraphStatuses.${status}`)),
        compilation: t("compilation.intro"),
      };
    }),
  );
  return {
    statuses: [...new Set(texts.flatMap((text) => text.statuses))],
    compilations: new Set(texts.map((text) => text.compilation)),
  };
}

export async function importAmendments(
  db: DB,
  statementId: number,
  input: { bytes: Uint8Array; rationale: string },
  viewer: Viewer,
): Promise<ImportResult> {
  // The file is read before the transaction: nothing of the database waits on unzipping it.
  const file = readTrackedChanges(input.bytes);
  const { statuses, compilations } = await exportTexts();
  return db.transaction().execute(async (trx) => {
    const { statement } = await guard(trx, statementId, viewer, "propose");
    ensure(viewer.role === "focal_point");
    const version = statement.current_version;
    if (!file) return { refused: "not_docx", version };
    // The compilation carries everyone's pending amendments as tracked changes: sent back, they would
    // all be proposed again in this member's name.
    if (file.some((paragraph) => compilations.has(paragraph.before.trim()))) return { refused: "compilation", version };
    const current = (await versionText(trx, statementId, version)) ?? [];
    const match = matchTrackedChanges(file, current, statuses);
    if ("refused" in match) return { ...match, version };
    for (const change of match.changes) {
      await proposeAmendmentIn(trx, statementId, { ...change, rationale: input.rationale, basedOn: version }, viewer, {
        notify: false,
      });
    }
    await notifyStatement(trx, {
      kind: "amendment_proposed",
      statementId,
      actorId: viewer.id,
      memberId: viewer.memberId,
    });
    return { proposed: match.changes.length };
  });
}
