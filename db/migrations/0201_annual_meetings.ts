// The annual-meeting cycle: each annual meeting of the network (dates, host, where), its outcome
// document (a library file attached to the meeting) and its recommendations, each linked to the
// activities and benchmarks of the program of work that answer it.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("annual_meetings")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("city", "text", (c) => c.notNull())
    .addColumn("starts_on", "date", (c) => c.notNull())
    .addColumn("ends_on", "date", (c) => c.notNull())
    .addColumn("host_member_id", "integer", (c) => c.notNull().references("members.id"))
    .addColumn("summary", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("language", "text", (c) => c.notNull().check(sql`language in ('en', 'fr', 'es')`))
    // Set once the file is in the library, attached to this meeting (library_files has no owner key to point back).
    .addColumn("outcome_file_id", "integer", (c) => c.references("library_files.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull())
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .addCheckConstraint("annual_meetings_dates", sql`ends_on >= starts_on`)
    .execute();
  await sql`create index annual_meetings_recent on annual_meetings (starts_on desc, id desc)`.execute(db);

  await db.schema
    .createTable("annual_meeting_recommendations")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("meeting_id", "integer", (c) => c.notNull().references("annual_meetings.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("category", "text", (c) =>
      c.notNull().check(sql`category in ('national', 'international', 'global_network')`),
    )
    .addColumn("text", "text", (c) => c.notNull())
    .addUniqueConstraint("annual_meeting_recommendations_order", ["meeting_id", "position"])
    .execute();

  await db.schema
    .createTable("recommendation_activities")
    .addColumn("recommendation_id", "integer", (c) =>
      c.notNull().references("annual_meeting_recommendations.id").onDelete("cascade"),
    )
    .addColumn("activity_id", "integer", (c) => c.notNull().references("activities.id"))
    .addPrimaryKeyConstraint("recommendation_activities_pk", ["recommendation_id", "activity_id"])
    .execute();
  await db.schema
    .createTable("recommendation_benchmarks")
    .addColumn("recommendation_id", "integer", (c) =>
      c.notNull().references("annual_meeting_recommendations.id").onDelete("cascade"),
    )
    .addColumn("benchmark_id", "integer", (c) => c.notNull().references("benchmarks.id"))
    .addPrimaryKeyConstraint("recommendation_benchmarks_pk", ["recommendation_id", "benchmark_id"])
    .execute();
}
