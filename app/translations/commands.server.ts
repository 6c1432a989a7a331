// Writing translations: one command, one transaction, with its audit entry. A save names, per field,
// the revision of the translation it started from and the original text it translated: if someone
// saved the translation meanwhile, or the original changed, nothing is written and the translator is
// told what changed, keeping what they typed.
import type { Locale, TranslatedKind } from "../../db/schema";
import { recordAudit } from "~/audit/audit.server";
import { ensure, ensureVisible, found } from "~/auth/policy";
import type { Viewer } from "~/auth/viewer";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import { wordDiff, type DiffPart } from "~/lib/word-diff";
import { can } from "./policy";
import { findOriginal } from "./queries.server";
import { TRANSLATABLE } from "./subjects";

export interface FieldInput {
  /** The translation; empty to have none for this field. */
  text: string;
  /** The revision of this field's translation the translator started from (0: there was none). */
  revision: number;
  /** The original's text the translator worked from. */
  source: string;
}

export interface TranslationInput {
  locale: Locale;
  fields: Record<string, FieldInput>;
}

export type TranslationOutcome =
  | { outcome: "saved" | "unchanged" | "same_language" }
  /** The original changed while the translator worked: what changed, and the original now. */
  | { outcome: "original_changed"; changes: { field: string; parts: DiffPart[] }[]; sources: Record<string, string> }
  /** Someone saved this translation meanwhile: theirs, with its revision, per field that moved. */
  | {
      outcome: "conflict";
      current: { field: string; text: string; revision: number; translatedBy: string | null }[];
    };

/** Two versions of a text, alike but for line endings (a browser sends CRLF). */
const sameText = (a: string, b: string) => a.replace(/\r\n/g, "\n") === b.replace(/\r\n/g, "\n");

export async function saveTranslation(
  db: DB,
  viewer: Viewer,
  kind: TranslatedKind,
  id: number,
  input: TranslationInput,
): Promise<TranslationOutcome> {
  return db.transaction().execute(async (trx) => {
    const original = found(await findOriginal(trx, kind, id, { lock: true }));
    ensureVisible(can(viewer, "read", original.facts));
    ensure(can(viewer, "translate", original.facts));
    if (input.locale === original.language) return { outcome: "same_language" };
    const stored = await trx
      .selectFrom("content_translations as t")
      .leftJoin("people as p", "p.id", "t.translated_by")
      .select(["t.id", "t.field", "t.text", "t.source_text as sourceText", "t.revision", "p.name as translatedBy"])
      .where("t.subject_kind", "=", kind)
      .where("t.subject_id", "=", id)
      .where("t.locale", "=", input.locale)
      .forNoKeyUpdate("t")
      .execute();

    const fields = TRANSLATABLE[kind].fields.map(({ name }) => {
      const posted = input.fields[name] ?? { text: "", revision: 0, source: original.fields[name]! };
      const existing = stored.find((row) => row.field === name);
      // Saved again against the original now, an unedited translation is confirmed as up to date.
      const changes =
        !sameText(posted.text, existing?.text ?? "") || (existing && !sameText(existing.sourceText, posted.source));
      return { name, posted, existing, changes: Boolean(changes), current: original.fields[name]! };
    });

    const moved = fields.filter((field) => (field.existing?.revision ?? 0) !== field.posted.revision);
    if (moved.length) {
      const current = moved.map(({ name, existing }) => ({
        field: name,
        text: existing?.text ?? "",
        revision: existing?.revision ?? 0,
        translatedBy: existing?.translatedBy ?? null,
      }));
      return { outcome: "conflict", current };
    }
    const outdatedSource = fields.filter(
      (field) => field.changes && field.posted.text && !sameText(field.posted.source, field.current),
    );
    if (outdatedSource.length) {
      return {
        outcome: "original_changed",
        changes: outdatedSource.map(({ name, posted, current }) => ({
          field: name,
          parts: wordDiff(posted.source, current, { context: 12 }),
        })),
        sources: Object.fromEntries(fields.map(({ name, current }) => [name, current])),
      };
    }

    const written = fields.filter((field) => field.changes);
    if (written.length === 0) return { outcome: "unchanged" };
    const at = now();
    for (const { name, posted, existing, current } of written) {
      if (!posted.text) {
        if (existing) await trx.deleteFrom("content_translations").where("id", "=", existing.id).execute();
        continue;
      }
      const values = { text: posted.text, source_text: current, translated_by: viewer.id, translated_at: at };
      if (existing) {
        await trx
          .updateTable("content_translations")
          .set({ ...values, revision: existing.revision + 1 })
          .where("id", "=", existing.id)
          .execute();
      } else {
        await trx
          .insertInto("content_translations")
          .values({ ...values, subject_kind: kind, subject_id: id, field: name, locale: input.locale })
          .execute();
      }
    }
    await recordAudit(trx, {
      action: "content_translated",
      actor: viewer,
      memberId: original.facts.kind === "best_practice" ? original.facts.memberId : null,
      subject: { kind, id },
      details: { locale: input.locale, fields: written.map((field) => field.name) },
    });
    return { outcome: "saved" };
  });
}
