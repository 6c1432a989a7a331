import { sql, type Kysely } from "kysely";

// Frozen: migrations take Kysely<any> and never import the app's types.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);

  // Auth.js tables, exactly as @auth/kysely-adapter expects them.
  await db.schema
    .createTable("User")
    .addColumn("id", "text", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()::text`))
    .addColumn("name", "text")
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("emailVerified", "timestamptz")
    .addColumn("image", "text")
    .execute();
  await db.schema
    .createTable("Account")
    .addColumn("id", "text", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()::text`))
    .addColumn("userId", "text", (c) => c.notNull().references("User.id").onDelete("cascade"))
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("provider", "text", (c) => c.notNull())
    .addColumn("providerAccountId", "text", (c) => c.notNull())
    .addColumn("refresh_token", "text")
    .addColumn("access_token", "text")
    .addColumn("expires_at", "bigint")
    .addColumn("token_type", "text")
    .addColumn("scope", "text")
    .addColumn("id_token", "text")
    .addColumn("session_state", "text")
    .execute();
  await db.schema.createIndex("Account_userId_index").on("Account").column("userId").execute();
  await db.schema
    .createTable("Session")
    .addColumn("id", "text", (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()::text`))
    .addColumn("userId", "text", (c) => c.notNull().references("User.id").onDelete("cascade"))
    .addColumn("sessionToken", "text", (c) => c.notNull().unique())
    .addColumn("expires", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("Session_userId_index").on("Session").column("userId").execute();
  await db.schema
    .createTable("VerificationToken")
    .addColumn("identifier", "text", (c) => c.notNull())
    .addColumn("token", "text", (c) => c.notNull().unique())
    .addColumn("expires", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("VerificationToken_pkey", ["identifier", "token"])
    .execute();

  // The network: one member per state or organisation.
  await db.schema
    .createTable("members")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('state', 'organisation')`))
    .addColumn("regional_group", "text", (c) =>
      c.check(sql`regional_group in ('african', 'asia_pacific', 'eastern_european', 'grulac', 'weog')`),
    )
    .addColumn("capital", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("time_zone", "text", (c) => c.notNull())
    .addColumn("joined_on", "date", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index members_name_trgm on members using gin (name gin_trgm_ops)`.execute(db);

  // People: the network's own record of a person, linked to Auth.js's "User".
  await db.schema
    .createTable("people")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("user_id", "text", (c) => c.notNull().unique().references("User.id").onDelete("restrict"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('secretariat', 'focal_point')`))
    .addColumn("member_id", "integer", (c) => c.references("members.id").onDelete("restrict"))
    .addColumn("is_alternate", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("title", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("ministry", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("time_zone", "text", (c) => c.notNull().defaultTo("UTC"))
    .addColumn("locale", "text", (c) =>
      c
        .notNull()
        .defaultTo("en")
        .check(sql`locale in ('en', 'fr', 'es')`),
    )
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("active")
        .check(sql`status in ('invited', 'active', 'deactivated')`),
    )
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("deactivated_at", "timestamptz")
    .addCheckConstraint(
      "people_role_member",
      sql`(role = 'secretariat' and member_id is null) or (role = 'focal_point' and member_id is not null)`,
    )
    .execute();
  await db.schema.createIndex("people_member_id_index").on("people").column("member_id").execute();
}
