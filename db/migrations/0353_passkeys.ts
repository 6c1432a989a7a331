// Passkeys: each person's WebAuthn credentials (public key and signature counter, never a secret),
// the single-use challenges a ceremony signs, and the network's choice to require passkeys of
// everyone who can sign in a member's name.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("passkeys")
    // The credential's id as the browser gives it (base64url).
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("public_key", "bytea", (c) => c.notNull())
    // A 32-bit unsigned count: more than an integer holds.
    .addColumn("counter", "bigint", (c) => c.notNull().defaultTo(0))
    .addColumn("transports", sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn("backed_up", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("last_used_at", "timestamptz")
    .execute();
  await db.schema.createIndex("passkeys_person").on("passkeys").column("person_id").execute();
  await db.schema
    .createTable("webauthn_challenges")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("challenge", "text", (c) => c.notNull().unique())
    .addColumn("purpose", "text", (c) => c.notNull().check(sql`purpose in ('register', 'sign_in', 'step_up')`))
    // Registration and step-up belong to a signed-in session; a sign-in to nobody yet.
    .addColumn("person_id", "integer", (c) => c.references("people.id").onDelete("cascade"))
    .addColumn("session_id", "text", (c) => c.references("Session.id").onDelete("cascade"))
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .addColumn("used_at", "timestamptz")
    .execute();
  await db.schema
    .alterTable("network_settings")
    .addColumn("require_passkeys", "boolean", (c) => c.notNull().defaultTo(false))
    .execute();
}
