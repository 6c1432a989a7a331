import { sql, type Kysely } from "kysely";

/**
 * Manual sections get a search table of their own, as statements, events and activities have: a
 * section's row carries its whole text, so ranking a common word's three hundred matches read
 * two hundred wide pages (half the time of the manual's part of a search). The vector moves out
 * of manual_sections; the tags come along, for search's tag filter.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("manual_section_search")
    .addColumn("section_id", "integer", (c) => c.primaryKey().references("manual_sections.id").onDelete("cascade"))
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("tags", sql`text[]`, (c) => c.notNull())
    .addColumn("search", sql`tsvector`, (c) => c.notNull())
    .execute();
  await sql`
    create function manual_section_search_refresh() returns trigger language plpgsql as $$
    begin
      insert into public.manual_section_search (section_id, language, tags, search)
      values (new.id, new.language, new.tags, public.search_document(new.language, new.title, new.body))
      on conflict (section_id) do update
        set language = excluded.language, tags = excluded.tags, search = excluded.search;
      return null;
    end;
    $$
  `.execute(db);
  await sql`
    create trigger manual_section_search_refresh
    after insert or update of title, body, language, tags on manual_sections
    for each row execute function manual_section_search_refresh()
  `.execute(db);
  await sql`
    insert into manual_section_search (section_id, language, tags, search)
    select id, language, tags, search_document(language, title, body) from manual_sections
  `.execute(db);
  await sql`create index manual_section_search_index
    on manual_section_search using gin (search) with (fastupdate = off)`.execute(db);
  await sql`drop index manual_sections_search`.execute(db);
  await db.schema.alterTable("manual_sections").dropColumn("search").execute();
}
