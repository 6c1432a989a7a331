// One query across every source the person may see: ranked, grouped by kind, with counts and
// highlighted snippets; and "Did you mean" from the vocabulary of public documents (pg_trgm).
import { sql } from "kysely";
import type { DB } from "~/lib/db.server";
import { HIGHLIGHT_END, HIGHLIGHT_START } from "~/lib/highlight";
import { PAGE_SIZE, PER_KIND, SEARCH_KINDS, type SearchKind } from "./kinds";
import { SOURCES, type SearchContext } from "./sources.server";

export interface SearchRequest extends SearchContext {
  kind?: SearchKind;
  page: number;
}

export interface SearchHit {
  kind: SearchKind;
  id: number;
  href: string;
  context: string;
  language: string;
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

/** The query itself: every source in one statement, snippets computed only for the rows shown. */
export async function search(db: DB, request: SearchRequest): Promise<SearchGroup[]> {
  const sources = SOURCES.filter((source) => (!request.tag || source.tagged));
  if (sources.length === 0) return [];
  const offset = request.kind ? (request.page - 1) * PAGE_SIZE : 0;
  const { rows } = await sql<SearchHit & { total: string; rank: number }>`
    with hits as (${sql.join(sources.map((source) => source.hits(request)), sql` union all `)}),
    ranked as (
      select hits.*, count(*) over (partition by kind) as total, row_number() over (partition by kind order by rank desc, id) as n from hits
    )
    select kind, id, href, context, language, total,
      ts_headline(search_config(language), title, websearch_to_tsquery(search_config(language), ${request.q}), ${headlineOptions("HighlightAll=true")}) as title,
      ts_headline(search_config(language), search_plain(body), websearch_to_tsquery(search_config(language), ${request.q}),
        ${headlineOptions("MaxFragments=2, MaxWords=28, MinWords=12, FragmentDelimiter= … ")}) as snippet
    from ranked
    where n > case when kind = ${request.kind ?? null} then ${offset} else 0 end
      and n <= case when ${request.kind ?? null}::text is null then ${PER_KIND} when kind = ${request.kind ?? null} then ${offset + PAGE_SIZE} else 1 end
    order by kind, n
  `.execute(db);
  return SEARCH_KINDS.flatMap((kind) => {
    const hits = rows.filter((row) => row.kind === kind);
    if (hits.length === 0) return [];
    const shown = request.kind && request.kind !== kind ? [] : hits;
    return [{ kind, total: Number(hits[0]!.total), hits: shown.map(({ total: _total, rank: _rank, ...hit }) => hit) }];
  });
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

/** Below this trigram similarity a near word is not offered as the intended one. */
const SIMILAR_ENOUGH = 0.25;

/**
 * Words of the query the documents never use, each with the nearest word they do use
 * (nearest by trigram distance through the GiST index). Empty when every word is known.
 */
export async function corrections(db: DB, q: string): Promise<Map<string, string>> {
  const words = queryWords(q);
  if (words.length === 0) return new Map();
  const { rows } = await sql<{ input: string; suggestion: string | null }>`
    select input, (
      select v.word from search_words v where similarity(v.word, input) >= ${SIMILAR_ENOUGH} order by v.word <-> input limit 1
    ) as suggestion
    from unnest(${words}::text[]) as input
    where not exists (select 1 from search_words v where v.word = input)
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

/** Search as typed; if that finds nothing and a correction exists, search the corrected query instead. */
export async function searchWithCorrection(db: DB, request: SearchRequest): Promise<SearchOutcome> {
  const [groups, fixes] = await Promise.all([search(db, request), corrections(db, request.q)]);
  const corrected = fixes.size ? correctedQuery(request.q, fixes) : undefined;
  if (!corrected || corrected === request.q) return { groups, shownQuery: request.q };
  if (groups.length > 0) return { groups, shownQuery: request.q, suggestion: corrected };
  return { groups: await search(db, { ...request, q: corrected }), shownQuery: corrected, correctedFrom: request.q };
}

/** A document's text with every word the query matches wrapped in the highlight markers. */
export async function getHighlighted(db: DB, text: string, language: string, q: string): Promise<string> {
  const { rows } = await sql<{ text: string }>`
    select ts_headline(search_config(${language}), ${text}::text, websearch_to_tsquery(search_config(${language}), ${q}),
      ${headlineOptions("HighlightAll=true")}) as text
  `.execute(db);
  return rows[0]!.text;
}
