import { sql, type Kysely } from "kysely";

/**
 * For a benchmark's page: the latest report's note and evidence link kept beside its status, so each
 * member's standing is read from benchmark_latest alone instead of joining every report ever made;
 * and a count of every report made, which changes whenever the network's figures over time may.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("benchmark_latest")
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("evidence_url", "text")
    .execute();
  await db.schema
    .alterTable("benchmark_tallies")
    .addColumn("reports", "integer", (c) => c.notNull().defaultTo(0))
    .execute();

  await sql`
    create or replace function benchmark_report_recorded() returns trigger language plpgsql as $$
    declare
      current_latest benchmark_latest%rowtype;
    begin
      insert into benchmark_tallies (benchmark_id, reports) values (new.benchmark_id, 1)
        on conflict (benchmark_id) do update set reports = benchmark_tallies.reports + 1;
      select * into current_latest from benchmark_latest
        where benchmark_id = new.benchmark_id and member_id = new.member_id for update;
      if not found then
        insert into benchmark_latest (benchmark_id, member_id, report_id, status, reported_on, note, evidence_url)
          values (new.benchmark_id, new.member_id, new.id, new.status, new.reported_on, new.note, new.evidence_url);
        update benchmark_tallies set
          reported = reported + 1,
          achieved = achieved + (new.status = 'achieved')::int,
          not_applicable = not_applicable + (new.status = 'not_applicable')::int
        where benchmark_id = new.benchmark_id;
      elsif (new.reported_on, new.id) > (current_latest.reported_on, current_latest.report_id) then
        update benchmark_latest set report_id = new.id, status = new.status, reported_on = new.reported_on,
            note = new.note, evidence_url = new.evidence_url
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
    update benchmark_latest l set note = r.note, evidence_url = r.evidence_url
    from benchmark_reports r where r.id = l.report_id
  `.execute(db);
  await sql`
    update benchmark_tallies t
    set reports = (select count(*) from benchmark_reports r where r.benchmark_id = t.benchmark_id)
  `.execute(db);
}
