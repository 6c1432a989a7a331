// What may be translated, shared by the server and the pages: each kind's address segment and its
// translatable fields (the first one is its title), with how each is written and its longest length.
import type { TranslatedKind } from "../../db/schema";

export interface TranslatableField {
  name: string;
  /** A line (an input) or a text of paragraphs (a textarea, markdown where the original is). */
  multiline: boolean;
  max: number;
}

const title = { name: "title", multiline: false, max: 300 };
const text = (name: string) => ({ name, multiline: true, max: 50_000 });

export const TRANSLATABLE: Record<TranslatedKind, { segment: string; fields: TranslatableField[] }> = {
  manual_chapter: { segment: "chapter", fields: [title, { name: "summary", multiline: false, max: 500 }] },
  manual_section: { segment: "section", fields: [title, text("body")] },
  best_practice: { segment: "best-practice", fields: [title, text("body")] },
  benchmark: {
    segment: "benchmark",
    fields: [title, { name: "measure", multiline: false, max: 500 }, text("description")],
  },
  activity: { segment: "activity", fields: [title, text("description")] },
  event: { segment: "event", fields: [title, text("agenda"), text("description")] },
  announcement: { segment: "announcement", fields: [title, text("body")] },
};

export const TRANSLATED_KINDS = Object.keys(TRANSLATABLE) as TranslatedKind[];

export const kindOfSegment = (segment: string): TranslatedKind | undefined =>
  TRANSLATED_KINDS.find((kind) => TRANSLATABLE[kind].segment === segment);

/** The address of a thing's translation page into `locale`. */
export const translatePath = (kind: TranslatedKind, id: number, locale?: string) =>
  `/translate/${TRANSLATABLE[kind].segment}/${id}${locale ? `?to=${locale}` : ""}`;

/** The address of what changed in a thing's original since its translation into `locale`. */
export const changesPath = (kind: TranslatedKind, id: number, locale: string) =>
  `/translate/${TRANSLATABLE[kind].segment}/${id}/changes?to=${locale}`;
