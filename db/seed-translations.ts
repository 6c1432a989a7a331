// Seeds the French and Spanish versions of db/seed-data/translations.ts: the manual's chapter titles,
// its first chapter, the benchmarks and the Global Calls, each made by the secretariat from the
// original as it stands.
// Adds only what is missing, so a database seeded before translations existed gets them.
import type { DB } from "./connection";
import type { Locale, TranslatedKind } from "./schema";
import {
  benchmarkTranslations,
  callDescription,
  callTitle,
  callTranslations,
  chapterTranslations,
  sectionTranslations,
} from "./seed-data/translations";

const TRANSLATED_AT = "2026-02-16T09:00:00Z";
const LOCALES = ["fr", "es"] as const;

interface Row {
  subject_kind: TranslatedKind;
  subject_id: number;
  field: string;
  locale: Locale;
  text: string;
  source_text: string;
}

export async function seedTranslations(db: DB): Promise<{ translations: number }> {
  const [secretariat, chapters, sections, benchmarks, calls] = await Promise.all([
    db.selectFrom("people").select("id").where("role", "=", "secretariat").orderBy("id").executeTakeFirst(),
    db.selectFrom("manual_chapters").select(["id", "slug", "title", "summary"]).execute(),
    db.selectFrom("manual_sections").select(["id", "slug", "title", "body"]).execute(),
    db.selectFrom("benchmarks").select(["id", "title", "measure"]).execute(),
    db
      .selectFrom("events")
      .select(["id", "title", "agenda", "description"])
      .where("type", "=", "global_call")
      .execute(),
  ]);
  const rows: Row[] = [];
  const add = (
    kind: TranslatedKind,
    id: number,
    field: string,
    versions: Record<"fr" | "es", string>,
    source: string,
  ) => {
    for (const locale of LOCALES)
      rows.push({ subject_kind: kind, subject_id: id, field, locale, text: versions[locale], source_text: source });
  };
  for (const chapter of chapters) {
    const versions = chapterTranslations[chapter.slug];
    if (!versions) continue;
    add("manual_chapter", chapter.id, "title", versions.title, chapter.title);
    add("manual_chapter", chapter.id, "summary", versions.summary, chapter.summary);
  }
  for (const section of sections) {
    const versions = sectionTranslations[section.slug];
    if (!versions) continue;
    add("manual_section", section.id, "title", versions.title, section.title);
    add("manual_section", section.id, "body", versions.body, section.body);
  }
  for (const benchmark of benchmarks) {
    const versions = benchmarkTranslations[benchmark.title];
    if (!versions) continue;
    add("benchmark", benchmark.id, "title", versions.title, benchmark.title);
    add("benchmark", benchmark.id, "measure", versions.measure, versions.measureWas ?? benchmark.measure);
  }
  for (const call of calls) {
    const topic = call.title.replace(/^Global Call: /, "");
    const versions = callTranslations[topic];
    if (!versions) continue;
    const titles = {
      fr: callTitle.fr.replace("{topic}", versions.topic.fr),
      es: callTitle.es.replace("{topic}", versions.topic.es),
    };
    add("event", call.id, "title", titles, call.title);
    add("event", call.id, "agenda", versions.agenda, call.agenda);
    add("event", call.id, "description", callDescription, call.description);
  }
  if (rows.length === 0) return { translations: 0 };
  const inserted = await db
    .insertInto("content_translations")
    .values(rows.map((row) => ({ ...row, translated_by: secretariat?.id ?? null, translated_at: TRANSLATED_AT })))
    .onConflict((oc) => oc.columns(["subject_kind", "subject_id", "field", "locale"]).doNothing())
    .returning("id")
    .execute();
  return { translations: inserted.length };
}
