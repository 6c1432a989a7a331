import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  // The program of work: activities grouped as National, International or Global Network.
  await db.schema
    .createTable("activities")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("language", "text", (c) =>
      c
        .notNull()
        .defaultTo("en")
        .check(sql`language in ('en', 'fr', 'es')`),
    )
    .addColumn("category", "text", (c) =>
      c.notNull().check(sql`category in ('national', 'international', 'global_network')`),
    )
    .addColumn("status", "text", (c) =>
      c.notNull().check(sql`status in ('proposed', 'planned', 'in_progress', 'done', 'dropped')`),
    )
    .addColumn("start_on", "date")
    .addColumn("due_on", "date")
    .addColumn("proposed_by", "integer", (c) => c.references("people.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("archived_at", "timestamptz")
    .execute();
  await db.schema
    .createIndex("activities_listing_index")
    .on("activities")
    .columns(["archived_at", "category", "status"])
    .execute();

  await db.schema
    .createTable("activity_members")
    .addColumn("activity_id", "integer", (c) => c.notNull().references("activities.id").onDelete("cascade"))
    .addColumn("member_id", "integer", (c) => c.notNull().references("members.id"))
    .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('lead', 'participant')`))
    .addPrimaryKeyConstraint("activity_members_pkey", ["activity_id", "member_id"])
    .execute();
  await db.schema.createIndex("activity_members_member_index").on("activity_members").column("member_id").execute();

  // Who changed what on an activity, and when: [{ field, from, to }, ...].
  await db.schema
    .createTable("activity_changes")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("activity_id", "integer", (c) => c.notNull().references("activities.id").onDelete("cascade"))
    .addColumn("person_id", "integer", (c) => c.references("people.id"))
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("kind", "text", (c) =>
      c.notNull().check(sql`kind in ('proposed', 'created', 'updated', 'approved', 'archived')`),
    )
    .addColumn("changes", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .execute();
  await db.schema
    .createIndex("activity_changes_activity_index")
    .on("activity_changes")
    .columns(["activity_id", "at"])
    .execute();

  // A benchmark: a collective target the members reach together.
  await db.schema
    .createTable("benchmarks")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("measure", "text", (c) => c.notNull())
    .addColumn("target_kind", "text", (c) => c.notNull().check(sql`target_kind in ('count', 'share')`))
    .addColumn("target_value", "integer", (c) => c.notNull().check(sql`target_value > 0`))
    .addColumn("set_on", "date", (c) => c.notNull())
    .addColumn("deadline", "date", (c) => c.notNull())
    .addColumn("activity_id", "integer", (c) => c.references("activities.id").onDelete("set null"))
    .addColumn("created_by", "integer", (c) => c.references("people.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("benchmarks_share_percent", sql`target_kind = 'count' or target_value <= 100`)
    .addCheckConstraint("benchmarks_deadline_after_set", sql`deadline > set_on`)
    .execute();

  // Every report a member makes is kept; the latest one counts.
  await db.schema
    .createTable("benchmark_reports")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("benchmark_id", "integer", (c) => c.notNull().references("benchmarks.id").onDelete("cascade"))
    .addColumn("member_id", "integer", (c) => c.notNull().references("members.id"))
    .addColumn("status", "text", (c) =>
      c.notNull().check(sql`status in ('not_started', 'in_progress', 'achieved', 'not_applicable')`),
    )
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("evidence_url", "text")
    .addColumn("reported_on", "date", (c) => c.notNull())
    .addColumn("reported_by", "integer", (c) => c.references("people.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index benchmark_reports_latest_index
    on benchmark_reports (benchmark_id, member_id, reported_on desc, id desc)`.execute(db);
}
