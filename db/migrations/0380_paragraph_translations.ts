// Issue 23, "Drafting as diplomats draft": a statement's English, French and Spanish versions, aligned
// paragraph by paragraph. Each version of a paragraph keeps the original it was translated from
// (source_body): when the original changes, the version is outdated, and the page shows what changed.
//
// Search finds a statement in every language it has versions in: statement_search holds one row per
// statement and language (the original's, and one per language its paragraphs are translated into),
// rebuilt by one function that the triggers on statements and on the versions call.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("statement_paragraph_translations")
    .addColumn("paragraph_id", "integer", (c) => c.notNull().references("statement_paragraphs.id").onDelete("cascade"))
    .addColumn("language", "text", (c) => c.notNull().check(sql`language in ('en', 'fr', 'es')`))
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("source_body", "text", (c) => c.notNull())
    // Counts the saves: a save names the one it started from, and is refused if another came since.
    .addColumn("revision", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("translated_by", "integer", (c) => c.references("people.id").onDelete("set null"))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("statement_paragraph_translations_pkey", ["paragraph_id", "language"])
    .execute();

  await sql`alter table statement_search drop constraint statement_search_pkey`.execute(db);
  await sql`alter table statement_search add primary key (statement_id, language)`.execute(db);
  await sql`
    create function statement_search_rebuild(subject integer) returns void language sql as $$
      delete from public.statement_search where statement_id = subject;
      insert into public.statement_search (statement_id, language, stage, search)
      select s.id, s.language, s.stage, public.search_document(s.language, s.title,
        '# ' || s.topic || E'\n# ' || s.occasion || E'\n' || s.body_text)
      from public.statements s where s.id = subject
      union all
      select s.id, t.language, s.stage, public.search_document(t.language, '', t.body)
      from public.statements s
      join (select t.language, string_agg(t.body, E'\n\n' order by p.position, p.id) as body
        from public.statement_paragraph_translations t
        join public.statement_paragraphs p on p.id = t.paragraph_id and p.removed_at is null
        where p.statement_id = subject group by t.language) t on t.language <> s.language
      where s.id = subject;
    $$
  `.execute(db);
  await sql`
    create or replace function statement_search_refresh() returns trigger language plpgsql as $$
    begin
      perform public.statement_search_rebuild(new.id);
      return null;
    end;
    $$
  `.execute(db);
  await sql`
    create function statement_translation_search() returns trigger language plpgsql as $$
    begin
      perform public.statement_search_rebuild(p.statement_id)
        from public.statement_paragraphs p where p.id = coalesce(new.paragraph_id, old.paragraph_id);
      -- What everyone may read feeds "Did you mean", in its language: a published statement's versions too.
      if tg_op <> 'DELETE' then
        perform public.remember_search_words(new.body, new.language)
          from public.statement_paragraphs p join public.statements s on s.id = p.statement_id
          where p.id = new.paragraph_id and s.stage = 'published';
      end if;
      return null;
    end;
    $$
  `.execute(db);
  await sql`
    create or replace function statement_words() returns trigger language plpgsql as $$
    begin
      if new.stage = 'published' then
        perform public.remember_search_words(new.title || ' ' || new.body_text, new.language);
        perform public.remember_search_words(t.body, t.language)
          from public.statement_paragraph_translations t join public.statement_paragraphs p on p.id = t.paragraph_id
          where p.statement_id = new.id and p.removed_at is null;
      end if;
      return null;
    end;
    $$
  `.execute(db);
  await sql`create trigger statement_translation_search
    after insert or update of body or delete on statement_paragraph_translations
    for each row execute function statement_translation_search()`.execute(db);
}
