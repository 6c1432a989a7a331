// Issue 22: a training's materials are library files attached to its event; whoever holds a seat
// (and the secretariat) reads them, by the training's own rule (app/library/policy.ts).
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table library_files drop constraint library_files_owner_kind_check`.execute(db);
  await sql`alter table library_files add constraint library_files_owner_kind_check check (owner_kind in (
    'manual_section', 'best_practice', 'activity', 'benchmark_report', 'situation_group', 'annual_meeting',
    'event'))`.execute(db);
}
