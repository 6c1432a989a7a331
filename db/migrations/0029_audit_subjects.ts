// Every command records its audit entry: the thing it acted on (a statement, an event, a benchmark
// report...) is named by kind and id, so a member's page can list what was done in its name.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("audit_log")
    .addColumn("subject_kind", "text")
    .addColumn("subject_id", "integer")
    .execute();
  await sql`create index audit_log_member_index on audit_log (member_id, at desc) where member_id is not null`.execute(
    db,
  );
  await sql`create index audit_log_subject_index on audit_log (subject_kind, subject_id)
    where subject_id is not null`.execute(db);
}
