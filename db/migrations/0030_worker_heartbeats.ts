import { sql, type Kysely } from "kysely";

/**
 * The job worker processes alive now: each says so every few seconds with the ids of its workers,
 * so the jobs locked by a worker that stopped saying so (killed, or its machine gone) can be
 * released to the others instead of staying locked for graphile-worker's four hours.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("worker_heartbeats")
    .addColumn("process_id", "text", (col) => col.primaryKey())
    .addColumn("worker_ids", sql`text[]`, (col) => col.notNull())
    .addColumn("started_at", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .addColumn("last_seen", "timestamptz", (col) => col.notNull().defaultTo(sql`now()`))
    .execute();
}
