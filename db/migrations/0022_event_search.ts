import { sql, type Kysely } from "kysely";

/**
 * Calendar events become searchable like activities: an expression index over title, then agenda
 * and description (no stored column, so the calendar's own queries are unchanged), and their words
 * join the spelling vocabulary (every signed-in person sees the calendar).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index events_search on events using gin (search_document(language, title, agenda || E'\n' || description))`.execute(db);
  await sql`
    create function event_words() returns trigger language plpgsql as $$
    begin
      perform remember_search_words(new.title || ' ' || new.agenda || ' ' || new.description);
      return null;
    end;
    $$
  `.execute(db);
  await sql`create trigger event_words after insert or update of title, agenda, description on events for each row execute function event_words()`.execute(db);
  await sql`select remember_search_words(title || ' ' || agenda || ' ' || description) from events`.execute(db);
}
