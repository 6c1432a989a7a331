// The audit log names the session an act came from, and the device it began on: the session row
// itself ends (signed out, idle), the record of where an act of state was done must not.
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("audit_log").addColumn("session_id", "text").addColumn("device", "text").execute();
  await db.schema.createIndex("audit_log_member_at_index").on("audit_log").columns(["member_id", "at"]).execute();
}
