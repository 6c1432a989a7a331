// The full-text pieces every search source shares. A document is matched in its own language
// (english, french or spanish stemming), spelled out per language so each arm can use the GIN index.
import { sql, type RawBuilder } from "kysely";

const LANGUAGE_CONFIGS = [
  ["en", "english"],
  ["fr", "french"],
  ["es", "spanish"],
] as const;

/** `vector` matches the query `q` (web-search syntax), for a document whose language is in `language`. */
export function matches(vector: RawBuilder<unknown>, language: RawBuilder<unknown>, q: string): RawBuilder<boolean> {
  const arms = LANGUAGE_CONFIGS.map(
    ([code, config]) => sql`(${language} = ${code} and ${vector} @@ websearch_to_tsquery(${sql.lit(config)}::regconfig, ${q}))`,
  );
  return sql<boolean>`(${sql.join(arms, sql` or `)})`;
}

/** Cover density, plus one for a match in the title (weight A), so a title match always ranks first. */
export function rank(vector: RawBuilder<unknown>, language: RawBuilder<unknown>, q: string): RawBuilder<number> {
  const query = sql`websearch_to_tsquery(search_config(${language}), ${q})`;
  return sql<number>`(ts_rank_cd(${vector}, ${query}, 1) + (ts_filter(${vector}, '{a}') @@ ${query})::int)`;
}
