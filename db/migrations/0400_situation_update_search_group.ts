// Search finds a situation update only for those who may open its group: with an index on the group,
// Postgres reads just the updates of the person's groups where a query matches thousands of them
// (a phrase, whose every match is checked again in the table: 5,000 updates at ten times today's scale).
import type { Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex("situation_update_search_group_index")
    .on("situation_update_search")
    .column("group_id")
    .execute();
}
