// The secretariat's review of a proposed activity becomes a loop, as for best practices: a proposal
// may be returned to its member with a note saying what to change, revised, and resubmitted.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("activities")
    .addColumn("review_note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("reviewed_by", "integer", (c) => c.references("people.id"))
    .execute();
  await sql`alter table activities drop constraint activities_status_check`.execute(db);
  await sql`alter table activities add constraint activities_status_check
    check (status in ('proposed', 'returned', 'planned', 'in_progress', 'done', 'dropped'))`.execute(db);
  await sql`alter table activity_changes drop constraint activity_changes_kind_check`.execute(db);
  await sql`alter table activity_changes add constraint activity_changes_kind_check
    check (kind in ('proposed', 'created', 'updated', 'approved', 'returned', 'resubmitted', 'archived'))`.execute(db);
}
