// The full-text pieces every search source shares. The query is parsed once per language
// (english, french, spanish stemming) in the `search_query` row that every source joins as `q`;
// a document is matched in its own language, one arm per language so each can use the GIN index.
import { sql, type RawBuilder } from "kysely";

const LANGUAGE_CONFIGS = [
  ["en", "english"],
  ["fr", "french"],
  ["es", "spanish"],
] as const;

/** The `with` entry that parses the person's query (web-search syntax) once per language. */
export function searchQueryTable(q: string): RawBuilder<unknown> {
  const columns = LANGUAGE_CONFIGS.map(([, config]) => sql`websearch_to_tsquery(${sql.lit(config)}::regconfig, ${q}) as ${sql.ref(config)}`);
  return sql`search_query as materialized (select ${sql.join(columns)})`;
}

/** The parsed query for a document's language (from the joined `search_query q`). */
export function queryFor(language: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`(case ${language} when 'fr' then q.french when 'es' then q.spanish else q.english end)`;
}

/** `vector` matches the query, for a document whose language is in `language`. */
export function matches(vector: RawBuilder<unknown>, language: RawBuilder<unknown>): RawBuilder<boolean> {
  const arms = LANGUAGE_CONFIGS.map(([code, config]) => sql`(${language} = ${sql.lit(code)} and ${vector} @@ q.${sql.ref(config)})`);
  return sql<boolean>`(${sql.join(arms, sql` or `)})`;
}

/** Cover density, plus one for a match in the title (weight A), so a title match always ranks first. */
export function rank(vector: RawBuilder<unknown>, language: RawBuilder<unknown>): RawBuilder<number> {
  const query = queryFor(language);
  return sql<number>`(ts_rank_cd(${vector}, ${query}, 1) + (ts_filter(${vector}, '{a}') @@ ${query})::int)`;
}
