// Issue 22: the welcome names the next Global Call and the next annual training. With three thousand
// events, picking the first of each type meant sorting every scheduled one; this index hands over the
// first upcoming event of a type directly.
import type { Kysely } from "kysely";
import { sql } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create index events_scheduled_by_type on events (type, starts_at) where status = 'scheduled'`.execute(db);
}
