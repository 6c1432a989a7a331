// The network's contact list (CSV and vCards) is the same file for every member who downloads it, in a
// language, and is made from every active person: people, their members and their sign-in addresses.
// These tables now carry a revision as migration 0420's do, so the file can be kept until one of them
// is written (app/members/contacts.server.ts).
import type { Kysely } from "kysely";
import { sql } from "kysely";

const REVISED = ["people", "User"] as const;

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of REVISED) {
    await sql`insert into table_revisions (table_name) values (${table})`.execute(db);
    // At commit, as for the tables of migration 0420 (its table_revised() explains why).
    await sql`
      create constraint trigger ${sql.id(`${table}_revised`)} after insert or update or delete on ${sql.id(table)}
      deferrable initially deferred for each row execute function table_revised()
    `.execute(db);
    await sql`
      create trigger ${sql.id(`${table}_truncated`)} after truncate on ${sql.id(table)}
      for each statement execute function table_revised()
    `.execute(db);
  }
}
