import { sql, type Kysely } from "kysely";

/**
 * What each person heard about (the portal's notification centre) and how they want to hear it
 * by email: per category, immediately, in a daily or weekly digest, or not at all.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("notifications")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("category", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    // Rendered in the reader's language when shown, so only the facts are stored.
    .addColumn("params", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("link", "text", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("read_at", "timestamptz")
    // How it goes out by email, decided from the person's preference when it was published.
    .addColumn("email_cadence", "text", (c) =>
      c.notNull().check(sql`email_cadence in ('immediate', 'daily', 'weekly', 'off')`),
    )
    .addColumn("emailed_at", "timestamptz")
    // One occurrence of a thing is told to a person once, however often it is published.
    .addColumn("dedupe_key", "text")
    .execute();
  await db.schema
    .createIndex("notifications_person_index")
    .on("notifications")
    .columns(["person_id", "created_at"])
    .execute();
  await sql`create index notifications_unread_index on notifications (person_id) where read_at is null`.execute(db);
  await sql`create index notifications_digest_index on notifications (email_cadence, person_id)
    where emailed_at is null and email_cadence in ('daily', 'weekly')`.execute(db);
  await sql`create unique index notifications_dedupe_index on notifications (person_id, dedupe_key)
    where dedupe_key is not null`.execute(db);

  await db.schema
    .createTable("notification_preferences")
    .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("category", "text", (c) => c.notNull())
    .addColumn("cadence", "text", (c) => c.notNull().check(sql`cadence in ('immediate', 'daily', 'weekly', 'off')`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("notification_preferences_pkey", ["person_id", "category"])
    .execute();
}
