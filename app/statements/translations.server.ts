// A statement's versions in its other languages, paragraph by paragraph: reading them side by side with
// the original, and saving one paragraph's version. A version remembers the original it was translated
// from (source_body): once the original changes, the version is outdated until someone updates it.
// Saving names the revision it started from: of two people saving the same paragraph at once, the
// second is refused and shown the first one's text, and nothing is overwritten.
import type { Locale } from "../../db/schema";
import { ensure, ensureVisible, found } from "~/auth/policy";
import type { Viewer } from "~/auth/viewer";
import { LOCALES } from "~/i18n/config";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import { audit } from "./command-steps.server";
import { wordDiff, type DiffPart } from "./diff";
import { can, seesDrafting } from "./policy";
import { loadStatement, standing } from "./queries.server";
import { StatementRefused } from "./refusals";
import { versionText } from "./versions.server";

/** The languages other than the statement's own, in the portal's order. */
export function otherLanguages(original: string): Locale[] {
  return LOCALES.filter((language) => language !== original);
}

/** Two texts alike but for line endings (a browser sends CRLF). */
const sameText = (a: string, b: string) => a.replace(/\r\n/g, "\n") === b.replace(/\r\n/g, "\n");

/**
 * The side-by-side page: each paragraph of the current text with its version in `language`, whether
 * that version is outdated and, if so, what changed in the original since it was translated.
 * For the drafting group and the secretariat (404 for anyone else).
 */
export async function loadLanguagesPage(db: DB, statementId: number, viewer: Viewer, wanted: Locale | undefined) {
  const { statement, role } = await loadStatement(db, statementId, viewer);
  ensureVisible(seesDrafting(role));
  const others = otherLanguages(statement.language);
  const language = wanted && others.includes(wanted) ? wanted : others[0]!;
  const rows = await db
    .selectFrom("statement_paragraphs as p")
    .leftJoin("statement_paragraph_translations as t", (join) =>
      join.onRef("t.paragraph_id", "=", "p.id").on("t.language", "=", language),
    )
    .leftJoin("people as tp", "tp.id", "t.translated_by")
    .select([
      "p.id",
      "p.body",
      "t.body as version",
      "t.source_body as sourceBody",
      "t.revision",
      "t.updated_at as updatedAt",
      "tp.name as translatedBy",
    ])
    .where("p.statement_id", "=", statementId)
    .where("p.removed_at", "is", null)
    .orderBy("p.position")
    .orderBy("p.id")
    .execute();
  const paragraphs = rows.map((row, index) => {
    const outdated = row.version !== null && row.sourceBody !== null && !sameText(row.sourceBody, row.body);
    return {
      id: row.id,
      number: index + 1,
      body: row.body,
      version: row.version,
      revision: row.revision ?? 0,
      updatedAt: row.updatedAt,
      translatedBy: row.translatedBy,
      outdated,
      changes: outdated ? wordDiff(row.sourceBody!, row.body) : null,
    };
  });
  return {
    statement: {
      id: statement.id,
      title: statement.title,
      language: statement.language,
      stage: statement.stage,
      version: statement.current_version,
    },
    language,
    others,
    paragraphs,
    translates: can(viewer, "translate", standing(statement), now()),
    done: paragraphs.filter((paragraph) => paragraph.version !== null && !paragraph.outdated).length,
  };
}

export interface VersionInput {
  language: Locale;
  body: string;
  /** The revision of this paragraph's version the translator started from (0: there was none). */
  revision: number;
  /** The version of the text the translator read the original paragraph in. */
  basedOn: number;
}

export type VersionOutcome =
  | { outcome: "saved" }
  | { outcome: "same_language" }
  /** Someone saved this paragraph's version meanwhile: theirs, which was not overwritten. */
  | { outcome: "conflict"; current: { body: string; revision: number; translatedBy: string | null } }
  /** The original paragraph changed while the translator worked: what changed, and the original now. */
  | { outcome: "original_changed"; parts: DiffPart[]; basedOn: number };

/** A member of the drafting group saves one paragraph's version in one language. */
export async function saveParagraphVersion(
  db: DB,
  statementId: number,
  paragraphId: number,
  input: VersionInput,
  viewer: Viewer,
): Promise<VersionOutcome> {
  return db.transaction().execute(async (trx) => {
    const { statement } = await loadStatement(trx, statementId, viewer);
    ensure(can(viewer, "translate", standing(statement), now()));
    if (input.language === statement.language) return { outcome: "same_language" };
    // The paragraph's row is the lock every save of its versions takes, the first one's too (no row to lock yet).
    const paragraph = found(
      await trx
        .selectFrom("statement_paragraphs")
        .select(["id", "body", "removed_at"])
        .where("id", "=", paragraphId)
        .where("statement_id", "=", statementId)
        .forNoKeyUpdate()
        .executeTakeFirst(),
    );
    if (paragraph.removed_at) throw new StatementRefused("paragraph_removed");
    const existing = await trx
      .selectFrom("statement_paragraph_translations as t")
      .leftJoin("people as p", "p.id", "t.translated_by")
      .select(["t.body", "t.revision", "p.name as translatedBy"])
      .where("t.paragraph_id", "=", paragraphId)
      .where("t.language", "=", input.language)
      .executeTakeFirst();
    if ((existing?.revision ?? 0) !== input.revision) {
      return {
        outcome: "conflict",
        current: { body: existing!.body, revision: existing!.revision, translatedBy: existing!.translatedBy },
      };
    }
    if (input.basedOn !== statement.current_version) {
      const seen = (await versionText(trx, statementId, input.basedOn))?.find((p) => p.id === paragraphId)?.body ?? "";
      if (!sameText(seen, paragraph.body)) {
        const parts = wordDiff(seen, paragraph.body);
        return { outcome: "original_changed", parts, basedOn: statement.current_version };
      }
    }
    const values = { body: input.body, source_body: paragraph.body, translated_by: viewer.id, updated_at: now() };
    await trx
      .insertInto("statement_paragraph_translations")
      .values({ ...values, paragraph_id: paragraphId, language: input.language })
      .onConflict((conflict) =>
        conflict
          .columns(["paragraph_id", "language"])
          .doUpdateSet((eb) => ({ ...values, revision: eb("statement_paragraph_translations.revision", "+", 1) })),
      )
      .execute();
    await audit(trx, viewer, "paragraph_translated", statementId, {
      paragraphId,
      language: input.language,
      revision: input.revision + 1,
    });
    return { outcome: "saved" };
  });
}

/** A statement's paragraphs in a language: each one's up-to-date version, or the original where there is none. */
export interface ReadParagraph {
  id: number;
  body: string;
  /** The paragraph's up-to-date versions by language (the SQL of the statement page reads them). */
  versions?: Partial<Record<Locale, string>> | null;
}

/** The languages every paragraph has an up-to-date version in (the original's first); none if none. */
export function completeLanguages(original: Locale, paragraphs: ReadParagraph[]): Locale[] {
  const complete = otherLanguages(original).filter(
    (language) => paragraphs.length > 0 && paragraphs.every((paragraph) => paragraph.versions?.[language]),
  );
  return complete.length ? [original, ...complete] : [];
}
