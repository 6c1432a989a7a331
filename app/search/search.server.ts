// One query across every source the person may see: ranked, grouped by kind, with counts and
// highlighted snippets; and "Did you mean" from the vocabulary of public documents (pg_trgm).
import { sql, type RawBuilder } from "kysely";
import type { Locale } from "../../db/schema";
import type { DB } from "~/lib/db.server";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "~/lib/highlight";
import { PAGE_SIZE, PER_KIND, SEARCH_KINDS, type SearchKind } from "./kinds";
import { SOURCE_GROUPS, type SearchContext, type SearchSource } from "./sources.server";
import { queryFor, searchQueryTable, snippetSource } from "./text.server";

export interface SearchRequest extends SearchContext {
  kind?: SearchKind;
  page: number;
}

export interface SearchHit {
  kind: SearchKind;
  id: number;
  href: string;
  context: string;
  /** The languages the title and the snippet are shown in (the reader's where translated, else the original's). */
  language: string;
  bodyLanguage: string;
  /** Title and snippet with the matched words between HIGHLIGHT_START and HIGHLIGHT_END. */
  title: string;
  snippet: string;
}

export interface SearchGroup {
  kind: SearchKind;
  total: number;
  hits: SearchHit[];
}

const headlineOptions = (extra: string) => `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, ${extra}`;

/**
 * The sources the person may see, searched by one statement per group of sources (SOURCE_GROUPS):
 * each source's matches are ranked into a top-N (a bounded sort, whatever the number of matches)
 * and counted, and titles, bodies and snippets are read and written only for the rows shown. A kind
 * with matches but none on this page still gives one row (its total, no hit).
 */
export async function search(db: DB, request: SearchRequest): Promise<SearchGroup[]> {
  const groups = SOURCE_GROUPS.map((group) => group.filter((source) => !request.tag || source.tagged)).filter(
    (group) => group.length > 0,
  );
  const results = await Promise.all(groups.map((group) => searchSources(db, request, group)));
  const found = new Map<SearchKind, SearchGroup>();
  for (const { total, ...hit } of results.flat()) {
    const group = found.get(hit.kind) ?? { kind: hit.kind, total: Number(total), hits: [] };
    found.set(hit.kind, group);
    if (hit.id !== null) group.hits.push(hit);
  }
  return SEARCH_KINDS.flatMap((kind) => found.get(kind) ?? []);
}

/** One statement over some sources: each source's total, and its hits on this page in rank order. */
async function searchSources(db: DB, request: SearchRequest, sources: readonly SearchSource[]) {
  const window = (kind: SearchKind) =>
    !request.kind
      ? { limit: PER_KIND, offset: 0 }
      : kind === request.kind
        ? { limit: PAGE_SIZE, offset: (request.page - 1) * PAGE_SIZE }
        : { limit: 0, offset: 0 };
  const parts = sources.map((source) => {
    const { limit, offset } = window(source.kind);
    const matched = sql.ref(`matched_${source.kind}`);
    const shown = sql.ref(`shown_${source.kind}`);
    // A kind counted but not shown on this page (another kind's page) is left out of the plan's
    // reading of documents, which Postgres prepares for every kind, rows or not.
    if (limit === 0)
      return {
        ctes: sql`${matched} as materialized (${source.matches({ ...request, ranked: false }, db)})`,
        rows: sql`(select ${source.kind} as kind, null::integer as id, null as href, null as context, null as language,
            null as body_language, null::real as rank, count(*) as total, null as title, null as body
          from ${matched} having count(*) > 0)`,
      };
    return {
      ctes: sql`${matched} as materialized (${source.matches({ ...request, ranked: limit > 0 }, db)}),
        ${shown} as (select id, rank from ${matched} order by rank desc, id limit ${limit} offset ${offset})`,
      rows: sql`(select ${source.kind} as kind, hit.id, hit.href, hit.context, hit.language, hit.body_language,
          hit.rank, totals.total, hit.title, hit.body
        from (select count(*) as total from ${matched}) totals
        left join lateral (
          select document.*, ${shown}.rank
          from ${shown} join (${source.documents(sql`select id from ${shown}`, request.person.locale)}) document
            on document.id = ${shown}.id
        ) hit on true
        where totals.total > 0)`,
    };
  });
  const { rows } = await sql<SearchHit & { total: string }>`
    with ${searchQueryTable(request.q)}, ${sql.join(parts.map((part) => part.ctes))},
      found as (${sql.join(
        parts.map((part) => part.rows),
        sql` union all `,
      )})
    select found.kind, found.id, found.href, found.context, found.language, found.body_language as "bodyLanguage",
      found.total,
      ts_headline(search_config(found.language), found.title, ${queryFor(sql`found.language`)},
        ${headlineOptions("HighlightAll=true")}) as title,
      ts_headline(search_config(found.body_language),
        search_plain(${snippetSource(sql`found.body`, queryWords(request.q))}), ${queryFor(sql`found.body_language`)},
        ${headlineOptions("MaxFragments=2, MaxWords=32, MinWords=20, FragmentDelimiter= … ")}) as snippet
    from found cross join search_query q
    order by found.rank desc nulls last, found.id
  `.execute(db);
  return rows;
}

/** Letters-only words of a query worth checking, lower-cased (not "or", not a `-word` left out on purpose). */
export function queryWords(q: string): string[] {
  const words = new Set<string>();
  for (const match of q.matchAll(/(^|[^\p{L}-])(\p{L}{3,40})/gu)) {
    const word = match[2]!.toLowerCase();
    if (word !== "or") words.add(word);
  }
  return [...words];
}

/**
 * Below this trigram similarity a near word is not offered as the intended one; nor one more than a
 * few typos away (TYPOS, or one in four letters of a long word).
 */
const SIMILAR_ENOUGH = 0.25;
const TYPOS = 2;

/**
 * Words of the query the documents never use (in any language, accents aside), each with the nearest
 * word they do use (nearest by trigram distance through the GiST index) that is a few typos away: in
 * the reader's language if one is near enough, else in any. Empty when every word is known.
 */
export async function corrections(db: DB, q: string, locale: Locale): Promise<Map<string, string>> {
  const words = queryWords(q);
  if (words.length === 0) return new Map();
  // The nearest word in the reader's language (an index walk that stops at once; the literal language
  // picks its partial index), and only when that one is not near enough the nearest in any language.
  const nearEnough = (word: RawBuilder<unknown>) => sql`similarity(${word}, input) >= ${SIMILAR_ENOUGH}
    and levenshtein(unaccent(${word}), unaccent(input)) <= greatest(${TYPOS}, length(input) / 4)`;
  const { rows } = await sql<{ input: string; suggestion: string | null }>`
    select input, coalesce(
      (select nearest.word from (select v.word from search_words v where v.language = ${sql.lit(locale)}
        order by v.word <-> input limit 1) nearest where ${nearEnough(sql.ref("nearest.word"))}),
      (select nearest.word from (select v.word from search_words v order by v.word <-> input limit 1) nearest
        where ${nearEnough(sql.ref("nearest.word"))})
    ) as suggestion
    from unnest(${words}::text[]) as input
    where not exists (select 1 from search_words v where v.bare = unaccent(input))
  `.execute(db);
  return new Map(rows.filter((row) => row.suggestion).map((row) => [row.input, row.suggestion!]));
}

/** The query with each corrected word replaced, its quotes, `-word` and `or` kept as typed. */
export function correctedQuery(q: string, replacements: Map<string, string>): string {
  return q.replace(/\p{L}+/gu, (word) => replacements.get(word.toLowerCase()) ?? word);
}

export interface SearchOutcome {
  groups: SearchGroup[];
  /** The query whose results are shown, when it is a correction of what was typed. */
  correctedFrom?: string;
  shownQuery: string;
  /** A better spelling to offer when what was typed found something anyway. */
  suggestion?: string;
}

/**
 * Below this many results a query "found little": only then is a better spelling looked for. A query
 * that finds enough is taken as meant ("minutes" is not a misspelt "ministries").
 */
export const FEW_RESULTS = 3;

/**
 * Search as typed. If that found little and a correction exists: when nothing was found, the corrected
 * query's results if it finds any; when a little was found, the correction offered ("Did you mean").
 */
export async function searchWithCorrection(db: DB, request: SearchRequest): Promise<SearchOutcome> {
  const groups = await search(db, request);
  const found = groups.reduce((sum, group) => sum + group.total, 0);
  if (found >= FEW_RESULTS) return { groups, shownQuery: request.q };
  const fixes = await corrections(db, request.q, request.person.locale);
  const corrected = fixes.size ? correctedQuery(request.q, fixes) : undefined;
  if (!corrected || corrected === request.q) return { groups, shownQuery: request.q };
  if (found > 0) return { groups, shownQuery: request.q, suggestion: corrected };
  const correctedGroups = await search(db, { ...request, q: corrected });
  // A correction that finds nothing either is no help: the page says only that nothing matched what was typed.
  if (correctedGroups.length === 0) return { groups, shownQuery: request.q };
  return { groups: correctedGroups, shownQuery: corrected, correctedFrom: request.q };
}

/** A document's text with every word the query matches wrapped in the highlight markers. */
export async function getHighlighted(db: DB, text: string, language: string, q: string): Promise<string> {
  const { rows } = await sql<{ text: string }>`
    select ts_headline(search_config(${language}), ${text}::text,
      websearch_to_tsquery(search_config(${language}), ${q}),
      ${headlineOptions("HighlightAll=true")}) as text
  `.execute(db);
  return rows[0]!.text;
}
