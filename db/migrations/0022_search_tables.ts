import { sql, type Kysely } from "kysely";

/**
 * Calendar events become searchable, and activities get a stored vector instead of one computed
 * per row at query time: each a weighted vector (title, then the rest) kept by the database in a
 * table of its own, so the features' own queries never carry it. Event words join the spelling
 * vocabulary (every signed-in person sees the calendar; activity words already do).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`drop index activities_search`.execute(db);
  await db.schema
    .createTable("activity_search")
    .addColumn("activity_id", "integer", (c) => c.primaryKey().references("activities.id").onDelete("cascade"))
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("search", sql`tsvector`, (c) => c.notNull())
    .execute();
  await sql`create index activity_search_index on activity_search using gin (search)`.execute(db);
  await sql`
    create function activity_search_refresh() returns trigger language plpgsql as $$
    begin
      insert into public.activity_search (activity_id, language, search)
      values (new.id, new.language, public.search_document(new.language, new.title, new.description))
      on conflict (activity_id) do update set language = excluded.language, search = excluded.search;
      return null;
    end;
    $$
  `.execute(db);
  await sql`create trigger activity_search_refresh after insert or update of title, description, language on activities
    for each row execute function activity_search_refresh()`.execute(db);
  await sql`insert into activity_search (activity_id, language, search)
    select id, language, search_document(language, title, description) from activities`.execute(db);

  await db.schema
    .createTable("event_search")
    .addColumn("event_id", "integer", (c) => c.primaryKey().references("events.id").onDelete("cascade"))
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("search", sql`tsvector`, (c) => c.notNull())
    .execute();
  await sql`create index event_search_index on event_search using gin (search)`.execute(db);
  await sql`
    create function event_search_refresh() returns trigger language plpgsql as $$
    begin
      insert into public.event_search (event_id, language, search)
      values (new.id, new.language,
        public.search_document(new.language, new.title, new.agenda || E'\n' || new.description))
      on conflict (event_id) do update set language = excluded.language, search = excluded.search;
      perform public.remember_search_words(new.title || ' ' || new.agenda || ' ' || new.description);
      return null;
    end;
    $$
  `.execute(db);
  await sql`create trigger event_search_refresh after insert or update of title, agenda, description, language on events
    for each row execute function event_search_refresh()`.execute(db);
  await sql`
    insert into event_search (event_id, language, search)
    select id, language, search_document(language, title, agenda || E'\n' || description) from events
  `.execute(db);
  await sql`select remember_search_words(title || ' ' || agenda || ' ' || description) from events`.execute(db);
}
