// A translatable thing as a reader sees it: each field in the reader's language where a translation
// exists (flagged outdated when the original changed after it), else the original, marked with its
// language so the page can say `lang="en"` and screen readers read it in the right voice.
import type { Locale } from "../../db/schema";
import { wordDiff, type DiffPart } from "~/lib/word-diff";

export interface Original<F extends string> {
  language: Locale;
  fields: Record<F, string>;
}

/** A stored translation of one field (a row of content_translations). */
export interface FieldTranslation {
  field: string;
  locale: Locale;
  text: string;
  sourceText: string;
}

export interface ShownText {
  text: string;
  /** The language the text is in: the page marks it when it differs from the page's. */
  lang: Locale;
  isOriginal: boolean;
  /** A translation made from an earlier text of the original. */
  outdated: boolean;
}

export function inReaderLanguage<F extends string>(
  readerLocale: Locale,
  original: Original<F>,
  translations: readonly FieldTranslation[],
): Record<F, ShownText> {
  const shown = {} as Record<F, ShownText>;
  for (const field of Object.keys(original.fields) as F[]) {
    const current = original.fields[field];
    const translation =
      readerLocale === original.language
        ? undefined
        : translations.find((row) => row.field === field && row.locale === readerLocale && row.text !== "");
    shown[field] = translation
      ? { text: translation.text, lang: readerLocale, isOriginal: false, outdated: translation.sourceText !== current }
      : { text: current, lang: original.language, isOriginal: true, outdated: false };
  }
  return shown;
}

/** What a page says about the language it shows a thing in (without the texts, which it shows itself). */
export interface TranslationSummary {
  /** Some field is shown translated. */
  translated: boolean;
  /** Some field shown is an outdated translation: the page links to what changed. */
  outdated: boolean;
}

export const summaryOf = (shown: Record<string, ShownText>): TranslationSummary => ({
  translated: Object.values(shown).some((field) => !field.isOriginal),
  outdated: Object.values(shown).some((field) => field.outdated),
});

/** What changed in the original of each field since its translation was made, for fields that changed. */
export function changesSinceTranslation<F extends string>(
  original: Original<F>,
  translations: readonly FieldTranslation[],
): { field: F; parts: DiffPart[] }[] {
  return (Object.keys(original.fields) as F[]).flatMap((field) => {
    const translation = translations.find((row) => row.field === field);
    if (!translation || translation.sourceText === original.fields[field]) return [];
    return [{ field, parts: wordDiff(translation.sourceText, original.fields[field], { context: 12 }) }];
  });
}
