import { sql, type Kysely } from "kysely";

/**
 * Content in three languages: one row per translated field of a thing (a manual section's title, a
 * benchmark's measure...) in one language other than its original's. Each row keeps the original
 * text it was made from, so "translation outdated" is that text differing from the original now, and
 * what changed is the difference between the two; and a revision, so a save based on an older one is
 * refused instead of overwriting someone else's work.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("content_translations")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("subject_kind", "text", (c) => c.notNull())
    .addColumn("subject_id", "integer", (c) => c.notNull())
    .addColumn("field", "text", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull().check(sql`locale in ('en', 'fr', 'es')`))
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("source_text", "text", (c) => c.notNull())
    .addColumn("revision", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("translated_by", "integer", (c) => c.references("people.id"))
    .addColumn("translated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint("content_translations_field_locale", ["subject_kind", "subject_id", "field", "locale"])
    .execute();
  // The unique constraint's index serves lookups by (subject_kind, subject_id), its leading columns.
}
