import { sql, type Kysely } from "kysely";

/**
 * Search in English, French and Spanish.
 *
 * Accents: each language's text search configuration runs the `unaccent` dictionary before its
 * stemmer, so "prevencion" finds "prevención" and "prévention" finds "prevention". (`unaccent()` the
 * function is not immutable and cannot sit in a stored vector; a dictionary inside a configuration can.)
 *
 * Translations: each search table holds one row per document and language, the original's and one per
 * translation (content_translations), so a document is found in every language it exists in. A
 * table is rebuilt for a document by one function, called by the triggers on the original and on its
 * translations. Best practices get a narrow table like the others (their vector leaves the wide row).
 *
 * "Did you mean" learns each word with its language, so a query is corrected from its reader's
 * language first; and with its unaccented spelling, so a word typed without accents counts as known.
 * fuzzystrmatch's edit distance keeps corrections to typos ("minutes" is not a misspelt "ministries",
 * though they share a third of their trigrams).
 */

interface SearchedKind {
  /** content_translations.subject_kind */
  kind: string;
  /** The table of originals, and the search table with its key column. */
  table: string;
  searchTable: string;
  key: string;
  /** Columns copied from the original beside the vector (for filters). */
  extra: string[];
  /** The original's translatable fields: the first is the title, the others make the body. */
  fields: string[];
}

const KINDS: SearchedKind[] = [
  {
    kind: "manual_section",
    table: "manual_sections",
    searchTable: "manual_section_search",
    key: "section_id",
    extra: ["tags"],
    fields: ["title", "body"],
  },
  {
    kind: "best_practice",
    table: "best_practices",
    searchTable: "best_practice_search",
    key: "best_practice_id",
    extra: ["member_id", "status", "tags"],
    fields: ["title", "body"],
  },
  {
    kind: "activity",
    table: "activities",
    searchTable: "activity_search",
    key: "activity_id",
    extra: [],
    fields: ["title", "description"],
  },
  {
    kind: "event",
    table: "events",
    searchTable: "event_search",
    key: "event_id",
    extra: [],
    fields: ["title", "agenda", "description"],
  },
];

/** The body of a document from its fields (as columns of `row`), one per line, missing ones empty. */
const bodyOf = (fields: string[], row: string) =>
  fields
    .slice(1)
    .map((field) => `coalesce(${row}.${field}, '')`)
    .join(` || E'\\n' || `);

function rebuildFunction({ kind, table, searchTable, key, extra, fields }: SearchedKind) {
  const extraColumns = extra.map((column) => `, ${column}`).join("");
  const extraValues = extra.map((column) => `, o.${column}`).join("");
  const perField = fields.map((field) => `max(t.text) filter (where t.field = '${field}') as ${field}`).join(", ");
  return sql.raw(`
    create function public.${searchTable}_rebuild(subject integer) returns void language sql as $$
      delete from public.${searchTable} where ${key} = subject;
      insert into public.${searchTable} (${key}, language${extraColumns}, search)
      select o.id, o.language${extraValues}, public.search_document(o.language, o.${fields[0]}, ${bodyOf(fields, "o")})
      from public.${table} o where o.id = subject
      union all
      select o.id, t.locale${extraValues},
        public.search_document(t.locale, coalesce(t.${fields[0]}, ''), ${bodyOf(fields, "t")})
      from public.${table} o
      join (select t.locale, ${perField} from public.content_translations t
        where t.subject_kind = '${kind}' and t.subject_id = subject group by t.locale) t on t.locale <> o.language
      where o.id = subject;
    $$
  `);
}

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create extension if not exists unaccent with schema public`.execute(db);
  await sql`create extension if not exists fuzzystrmatch with schema public`.execute(db);
  for (const [code, config] of [
    ["en", "english"],
    ["fr", "french"],
    ["es", "spanish"],
  ] as const) {
    const name = sql.id("public", `${code}_unaccent`);
    await sql`create text search configuration ${name} (copy = ${sql.id("pg_catalog", config)})`.execute(db);
    // Words with non-ASCII letters (the only ones with accents) lose them before stemming.
    await sql`alter text search configuration ${name} alter mapping for hword, hword_part, word
      with public.unaccent, ${sql.raw(`${config}_stem`)}`.execute(db);
  }
  await sql`
    create or replace function search_config(language text) returns regconfig language sql immutable parallel safe as $$
      select case language when 'fr' then 'public.fr_unaccent'::regconfig when 'es' then 'public.es_unaccent'::regconfig
        else 'public.en_unaccent'::regconfig end
    $$
  `.execute(db);

  // Best practices: a narrow search table like the other kinds, with what the readability rule needs.
  await db.schema.alterTable("best_practices").dropColumn("search").execute();
  await db.schema
    .createTable("best_practice_search")
    .addColumn("best_practice_id", "integer", (c) => c.notNull().references("best_practices.id").onDelete("cascade"))
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("member_id", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("tags", sql`text[]`, (c) => c.notNull())
    .addColumn("search", sql`tsvector`, (c) => c.notNull())
    .addPrimaryKeyConstraint("best_practice_search_pkey", ["best_practice_id", "language"])
    .execute();
  await sql`create index best_practice_search_index
    on best_practice_search using gin (search) with (fastupdate = off)`.execute(db);

  // One row per document and language.
  for (const { searchTable, key } of KINDS.filter((kind) => kind.kind !== "best_practice")) {
    await sql`alter table ${sql.id(searchTable)} drop constraint ${sql.id(`${searchTable}_pkey`)}`.execute(db);
    await sql`alter table ${sql.id(searchTable)} add primary key (${sql.id(key)}, language)`.execute(db);
  }
  await sql`drop trigger manual_section_search_refresh on manual_sections`.execute(db);
  await sql`drop trigger activity_search_refresh on activities`.execute(db);
  await sql`drop trigger event_search_refresh on events`.execute(db);
  await sql`drop function manual_section_search_refresh(), activity_search_refresh(), event_search_refresh()`.execute(
    db,
  );

  // The vocabulary, by language.
  await sql`drop function remember_search_words(text) cascade`.execute(db);
  await sql`truncate search_words`.execute(db);
  await sql`alter table search_words drop constraint search_words_pkey`.execute(db);
  await db.schema
    .alterTable("search_words")
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("bare", "text", (c) => c.notNull())
    .execute();
  await sql`alter table search_words add primary key (word, language)`.execute(db);
  await sql`create index search_words_bare on search_words (bare)`.execute(db);
  for (const code of ["en", "fr", "es"]) {
    await sql`create index ${sql.id(`search_words_trgm_${code}`)} on search_words using gist (word gist_trgm_ops)
      where language = ${sql.lit(code)}`.execute(db);
  }
  await sql`
    create function remember_search_words(content text, language text) returns void language sql as $$
      insert into public.search_words (word, language, bare)
      select distinct lower(w), language, public.unaccent('public.unaccent'::regdictionary, lower(w))
      from regexp_split_to_table(content, '[^[:alpha:]]+') as w
      where length(w) between 3 and 40
      on conflict do nothing
    $$
  `.execute(db);

  for (const kind of KINDS) {
    await rebuildFunction(kind).execute(db);
    const watched = [...kind.fields, "language", ...kind.extra].join(", ");
    await sql
      .raw(
        `
      create function public.${kind.searchTable}_refresh() returns trigger language plpgsql as $$
      begin
        perform public.${kind.searchTable}_rebuild(new.id);
        return null;
      end;
      $$
    `,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger ${kind.searchTable}_refresh after insert or update of ${watched} on ${kind.table}
      for each row execute function public.${kind.searchTable}_refresh()`,
      )
      .execute(db);
  }

  // What everyone may read feeds "Did you mean", in its language: published statements and best
  // practices (with their translations), and the manual, the program of work and the calendar.
  const publicWords = {
    manual_section: "new.title || ' ' || new.body",
    activity: "new.title || ' ' || new.description",
    event: "new.title || ' ' || new.agenda || ' ' || new.description",
  };
  for (const [kind, text] of Object.entries(publicWords)) {
    const name = `${kind}_words`;
    await sql.raw(`drop trigger if exists ${name} on ${KINDS.find((k) => k.kind === kind)!.table}`).execute(db);
    await sql
      .raw(
        `
      create or replace function public.${name}() returns trigger language plpgsql as $$
      begin
        perform public.remember_search_words(${text}, new.language);
        return null;
      end;
      $$
    `,
      )
      .execute(db);
    const { table, fields } = KINDS.find((k) => k.kind === kind)!;
    await sql
      .raw(
        `create trigger ${name} after insert or update of ${fields.join(", ")}, language on ${table}
      for each row execute function public.${name}()`,
      )
      .execute(db);
  }
  await sql`
    create or replace function best_practice_words() returns trigger language plpgsql as $$
    begin
      if new.status = 'published' then
        perform public.remember_search_words(new.title || ' ' || new.body, new.language);
        perform public.remember_search_words(t.text, t.locale) from public.content_translations t
          where t.subject_kind = 'best_practice' and t.subject_id = new.id;
      end if;
      return null;
    end;
    $$
  `.execute(db);
  await sql`drop trigger if exists best_practice_words on best_practices`.execute(db);
  await sql`create trigger best_practice_words after insert or update on best_practices
    for each row execute function best_practice_words()`.execute(db);
  await sql`
    create or replace function statement_words() returns trigger language plpgsql as $$
    begin
      if new.stage = 'published' then
        perform public.remember_search_words(new.title || ' ' || new.body_text, new.language);
      end if;
      return null;
    end;
    $$
  `.execute(db);
  await sql`drop trigger if exists statement_words on statements`.execute(db);
  await sql`create trigger statement_words after insert or update of stage, body_text on statements
    for each row execute function statement_words()`.execute(db);

  // A translation changes its document's search rows, and (for what everyone reads) the vocabulary.
  const dispatch = KINDS.map(
    ({ kind, searchTable }) => `when '${kind}' then perform public.${searchTable}_rebuild(subject.subject_id);`,
  ).join("\n        ");
  await sql
    .raw(
      `
    create function public.content_translation_search() returns trigger language plpgsql as $$
    declare
      subject public.content_translations;
    begin
      subject := coalesce(new, old);
      case subject.subject_kind
        ${dispatch}
        else null;
      end case;
      if tg_op <> 'DELETE' and (new.subject_kind in ('manual_section', 'activity', 'event')
        or (new.subject_kind = 'best_practice' and exists (
          select 1 from public.best_practices bp where bp.id = new.subject_id and bp.status = 'published'))) then
        perform public.remember_search_words(new.text, new.locale);
      end if;
      return null;
    end;
    $$
  `,
    )
    .execute(db);
  await sql`create trigger content_translation_search after insert or update or delete on content_translations
    for each row execute function content_translation_search()`.execute(db);

  // Everything again, with the new configurations.
  for (const { searchTable, table } of KINDS) {
    await sql.raw(`truncate ${searchTable}`).execute(db);
    await sql.raw(`select public.${searchTable}_rebuild(id) from ${table}`).execute(db);
  }
  await sql`
    update statement_search x
    set search = public.search_document(s.language, s.title,
      '# ' || s.topic || E'\n# ' || s.occasion || E'\n' || s.body_text)
    from statements s where s.id = x.statement_id
  `.execute(db);
  await sql`
    select remember_search_words(title || ' ' || body, language) from manual_sections
    union all select remember_search_words(title || ' ' || description, language) from activities
    union all select remember_search_words(title || ' ' || agenda || ' ' || description, language) from events
    union all select remember_search_words(title || ' ' || body_text, language) from statements
      where stage = 'published'
    union all select remember_search_words(title || ' ' || body, language) from best_practices
      where status = 'published'
  `.execute(db);
  for (const table of ["manual_section_search", "activity_search", "event_search", "statement_search"]) {
    await sql`analyze ${sql.id(table)}`.execute(db);
  }
}
