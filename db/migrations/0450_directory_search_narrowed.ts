// The directory's search (migration 0160) reads only the members whose text holds the query's longest
// word, found through the trigram index, before testing every word: `like all` over an array cannot use
// the index, so each query read the text of all members (600 at ten times today's scale), 0.3 ms of
// every search and every directory search. Same members, same ranks.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create or replace function directory_search(q text, typos boolean default true)
    returns table (member_id integer, rank real)
    language sql stable parallel safe as $$
      with query as materialized (
        select reduced, patterns, (select p from unnest(patterns) p order by length(p) desc limit 1) as narrowest
        from (select trim(directory_text(q)) as reduced,
          array(select case when length(w) < 3 then '% ' || w || ' %' else '% ' || w || '%' end
            from regexp_split_to_table(trim(directory_text(q)), ' ') w where w <> '') as patterns) parsed
      ),
      exact as materialized (
        select d.member_id, d.words from member_directory d, query
        where cardinality(query.patterns) > 0 and d.words like query.narrowest and d.words like all (query.patterns)
      )
      select exact.member_id, word_similarity(query.reduced, exact.words) from exact, query
      union all
      select d.member_id, word_similarity(query.reduced, d.words) from member_directory d, query
      where typos and not exists (select 1 from exact) and length(query.reduced) >= 4 and query.reduced <% d.words
    $$`.execute(db);
}
