// People are findable: the directory and global search find a member by any of its three names, the
// short names people type ("UK", "USA", "DRC"), its active focal points' names and their ministries,
// accents aside ("Lefevre" finds Lefèvre, "cote" finds Côte d'Ivoire).
//
// One row per member in `member_directory` holds those words, lower-cased, unaccented and reduced to
// letters and digits between single spaces, kept by triggers on members and people. A query matches
// when each of its words starts a word of that text (a word under three letters must be a whole word,
// so "UK" is not Ukraine), or, for a typo, when it is close enough to a stretch of it (trigrams).
import { sql, type Kysely } from "kysely";

/** Short names as people type them, by member (a snapshot for existing databases; the seed sets its own). */
const SHORT_NAMES: Record<string, string[]> = {
  "united-kingdom": ["UK", "GB", "Britain", "Great Britain"],
  "united-states-of-america": ["USA", "US", "United States", "America", "EEUU", "EUA"],
  "democratic-republic-of-the-congo": ["DRC", "RDC", "DR Congo", "Congo-Kinshasa"],
  "european-union": ["EU", "UE"],
  "republic-of-korea": ["ROK", "South Korea", "Corée du Sud", "Corea del Sur"],
  "cote-divoire": ["Ivory Coast"],
  "united-republic-of-tanzania": ["Tanzania", "Tanzanie"],
  "republic-of-moldova": ["Moldova", "Moldavie"],
  czechia: ["Czech Republic", "République tchèque", "República Checa"],
  netherlands: ["Holland"],
};

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table members add column short_names text[] not null default '{}'`.execute(db);
  for (const [slug, names] of Object.entries(SHORT_NAMES)) {
    await sql`update members set short_names = ${names}::text[] where slug = ${slug}`.execute(db);
  }

  await sql`
    create function directory_text(value text) returns text language sql immutable parallel safe as $$
      select ' ' || trim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, coalesce(value, ''))),
        '[^[:alnum:]]+', ' ', 'g')) || ' '
    $$`.execute(db);

  await sql`
    create table member_directory (
      member_id integer primary key references members(id) on delete cascade,
      words text not null
    )`.execute(db);

  await sql`
    create function member_directory_rebuild(target integer) returns void language sql as $$
      insert into member_directory (member_id, words)
      select m.id, directory_text(concat_ws(' ', m.name, m.name_fr, m.name_es, array_to_string(m.short_names, ' '),
        (select string_agg(p.name || ' ' || p.ministry, ' ') from people p
          where p.member_id = m.id and p.status = 'active')))
      from members m where m.id = target
      on conflict (member_id) do update set words = excluded.words
    $$`.execute(db);

  await sql`
    create function member_directory_member() returns trigger language plpgsql as $$
    begin
      perform member_directory_rebuild(new.id);
      return null;
    end $$`.execute(db);
  await sql`
    create trigger member_directory_member after insert or update of name, name_fr, name_es, short_names
    on members for each row execute function member_directory_member()`.execute(db);

  await sql`
    create function member_directory_person() returns trigger language plpgsql as $$
    begin
      if tg_op <> 'INSERT' and old.member_id is not null then
        perform member_directory_rebuild(old.member_id);
      end if;
      if tg_op <> 'DELETE' and new.member_id is not null
        and (tg_op = 'INSERT' or new.member_id is distinct from old.member_id) then
        perform member_directory_rebuild(new.member_id);
      end if;
      return null;
    end $$`.execute(db);
  await sql`
    create trigger member_directory_person after insert or delete or update of name, ministry, status, member_id
    on people for each row execute function member_directory_person()`.execute(db);

  await sql`select member_directory_rebuild(id) from members`.execute(db);
  await sql`create index member_directory_words_trgm on member_directory using gin (words gin_trgm_ops)`.execute(db);

  // The members matching a query, with how close (for ranking): the query is reduced once, then each
  // of its words must start a word of the member's text (whole words under three letters). Only when
  // no member matches so is a typo looked for: the whole query within a stretch of the text (pg_trgm's
  // word similarity, 0.6), which costs a comparison per member; the portal's search, which corrects
  // typos its own way, asks without (`typos` false).
  await sql`
    create function directory_search(q text, typos boolean default true) returns table (member_id integer, rank real)
    language sql stable parallel safe as $$
      with query as materialized (
        select trim(directory_text(q)) as reduced,
          array(select case when length(w) < 3 then '% ' || w || ' %' else '% ' || w || '%' end
            from regexp_split_to_table(trim(directory_text(q)), ' ') w where w <> '') as patterns
      ),
      exact as materialized (
        select d.member_id, d.words from member_directory d, query
        where cardinality(query.patterns) > 0 and d.words like all (query.patterns)
      )
      select exact.member_id, word_similarity(query.reduced, exact.words) from exact, query
      union all
      select d.member_id, word_similarity(query.reduced, d.words) from member_directory d, query
      where typos and not exists (select 1 from exact) and length(query.reduced) >= 4 and query.reduced <% d.words
    $$`.execute(db);
}
