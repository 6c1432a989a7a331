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
  const column = (config: string) => sql.ref(`q.${config}`);
  return sql`(case ${language} when 'fr' then ${column("french")} when 'es' then ${column("spanish")} else ${column("english")} end)`;
}

/** `vector` matches the query, for a document whose language is in `language`. */
export function matches(vector: RawBuilder<unknown>, language: RawBuilder<unknown>): RawBuilder<boolean> {
  const arms = LANGUAGE_CONFIGS.map(([code, config]) => sql`(${language} = ${sql.lit(code)} and ${vector} @@ ${sql.ref(`q.${config}`)})`);
  return sql<boolean>`(${sql.join(arms, sql` or `)})`;
}

/**
 * Cover density with the weights search_document gives (titles A, headings B, body C) set far
 * apart, {D, C, B, A}: a word in the title counts ten times a word of the body, so a title match
 * comes first, headings next. One pass over each document's vector, whatever the number of matches.
 */
const WEIGHTS = sql.lit("{0.05, 0.1, 0.3, 1}");

export function rank(vector: RawBuilder<unknown>, language: RawBuilder<unknown>): RawBuilder<number> {
  return sql<number>`ts_rank_cd(${WEIGHTS}::float4[], ${vector}, ${queryFor(language)}, 1)`;
}

/** Long texts are cut to this many characters around the first match before a snippet is written. */
const SNIPPET_WINDOW = 3000;

/**
 * What a snippet is written from: a short text whole; of a long one (a statement of sixty
 * paragraphs), the stretch starting a little before the first place a word of the query appears,
 * found by the word's first letters so other forms of it count too. ts_headline then reads a few
 * thousand characters instead of the whole text.
 */
export function snippetSource(body: RawBuilder<unknown>, words: string[]): RawBuilder<string> {
  const positions = words.map((word) => sql`nullif(strpos(lower(${body}), ${word.slice(0, Math.max(4, word.length - 3))}), 0)`);
  const first = positions.length ? sql`coalesce(least(${sql.join(positions)}), 1)` : sql`1`;
  return sql<string>`(case when length(${body}) <= ${SNIPPET_WINDOW} then ${body}
    else substr(${body}, greatest(1, ${first} - 200), ${SNIPPET_WINDOW}) end)`;
}
