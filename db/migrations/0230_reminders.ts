// "A reminder to those who have not acted": when each statement or event was last reminded about, so a
// reminder goes out at most once a day whatever the clicks. One row per subject, claimed by an upsert.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("reminders_sent")
    .addColumn("subject_kind", "text", (c) => c.notNull().check(sql`subject_kind in ('statement', 'event')`))
    .addColumn("subject_id", "integer", (c) => c.notNull())
    .addColumn("sent_at", "timestamptz", (c) => c.notNull())
    .addColumn("sent_by", "integer", (c) => c.references("people.id"))
    .addPrimaryKeyConstraint("reminders_sent_pkey", ["subject_kind", "subject_id"])
    .execute();
}
