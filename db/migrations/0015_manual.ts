import { sql, type Kysely } from "kysely";

/**
 * The Manual for R2P Focal Points (chapters, sections with every revision, tags), members' best
 * practices, and what search needs: weighted document vectors the database keeps up to date, GIN
 * indexes, and a vocabulary of words (with a trigram index) to correct misspelt queries.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // The text search configuration for a document's language (en, fr, es).
  await sql`
    create function search_config(language text) returns regconfig language sql immutable parallel safe as $$
      select case language when 'fr' then 'french'::regconfig when 'es' then 'spanish'::regconfig
        else 'english'::regconfig end
    $$
  `.execute(db);
  // (Names inside function bodies are schema-qualified: Postgres 17+ builds indexes with a pg_catalog-only
  // search_path.)
  // A document's vector: its title weighs most (A), then markdown headings in its body (B), then the body (C).
  await sql`
    create function search_document(language text, title text, body text) returns tsvector
      language sql immutable parallel safe as $$
      select setweight(to_tsvector(public.search_config(language), title), 'A')
        || setweight(to_tsvector(public.search_config(language), regexp_replace(body, '^(?!#).*$', '', 'gn')), 'B')
        || setweight(to_tsvector(public.search_config(language), body), 'C')
    $$
  `.execute(db);
  // Markdown as plain words, for snippets: no markup characters, link targets dropped.
  await sql`
    create function search_plain(body text) returns text language sql immutable parallel safe as $$
      select regexp_replace(regexp_replace(body, '\\]\\([^)]*\\)', ']', 'g'), '[#*_\x60>|\\[\\]]+', '', 'g')
    $$
  `.execute(db);

  // Words of documents everyone may read, for "Did you mean": never from anything access-restricted.
  await db.schema
    .createTable("search_words")
    .addColumn("word", "text", (c) => c.primaryKey())
    .execute();
  await sql`create index search_words_trgm on search_words using gist (word gist_trgm_ops)`.execute(db);
  await sql`
    create function remember_search_words(content text) returns void language sql as $$
      insert into public.search_words (word)
      select distinct lower(w) from regexp_split_to_table(content, '[^[:alpha:]]+') as w
      where length(w) between 3 and 40
      on conflict do nothing
    $$
  `.execute(db);

  await db.schema
    .createTable("manual_chapters")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("language", "text", (c) =>
      c
        .notNull()
        .defaultTo("en")
        .check(sql`language in ('en', 'fr', 'es')`),
    )
    .execute();

  await db.schema
    .createTable("manual_tags")
    .addColumn("slug", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("manual_sections")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("chapter_id", "integer", (c) => c.notNull().references("manual_chapters.id"))
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("language", "text", (c) =>
      c
        .notNull()
        .defaultTo("en")
        .check(sql`language in ('en', 'fr', 'es')`),
    )
    .addColumn("tags", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("revision", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("search", sql`tsvector`, (c) =>
      c.generatedAlwaysAs(sql`search_document(language, title, body)`).stored(),
    )
    .execute();
  await db.schema
    .createIndex("manual_sections_order_index")
    .on("manual_sections")
    .columns(["chapter_id", "position"])
    .execute();
  await sql`create index manual_sections_search on manual_sections using gin (search)`.execute(db);
  await sql`create index manual_sections_tags on manual_sections using gin (tags)`.execute(db);

  // Every edit of a section, whole, with who, when and why.
  await db.schema
    .createTable("manual_revisions")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("section_id", "integer", (c) => c.notNull().references("manual_sections.id").onDelete("cascade"))
    .addColumn("revision", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("tags", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("note", "text", (c) => c.notNull())
    .addColumn("author_id", "integer", (c) => c.references("people.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("manual_revisions_section_revision", ["section_id", "revision"])
    .execute();

  // A member's best practice: submitted by its focal point, published (or returned) by the secretariat.
  await db.schema
    .createTable("best_practices")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("member_id", "integer", (c) => c.notNull().references("members.id"))
    .addColumn("contributed_by", "integer", (c) => c.references("people.id"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("language", "text", (c) =>
      c
        .notNull()
        .defaultTo("en")
        .check(sql`language in ('en', 'fr', 'es')`),
    )
    .addColumn("tags", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("submitted")
        .check(sql`status in ('submitted', 'published', 'returned')`),
    )
    .addColumn("review_note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("reviewed_by", "integer", (c) => c.references("people.id"))
    .addColumn("submitted_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("published_at", "timestamptz")
    .addColumn("search", sql`tsvector`, (c) =>
      c.generatedAlwaysAs(sql`search_document(language, title, body)`).stored(),
    )
    .execute();
  await db.schema
    .createIndex("best_practices_member_index")
    .on("best_practices")
    .columns(["member_id", "status"])
    .execute();
  await db.schema
    .createIndex("best_practices_status_index")
    .on("best_practices")
    .columns(["status", "published_at"])
    .execute();
  await sql`create index best_practices_search on best_practices using gin (search)`.execute(db);

  // The program of work's activities become searchable without a new column (its queries select every column).
  await sql`create index activities_search
    on activities using gin (search_document(language, title, description))`.execute(db);

  // The vocabulary follows what everyone may read, whatever writes it.
  await sql`
    create function manual_section_words() returns trigger language plpgsql as $$
    begin
      perform remember_search_words(new.title || ' ' || new.body);
      return null;
    end;
    $$
  `.execute(db);
  await sql`create trigger manual_section_words after insert or update of title, body on manual_sections
    for each row execute function manual_section_words()`.execute(db);
  await sql`
    create function best_practice_words() returns trigger language plpgsql as $$
    begin
      if new.status = 'published' then perform remember_search_words(new.title || ' ' || new.body); end if;
      return null;
    end;
    $$
  `.execute(db);
  await sql`create trigger best_practice_words after insert or update on best_practices
    for each row execute function best_practice_words()`.execute(db);
  await sql`
    create function activity_words() returns trigger language plpgsql as $$
    begin
      perform remember_search_words(new.title || ' ' || new.description);
      return null;
    end;
    $$
  `.execute(db);
  await sql`create trigger activity_words after insert or update of title, description on activities
    for each row execute function activity_words()`.execute(db);
  await sql`select remember_search_words(title || ' ' || description) from activities`.execute(db);
}
