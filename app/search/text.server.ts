// The full-text pieces every search source shares. The query is parsed once per language
// (english, french, spanish stemming) in the `search_query` row that every source joins as `q`;
// a document is matched in its own language, one arm per language so each can use the GIN index.
import { sql, type RawBuilder } from "kysely";

const LANGUAGE_CONFIGS = [
  ["en", "english"],
  ["fr", "french"],
  ["es", "spanish"],
] as const;

/** Labels every lexeme of a parsed query :A (the weight of titles in search_document). */
const TITLE_ONLY = sql.lit("('(?:[^']|'')+')");

/**
 * The `with` entry that parses the person's query (web-search syntax) once per language, and once
 * more restricted to titles.
 */
export function searchQueryTable(q: string): RawBuilder<unknown> {
  const columns = LANGUAGE_CONFIGS.flatMap(([, config]) => {
    const parsed = sql`websearch_to_tsquery(${sql.lit(config)}::regconfig, ${q})`;
    return [
      sql`${parsed} as ${sql.ref(config)}`,
      sql`regexp_replace(${parsed}::text, ${TITLE_ONLY}, '\\1:A', 'g')::tsquery as ${sql.ref(`${config}_title`)}`,
    ];
  });
  return sql`search_query as materialized (select ${sql.join(columns)})`;
}

/** The parsed query for a document's language (from the joined `search_query q`), or its title-only form. */
export function queryFor(language: RawBuilder<unknown>, part: "" | "_title" = ""): RawBuilder<unknown> {
  const column = (config: string) => sql.ref(`q.${config}${part}`);
  return sql`(case ${language} when 'fr' then ${column("french")} when 'es' then ${column("spanish")} else ${column("english")} end)`;
}

/** `vector` matches the query, for a document whose language is in `language`. */
export function matches(vector: RawBuilder<unknown>, language: RawBuilder<unknown>): RawBuilder<boolean> {
  const arms = LANGUAGE_CONFIGS.map(([code, config]) => sql`(${language} = ${sql.lit(code)} and ${vector} @@ ${sql.ref(`q.${config}`)})`);
  return sql<boolean>`(${sql.join(arms, sql` or `)})`;
}

/** Cover density, plus one when the title alone matches, so a title match always ranks first. */
export function rank(vector: RawBuilder<unknown>, language: RawBuilder<unknown>): RawBuilder<number> {
  return sql<number>`(ts_rank_cd(${vector}, ${queryFor(language)}, 1) + (${vector} @@ ${queryFor(language, "_title")})::int)`;
}
