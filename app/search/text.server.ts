// The full-text pieces every search source shares. The query is parsed once per language
// (english, french, spanish stemming, accents ignored: migration 0106) in the `search_query` row that
// every source joins as `q`; a document (one row per language it exists in, its original and its
// translations) is matched in that language, one arm per language so each is answered by the GIN index.
import { sql, type RawBuilder } from "kysely";

/** Each language's code, the column of `search_query` holding the query parsed for it, and its configuration. */
const LANGUAGE_CONFIGS = [
  ["en", "english", "public.en_unaccent"],
  ["fr", "french", "public.fr_unaccent"],
  ["es", "spanish", "public.es_unaccent"],
] as const;

/** The `with` entry that parses the person's query (web-search syntax) once per language. */
export function searchQueryTable(q: string): RawBuilder<unknown> {
  const columns = LANGUAGE_CONFIGS.map(
    ([, column, config]) => sql`websearch_to_tsquery(${sql.lit(config)}::regconfig, ${q}) as ${sql.ref(column)}`,
  );
  const alternatives = LANGUAGE_CONFIGS.map(
    ([, column]) => sql`${anyWord(sql.ref(column))} as ${sql.ref(`${column}_any`)}`,
  );
  return sql`search_query as materialized (
    select *, ${sql.join(alternatives)} from (select ${sql.join(columns)}) parsed)`;
}

/**
 * A parsed query's words as alternatives ('earli' | 'warn' for "early warning"), what documents are ranked by:
 * the words left out (`-word`) dropped, the phrases and the "and" between words made "or". Ranked by the query
 * itself, ts_rank also weighs how near each other the words stand, comparing every position of one with every
 * position of the other: four times the cost, 1.5 of 2 ms for the thousand statements that say "early warning"
 * at ten times today's scale. Every document ranked holds the words already; more of them, and in a title,
 * still ranks higher.
 */
function anyWord(query: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`regexp_replace(querytree(${query}), '&|<([0-9]+|-)>', '|', 'g')::tsquery`;
}

/** The parsed query for a document's language (from the joined `search_query q`). */
export function queryFor(language: RawBuilder<unknown>): RawBuilder<unknown> {
  const column = (config: string) => sql.ref(`q.${config}`);
  return sql`(case ${language} when 'fr' then ${column("french")} when 'es' then ${column("spanish")}
    else ${column("english")} end)`;
}

/**
 * ts_rank with the weights search_document gives (titles A, headings B, body C) set far apart,
 * {D, C, B, A}: a word in the title counts ten times a word of the body, so a title match comes
 * first, headings next. Not cover density (ts_rank_cd): on the manual at ten times its size it put
 * the same five sections first for five of six queries tried, and it costs three times as much per
 * matching document, when every match is ranked.
 */
const WEIGHTS = sql.lit("{0.05, 0.1, 0.3, 1}");

/** What a source's query needs for the documents of one language. */
export interface LanguageArm {
  /** `vector` matches the query, for a document whose language column is `language`. */
  matches(vector: RawBuilder<unknown>, language: RawBuilder<unknown>): RawBuilder<boolean>;
  /** The document's rank, or 0 where only the count is wanted (a kind with no rows on this page). */
  rank(vector: RawBuilder<unknown>): RawBuilder<number>;
}

/**
 * A source's matches as one arm per language joined by UNION ALL: each arm is answered by the GIN
 * index alone, where an OR over the languages would test every matching vector once more. A document
 * found in several of its languages counts once, at its best rank.
 */
export function perLanguage(ranked: boolean, arm: (language: LanguageArm) => RawBuilder<unknown>): RawBuilder<unknown> {
  const arms = LANGUAGE_CONFIGS.map(([code, column]) => {
    const query = sql.ref(`q.${column}`);
    const words = sql.ref(`q.${column}_any`);
    return sql`(${arm({
      matches: (vector, language) => sql<boolean>`(${language} = ${sql.lit(code)} and ${vector} @@ ${query})`,
      rank: (vector) => (ranked ? sql<number>`ts_rank(${WEIGHTS}::float4[], ${vector}, ${words}, 1)` : sql<number>`0`),
    })})`;
  });
  return sql`select id, max(rank) as rank from (${sql.join(arms, sql` union all `)}) arms group by id`;
}

/**
 * What a snippet is written from: the stretch of the text starting a little before the first place a
 * word of the query appears (found by the word's first letters, so other forms of it count too), or
 * its start, from a whole word. ts_headline's cost grows much faster than the text it reads (three times the time for
 * 700 characters as for 400); a snippet (at most two fragments of 32 words) is about as long as
 * this stretch, some fifty words.
 */
const SNIPPET_LEAD = 80;
const SNIPPET_LENGTH = 320;
/** What comes before the first whole word: the end of a word cut by the stretch's start, and spaces. */
const PARTIAL_WORD = "^\\S*\\s+";

export function snippetSource(body: RawBuilder<unknown>, words: string[]): RawBuilder<string> {
  // The text is lower-cased once, however many words are looked for in it, and the start worked out
  // once: `offset 0` keeps Postgres from copying lower(text) into each strpos() and the search for
  // the start into each use of it (for two words, four lower-casings of the whole text, each after
  // decompressing it: 0.7 ms for a statement of 21,000 characters).
  const positions = words.map(
    (word) => sql`nullif(strpos(lowered, ${word.slice(0, Math.max(4, word.length - 3))}), 0)`,
  );
  const first = positions.length
    ? sql`(select coalesce(least(${sql.join(positions)}), 1) from (select lower(${body}) as lowered offset 0) text)`
    : sql`1`;
  // A stretch that starts inside the text starts at its next whole word (read from the character
  // before it: a space there means the stretch already starts at one).
  return sql<string>`(select case
      when start > 1 then regexp_replace(substr(${body}, start - 1, ${SNIPPET_LENGTH + 1}), ${PARTIAL_WORD}, '')
      else substr(${body}, 1, ${SNIPPET_LENGTH}) end
    from (select greatest(1, ${first} - ${SNIPPET_LEAD}) as start offset 0) stretch)`;
}
