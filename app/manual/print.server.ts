// The print view of a chapter: every section whole, each in the reader's language where translated
// (else as written, marked with its language), in two statements after the chapter's.
import type { Locale } from "../../db/schema";
import type { DB } from "~/lib/db.server";
import { renderMarkdown } from "~/lib/markdown.server";
import { inReaderLanguage } from "~/translations/presenters";
import { inReaderLanguageOf, translationsOf } from "~/translations/queries.server";
import type { getChapter } from "./queries.server";

type Chapter = NonNullable<Awaited<ReturnType<typeof getChapter>>>;

export async function printedChapter(db: DB, chapter: Chapter, readerLocale: Locale) {
  const translatedIds = chapter.sections.filter((section) => section.language !== readerLocale).map(({ id }) => id);
  const [own, translations] = await Promise.all([
    inReaderLanguageOf(db, "manual_chapter", chapter.id, readerLocale, {
      language: chapter.language,
      fields: { title: chapter.title, summary: chapter.summary },
    }),
    translatedIds.length ? translationsOf(db, "manual_section", translatedIds, readerLocale) : [],
  ]);
  return {
    chapter: { slug: chapter.slug, title: own.title, summary: own.summary },
    sections: chapter.sections.map((section) => {
      const shown = inReaderLanguage(
        readerLocale,
        { language: section.language, fields: { title: section.title, body: section.body } },
        translations.filter((row) => row.subjectId === section.id),
      );
      return {
        id: section.id,
        slug: section.slug,
        title: shown.title,
        body: { lang: shown.body.lang, html: renderMarkdown(shown.body.text) },
      };
    }),
  };
}
