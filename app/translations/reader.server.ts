// What a page needs to show a translatable thing to its reader: each field in the reader's language
// (else the original), and what TranslationStatus says about it (translated, outdated, translate link).
import type { Locale, TranslatedKind } from "../../db/schema";
import type { Viewer } from "~/auth/viewer";
import type { DB } from "~/lib/db.server";
import { can, type TranslationFacts } from "./policy";
import { summaryOf, type Original } from "./presenters";
import { inReaderLanguageOf } from "./queries.server";
import { changesPath, translatePath } from "./subjects";

export async function shownToReader<F extends string>(
  db: DB,
  viewer: Viewer,
  readerLocale: Locale,
  thing: { id: number; facts: TranslationFacts },
  original: Original<F>,
) {
  const kind: TranslatedKind = thing.facts.kind;
  const shown = await inReaderLanguageOf(db, kind, thing.id, readerLocale, original);
  return {
    shown,
    // The addresses are made here, so that the pages do not carry the table of translatable kinds.
    status: {
      summary: summaryOf(shown),
      originalLanguage: original.language,
      readerLocale,
      changesHref: changesPath(kind, thing.id, readerLocale),
      translateHref: can(viewer, "translate", thing.facts) ? translatePath(kind, thing.id) : null,
    },
  };
}
