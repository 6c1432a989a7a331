import { sql, type Kysely } from "kysely";

/**
 * Announcements in three languages: an announcement's French, Spanish or English version is a row of
 * content_translations like a manual section's, and its search table holds one row per language (the
 * original's and each translation's), so a translated announcement is found in its reader's language.
 * Triggers of their own on content_translations rebuild it, leaving the shared dispatch of 0106 as it is.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table announcement_search drop constraint announcement_search_pkey`.execute(db);
  await sql`alter table announcement_search add primary key (announcement_id, language)`.execute(db);
  await sql`
    create function public.announcement_search_rebuild(subject integer) returns void language sql as $$
      delete from public.announcement_search where announcement_id = subject;
      insert into public.announcement_search (announcement_id, language, search)
      select a.id, a.language, public.search_document(a.language, a.title, a.body)
      from public.announcements a where a.id = subject
      union all
      select a.id, t.locale, public.search_document(t.locale, coalesce(t.title, ''), coalesce(t.body, ''))
      from public.announcements a
      join (select t.locale, max(t.text) filter (where t.field = 'title') as title,
          max(t.text) filter (where t.field = 'body') as body
        from public.content_translations t
        where t.subject_kind = 'announcement' and t.subject_id = subject group by t.locale) t
        on t.locale <> a.language
      where a.id = subject;
    $$
  `.execute(db);
  await sql`
    create or replace function announcement_search_refresh() returns trigger language plpgsql as $$
    begin
      perform public.announcement_search_rebuild(new.id);
      return null;
    end;
    $$
  `.execute(db);
  await sql`
    create function public.announcement_translation_search() returns trigger language plpgsql as $$
    begin
      perform public.announcement_search_rebuild((coalesce(new, old)).subject_id);
      return null;
    end;
    $$
  `.execute(db);
  await sql`create trigger announcement_translation_saved after insert or update on content_translations
    for each row when (new.subject_kind = 'announcement')
    execute function announcement_translation_search()`.execute(db);
  await sql`create trigger announcement_translation_deleted after delete on content_translations
    for each row when (old.subject_kind = 'announcement')
    execute function announcement_translation_search()`.execute(db);
}
