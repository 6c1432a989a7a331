import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("people")
    .addColumn("invited_at", "timestamptz")
    .addColumn("activated_at", "timestamptz")
    .execute();
  await sql`update people set activated_at = created_at where status = 'active'`.execute(db);

  // An invitation brings a person into the network; with handover_from it also hands over a member's seat.
  await db.schema
    .createTable("invitations")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("invited_by", "integer", (c) => c.references("people.id"))
    .addColumn("handover_from", "integer", (c) => c.references("people.id"))
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("accepted_at", "timestamptz")
    .addColumn("revoked_at", "timestamptz")
    .execute();
  await db.schema.createIndex("invitations_person_id_index").on("invitations").column("person_id").execute();

  // Fixed-window counters shared by every process (sign-in requests per address and per client IP).
  await db.schema
    .createTable("rate_limits")
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("window_start", "timestamptz", (c) => c.notNull())
    .addColumn("hits", "integer", (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint("rate_limits_pkey", ["key", "window_start"])
    .execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("actor_id", "integer", (c) => c.references("people.id"))
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("person_id", "integer", (c) => c.references("people.id"))
    .addColumn("member_id", "integer", (c) => c.references("members.id"))
    .addColumn("details", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("ip", "text")
    .execute();
  await db.schema.createIndex("audit_log_at_index").on("audit_log").column("at").execute();

  // Every email the portal sends, with how it went; in local mode this table is the dev outbox.
  await db.schema
    .createTable("emails")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("recipient", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("purpose", "text", (c) => c.notNull())
    .addColumn("html", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("transport", "text", (c) => c.notNull().check(sql`transport in ('outbox', 'resend')`))
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('sent', 'failed')`))
    .addColumn("provider_id", "text")
    .addColumn("error", "text")
    .execute();
  await db.schema.createIndex("emails_recipient_index").on("emails").columns(["recipient", "created_at"]).execute();
}
