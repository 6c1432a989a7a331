import { sql, type Kysely } from "kysely";

/**
 * Statements become searchable: the database keeps each statement's current text (its paragraphs
 * in order) beside it and a weighted vector of title, topic and occasion, and text. Who may see a
 * statement is decided at query time (app/statements: visibleStatementIds), never here.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("statements")
    .addColumn("body_text", "text", (c) => c.notNull().defaultTo(""))
    .execute();
  await sql`
    create function statement_body_refresh() returns trigger language plpgsql as $$
    declare
      target integer := coalesce(new.statement_id, old.statement_id);
    begin
      update public.statements set body_text = coalesce(
        (select string_agg(p.body, E'\n\n' order by p.position) from public.statement_paragraphs p
         where p.statement_id = target and p.removed_at is null), '')
      where id = target;
      return null;
    end;
    $$
  `.execute(db);
  await sql`create trigger statement_body_refresh after insert or update or delete on statement_paragraphs
    for each row execute function statement_body_refresh()`.execute(db);
  await sql`
    update statements s set body_text = coalesce(
      (select string_agg(p.body, E'\n\n' order by p.position) from statement_paragraphs p
       where p.statement_id = s.id and p.removed_at is null), '')
  `.execute(db);

  // Topic and occasion weigh like headings (search_document gives lines starting with # weight B).
  await db.schema
    .alterTable("statements")
    .addColumn("search", sql`tsvector`, (c) =>
      c
        .generatedAlwaysAs(
          sql`search_document(language, title, '# ' || topic || E'\n# ' || occasion || E'\n' || body_text)`,
        )
        .stored(),
    )
    .execute();
  await sql`create index statements_search on statements using gin (search)`.execute(db);

  // "Did you mean" learns only from what everyone may read: a statement's words once it is published.
  await sql`
    create function statement_words() returns trigger language plpgsql as $$
    begin
      if new.stage = 'published' then perform remember_search_words(new.title || ' ' || new.body_text); end if;
      return null;
    end;
    $$
  `.execute(db);
  await sql`create trigger statement_words after insert or update of stage, body_text on statements
    for each row execute function statement_words()`.execute(db);
  await sql`select remember_search_words(title || ' ' || body_text) from statements where stage = 'published'`.execute(
    db,
  );
}
