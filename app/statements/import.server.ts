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

/** The largest Word file a member may send. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

export type ImportRefusal = "not_docx" | "no_changes" | "mismatch" | "outside";

export type ImportResult = { proposed: number } | { refused: ImportRefusal; version: number; paragraph?: number };

/** The paragraph statuses as the export writes them, in every language of the portal. */
async function statusLabels(): Promise<string[]> {
  const labels = await Promise.all(
    LOCALES.map(async (locale) => {
      const t = (await i18nFor(locale)).getFixedT(locale, "statements");
      return (["open", "bracketed", "agreed"] as const).map((status) => t(`paragraphStatuses.${status}`));
    }),
  );
  return [...new Set(labels.flat())];
}

export async function importAmendments(
  db: DB,
  statementId: number,
  input: { bytes: Uint8Array; rationale: string },
  viewer: Viewer,
): Promise<ImportResult> {
  const [file, labels] = [readTrackedChanges(input.bytes), await statusLabels()];
  return db.transaction().execute(async (trx) => {
    const { statement } = await guard(trx, statementId, viewer, "propose");
    ensure(viewer.role === "focal_point");
    const version = statement.current_version;
    if (!file) return { refused: "not_docx", version };
    const current = (await versionText(trx, statementId, version)) ?? [];
    const match = matchTrackedChanges(file, current, labels);
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
