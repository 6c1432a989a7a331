// Reading translated content: a thing's original fields (whatever its kind), and the translations of
// one or many things, for pages that show them in their reader's language.
import type { Locale, TranslatedKind } from "../../db/schema";
import { sql } from "kysely";
import type { DB } from "~/lib/db.server";
import type { TranslationFacts } from "./policy";
import { inReaderLanguage, type FieldTranslation, type Original } from "./presenters";
import { TRANSLATABLE } from "./subjects";

export interface OriginalThing {
  kind: TranslatedKind;
  id: number;
  language: Locale;
  /** Each translatable field's current text, in TRANSLATABLE's order. */
  fields: Record<string, string>;
  facts: TranslationFacts;
  /** The thing's own page. */
  href: string;
}

/** A thing as the translation pages and commands need it; null when there is none. `lock` for a command. */
export async function findOriginal(
  db: DB,
  kind: TranslatedKind,
  id: number,
  { lock = false } = {},
): Promise<OriginalThing | null> {
  const locked = <Q extends { forNoKeyUpdate(): Q }>(query: Q) => (lock ? query.forNoKeyUpdate() : query);
  const fieldsOf = (row: Record<string, unknown>) =>
    Object.fromEntries(TRANSLATABLE[kind].fields.map(({ name }) => [name, String(row[name] ?? "")]));
  switch (kind) {
    case "manual_chapter": {
      const row = await locked(db.selectFrom("manual_chapters").select(["language", "title", "summary", "slug"]))
        .where("id", "=", id)
        .executeTakeFirst();
      return row
        ? { kind, id, language: row.language, fields: fieldsOf(row), facts: { kind }, href: `/manual/${row.slug}` }
        : null;
    }
    case "manual_section": {
      const row = await locked(
        db
          .selectFrom("manual_sections as s")
          .innerJoin("manual_chapters as c", "c.id", "s.chapter_id")
          .select(["s.id", "s.language", "s.title", "s.body", "s.slug", "c.slug as chapterSlug"]),
      )
        .where("s.id", "=", id)
        .executeTakeFirst();
      return row
        ? { kind, id, language: row.language, fields: fieldsOf(row), facts: { kind }, href: sectionHref(row) }
        : null;
    }
    case "best_practice": {
      const row = await locked(
        db.selectFrom("best_practices").select(["id", "language", "title", "body", "member_id", "status"]),
      )
        .where("id", "=", id)
        .executeTakeFirst();
      if (!row) return null;
      const facts = { kind, memberId: row.member_id, status: row.status } as const;
      return { kind, id, language: row.language, fields: fieldsOf(row), facts, href: `/manual/best-practices/${id}` };
    }
    case "benchmark": {
      const row = await locked(db.selectFrom("benchmarks").select(["language", "title", "measure", "description"]))
        .where("id", "=", id)
        .executeTakeFirst();
      return row
        ? { kind, id, language: row.language, fields: fieldsOf(row), facts: { kind }, href: `/work/benchmarks/${id}` }
        : null;
    }
    case "activity": {
      const row = await locked(db.selectFrom("activities").select(["language", "title", "description"]))
        .where("id", "=", id)
        .executeTakeFirst();
      return row
        ? { kind, id, language: row.language, fields: fieldsOf(row), facts: { kind }, href: `/work/activities/${id}` }
        : null;
    }
    case "event": {
      const row = await locked(db.selectFrom("events").select(["language", "title", "agenda", "description"]))
        .where("id", "=", id)
        .executeTakeFirst();
      return row
        ? { kind, id, language: row.language, fields: fieldsOf(row), facts: { kind }, href: `/calendar/${id}` }
        : null;
    }
    case "announcement": {
      const row = await locked(db.selectFrom("announcements").select(["language", "title", "body"]))
        .where("id", "=", id)
        .executeTakeFirst();
      return row
        ? { kind, id, language: row.language, fields: fieldsOf(row), facts: { kind }, href: `/announcements/${id}` }
        : null;
    }
  }
}

const sectionHref = (row: { chapterSlug: string; slug: string }) => `/manual/${row.chapterSlug}/${row.slug}`;

export interface StoredTranslation extends FieldTranslation {
  subjectId: number;
  revision: number;
  translatedAt: Date;
  translatedBy: string | null;
}

/** The translations of some things of one kind, into one language or all. */
export async function translationsOf(
  db: DB,
  kind: TranslatedKind,
  ids: readonly number[],
  locale?: Locale,
): Promise<StoredTranslation[]> {
  if (ids.length === 0) return [];
  let query = db
    .selectFrom("content_translations as t")
    .leftJoin("people as p", "p.id", "t.translated_by")
    .select([
      "t.subject_id as subjectId",
      "t.field",
      "t.locale",
      "t.text",
      "t.source_text as sourceText",
      "t.revision",
      "t.translated_at as translatedAt",
      "p.name as translatedBy",
    ])
    .where("t.subject_kind", "=", kind)
    .where("t.subject_id", "in", [...ids]);
  if (locale) query = query.where("t.locale", "=", locale);
  return query.orderBy("t.id").execute();
}

/** A thing's fields in the reader's language (see inReaderLanguage), reading its translations only when needed. */
export async function inReaderLanguageOf<F extends string>(
  db: DB,
  kind: TranslatedKind,
  id: number,
  readerLocale: Locale,
  original: Original<F>,
) {
  const rows = readerLocale === original.language ? [] : await translationsOf(db, kind, [id], readerLocale);
  return inReaderLanguage(readerLocale, original, rows);
}

/**
 * A thing's field in the reader's language, or null where it has no translation: a lookup on the
 * translations' unique index inside the list's own query, so a list costs no extra statement.
 * `id` is the thing's id column in that query ("e.id").
 */
export function translatedText(kind: TranslatedKind, id: string, field: string, readerLocale: Locale) {
  return sql<string | null>`(select t.text from content_translations t
    where t.subject_kind = ${kind} and t.subject_id = ${sql.ref(id)}
    and t.field = ${field} and t.locale = ${readerLocale})`;
}

/** A listed thing's translated title (see translatedText) as `translatedTitle`: pair it with `shownTitle`. */
export const titleInReaderLanguage = (kind: TranslatedKind, alias: string, readerLocale: Locale) =>
  translatedText(kind, `${alias}.id`, "title", readerLocale).as("translatedTitle");

/** A listed row as shown: the translated title where there is one, and the language it is written in. */
export function shownTitle<T extends { title: string; language: Locale; translatedTitle: string | null }>(
  { translatedTitle, ...row }: T,
  readerLocale: Locale,
): Omit<T, "translatedTitle"> {
  return translatedTitle ? { ...row, title: translatedTitle, language: readerLocale } : row;
}
