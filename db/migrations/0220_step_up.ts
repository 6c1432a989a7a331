// Step-up: a fresh confirmation of the person before an act of state. A session remembers when it
// last stepped up; an emailed code is minted by the job that sends it and kept only as its hash,
// bound to the session that asked for it, single-use, with a count of wrong tries.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("Session").addColumn("steppedUpAt", "timestamptz").execute();
  await db.schema
    .createTable("step_up_codes")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("session_id", "text", (c) => c.notNull().references("Session.id").onDelete("cascade"))
    .addColumn("code_hash", "text")
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .addColumn("used_at", "timestamptz")
    .execute();
  await db.schema
    .createIndex("step_up_codes_session")
    .on("step_up_codes")
    .columns(["session_id", "created_at"])
    .execute();
}
