// The document library: files attached to a manual section, a best practice, an activity, a benchmark
// report, a situation group or an annual meeting. Who may read a file is decided by its owner, so a
// file names its owner (kind and id) rather than carrying rules of its own. Its bytes live in
// `library_blobs` (one backup holds everything) unless an S3-compatible store is configured; the
// narrow search table follows migrations 0024/0025.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("library_files")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("owner_kind", "text", (c) =>
      c.notNull().check(
        sql`owner_kind in ('manual_section', 'best_practice', 'activity', 'benchmark_report',
            'situation_group', 'annual_meeting')`,
      ),
    )
    .addColumn("owner_id", "integer", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull().check(sql`language in ('en', 'fr', 'es', 'other')`))
    .addColumn("filename", "text", (c) => c.notNull())
    .addColumn("content_type", "text", (c) => c.notNull())
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("storage", "text", (c) => c.notNull().check(sql`storage in ('database', 's3')`))
    .addColumn("storage_key", "text")
    .addColumn("uploaded_by", "integer", (c) => c.references("people.id"))
    .addColumn("uploaded_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("library_files_owner").on("library_files").columns(["owner_kind", "owner_id"]).execute();
  await sql`create index library_files_recent on library_files (uploaded_at desc, id desc)`.execute(db);

  await db.schema
    .createTable("library_blobs")
    .addColumn("file_id", "integer", (c) => c.primaryKey().references("library_files.id").onDelete("cascade"))
    .addColumn("content", "bytea", (c) => c.notNull())
    .execute();

  // A file in another language is searched with the English configuration (stemming aside, its words match).
  await db.schema
    .createTable("library_file_search")
    .addColumn("file_id", "integer", (c) => c.primaryKey().references("library_files.id").onDelete("cascade"))
    .addColumn("owner_kind", "text", (c) => c.notNull())
    .addColumn("owner_id", "integer", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("search", sql`tsvector`, (c) => c.notNull())
    .execute();
  await sql`
    create function library_file_search_refresh() returns trigger language plpgsql as $$
    declare
      searched text := case when new.language in ('en', 'fr', 'es') then new.language else 'en' end;
    begin
      insert into public.library_file_search (file_id, owner_kind, owner_id, language, search)
      values (new.id, new.owner_kind, new.owner_id, searched,
        public.search_document(searched, new.title, new.description))
      on conflict (file_id) do update
        set owner_kind = excluded.owner_kind, owner_id = excluded.owner_id, language = excluded.language,
          search = excluded.search;
      return null;
    end;
    $$
  `.execute(db);
  await sql`
    create trigger library_file_search_refresh
    after insert or update of title, description, language, owner_kind, owner_id on library_files
    for each row execute function library_file_search_refresh()
  `.execute(db);
  await sql`create index library_file_search_index
    on library_file_search using gin (search) with (fastupdate = off)`.execute(db);
}
