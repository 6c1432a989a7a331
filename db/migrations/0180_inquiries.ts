// Asking the secretariat: a member's inquiry or project proposal, or a visitor's question about
// joining the network from the public site, each tracked until answered. Events gain a public flag:
// the secretariat chooses which ones anonymous visitors see.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("inquiries")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('inquiry', 'project_proposal', 'membership')`))
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("received")
        .check(sql`status in ('received', 'in_progress', 'answered')`),
    )
    // A member's inquiry: the member it is asked for and who asked. A visitor's: their own details.
    .addColumn("member_id", "integer", (c) => c.references("members.id"))
    .addColumn("asked_by", "integer", (c) => c.references("people.id"))
    .addColumn("contact_name", "text")
    .addColumn("contact_email", "text")
    .addColumn("contact_organisation", "text")
    .addColumn("locale", "text", (c) => c.notNull().check(sql`locale in ('en', 'fr', 'es')`))
    .addColumn("answer", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("answered_by", "integer", (c) => c.references("people.id"))
    .addColumn("answered_at", "timestamptz")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      "inquiries_asker",
      sql`(kind = 'membership') = (member_id is null and asked_by is null and contact_email is not null)`,
    )
    .execute();
  // The secretariat's queue (by status, newest first) and a member's own list.
  await db.schema.createIndex("inquiries_queue").on("inquiries").columns(["status", "created_at"]).execute();
  await db.schema.createIndex("inquiries_member").on("inquiries").columns(["member_id", "created_at"]).execute();

  await db.schema
    .alterTable("events")
    .addColumn("public", "boolean", (c) => c.notNull().defaultTo(false))
    .execute();
  await sql`create index events_public on events (starts_at) where public and status = 'scheduled'`.execute(db);
}
