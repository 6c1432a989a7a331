import { sql, type Kysely } from "kysely";

/**
 * The language of a benchmark's text; and each member's latest report per benchmark, and per-benchmark
 * tallies of those latest statuses, kept by a trigger on every new report (whatever inserts it), so
 * listing the network's progress reads a few rows instead of every report ever made.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // Like activities, a benchmark's text stays in the language it was written in.
  await db.schema
    .alterTable("benchmarks")
    .addColumn("language", "text", (c) =>
      c
        .notNull()
        .defaultTo("en")
        .check(sql`language in ('en', 'fr', 'es')`),
    )
    .execute();

  await db.schema
    .createTable("benchmark_latest")
    .addColumn("benchmark_id", "integer", (c) => c.notNull().references("benchmarks.id").onDelete("cascade"))
    .addColumn("member_id", "integer", (c) => c.notNull().references("members.id"))
    .addColumn("report_id", "integer", (c) => c.notNull().references("benchmark_reports.id").onDelete("cascade"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("reported_on", "date", (c) => c.notNull())
    .addPrimaryKeyConstraint("benchmark_latest_pkey", ["benchmark_id", "member_id"])
    .execute();
  await db.schema.createIndex("benchmark_latest_member_index").on("benchmark_latest").column("member_id").execute();

  await db.schema
    .createTable("benchmark_tallies")
    .addColumn("benchmark_id", "integer", (c) => c.primaryKey().references("benchmarks.id").onDelete("cascade"))
    .addColumn("reported", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("achieved", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("not_applicable", "integer", (c) => c.notNull().defaultTo(0))
    .execute();

  await sql`
    create function benchmark_report_recorded() returns trigger language plpgsql as $$
    declare
      current_latest benchmark_latest%rowtype;
    begin
      insert into benchmark_tallies (benchmark_id) values (new.benchmark_id) on conflict do nothing;
      select * into current_latest from benchmark_latest
        where benchmark_id = new.benchmark_id and member_id = new.member_id for update;
      if not found then
        insert into benchmark_latest values (new.benchmark_id, new.member_id, new.id, new.status, new.reported_on);
        update benchmark_tallies set
          reported = reported + 1,
          achieved = achieved + (new.status = 'achieved')::int,
          not_applicable = not_applicable + (new.status = 'not_applicable')::int
        where benchmark_id = new.benchmark_id;
      elsif (new.reported_on, new.id) > (current_latest.reported_on, current_latest.report_id) then
        update benchmark_latest set report_id = new.id, status = new.status, reported_on = new.reported_on
          where benchmark_id = new.benchmark_id and member_id = new.member_id;
        update benchmark_tallies set
          achieved = achieved + (new.status = 'achieved')::int - (current_latest.status = 'achieved')::int,
          not_applicable = not_applicable + (new.status = 'not_applicable')::int
            - (current_latest.status = 'not_applicable')::int
        where benchmark_id = new.benchmark_id;
      end if;
      return null;
    end;
    $$
  `.execute(db);
  await sql`
    create trigger benchmark_report_recorded after insert on benchmark_reports
    for each row execute function benchmark_report_recorded()
  `.execute(db);

  // Reports made before this migration.
  await sql`
    insert into benchmark_latest
    select distinct on (benchmark_id, member_id) benchmark_id, member_id, id, status, reported_on
    from benchmark_reports order by benchmark_id, member_id, reported_on desc, id desc
  `.execute(db);
  await sql`
    insert into benchmark_tallies (benchmark_id, reported, achieved, not_applicable)
    select b.id, count(l.member_id), count(*) filter (where l.status = 'achieved'),
      count(*) filter (where l.status = 'not_applicable')
    from benchmarks b left join benchmark_latest l on l.benchmark_id = b.id group by b.id
  `.execute(db);
}
