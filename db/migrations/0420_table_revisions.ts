// Issue 22: the report to the annual meeting is read from six tables and is the same for every reader of a
// period, yet reading it cost more than the rest of its page. Each table listed here carries a revision that
// moves once per transaction that wrote it, so a page made from those tables can be kept until one of them
// moves (app/lib/revisions.server.ts).
import type { Kysely } from "kysely";
import { sql } from "kysely";

const REVISED = [
  "activities",
  "activity_members",
  "benchmark_reports",
  "benchmarks",
  "content_translations",
  "members",
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  await sql`
    create table table_revisions (
      table_name text primary key,
      revision bigint not null default 0
    )
  `.execute(db);
  // A setting local to the transaction marks the table as counted, so a transaction that writes
  // thousands of rows moves its revision once.
  await sql`
    create function table_revised() returns trigger language plpgsql as $$
    begin
      if current_setting('r2p_revised.' || tg_table_name, true) is distinct from 'yes' then
        perform set_config('r2p_revised.' || tg_table_name, 'yes', true);
        update table_revisions set revision = revision + 1 where table_name = tg_table_name;
      end if;
      return null;
    end;
    $$
  `.execute(db);
  for (const table of REVISED) await keepRevision(db, table);
}

/** Gives `table` a revision that moves once per transaction that writes it (migration 0461 adds more tables). */
export async function keepRevision(db: Kysely<any>, table: string): Promise<void> {
  await sql`insert into table_revisions (table_name) values (${table})`.execute(db);
  // At commit, not at each write: a transaction takes the revision's row lock last and holds it only
  // while it commits, so two transactions writing the same tables in different orders cannot deadlock
  // on it.
  await sql`
    create constraint trigger ${sql.id(`${table}_revised`)} after insert or update or delete on ${sql.id(table)}
    deferrable initially deferred for each row execute function table_revised()
  `.execute(db);
  await sql`
    create trigger ${sql.id(`${table}_truncated`)} after truncate on ${sql.id(table)}
    for each statement execute function table_revised()
  `.execute(db);
}
