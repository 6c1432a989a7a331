import { sql, type Kysely } from "kysely";

// Every GIN index search reads.
const SEARCH_INDEXES = [
  "manual_sections_search",
  "manual_sections_tags",
  "best_practices_search",
  "activity_search_index",
  "event_search_index",
];

/**
 * Search reads narrow tables and up-to-date indexes.
 *
 * Statements get a search table of their own, like events and activities: the statements table is
 * wide and rewritten with every paragraph edit, so a search read one page per matching statement.
 * The stage is kept beside the vector, so a published statement is known to be visible without
 * reading the statement; who may see a draft is still decided at query time (app/statements).
 *
 * Every search index is updated in place (fastupdate off). By default new entries wait in a pending
 * list that every search reads through, one by one, until the next vacuum: after a bulk edit that
 * made a search nearly twice as slow. Searches far outnumber edits here.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("statement_search")
    .addColumn("statement_id", "integer", (c) => c.primaryKey().references("statements.id").onDelete("cascade"))
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("stage", "text", (c) => c.notNull())
    .addColumn("search", sql`tsvector`, (c) => c.notNull())
    .execute();
  // Topic and occasion weigh like headings (search_document gives lines starting with # weight B).
  const document = (row: string) => {
    const column = (name: string) => sql.ref(`${row}.${name}`);
    return sql`public.search_document(${column("language")}, ${column("title")},
      '# ' || ${column("topic")} || E'\n# ' || ${column("occasion")} || E'\n' || ${column("body_text")})`;
  };
  await sql`
    create function statement_search_refresh() returns trigger language plpgsql as $$
    begin
      insert into public.statement_search (statement_id, language, stage, search)
      values (new.id, new.language, new.stage, ${document("new")})
      on conflict (statement_id) do update
        set language = excluded.language, stage = excluded.stage, search = excluded.search;
      return null;
    end;
    $$
  `.execute(db);
  await sql`
    create trigger statement_search_refresh
    after insert or update of title, topic, occasion, body_text, language, stage on statements
    for each row execute function statement_search_refresh()
  `.execute(db);
  await sql`insert into statement_search (statement_id, language, stage, search)
    select s.id, s.language, s.stage, ${document("s")} from statements s`.execute(db);
  await sql`create index statement_search_index on statement_search using gin (search) with (fastupdate = off)`.execute(
    db,
  );
  await sql`drop index statements_search`.execute(db);
  await db.schema.alterTable("statements").dropColumn("search").execute();
  // Who takes part in a statement is looked up by member: the drafting group and signatories have an index,
  // the penholder now too.
  await db.schema.createIndex("statements_penholder_index").on("statements").column("penholder_member_id").execute();

  for (const index of SEARCH_INDEXES) {
    await sql`alter index ${sql.id(index)} set (fastupdate = off)`.execute(db);
    await sql`select gin_clean_pending_list(${index}::regclass)`.execute(db);
  }
}
