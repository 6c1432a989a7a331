// What a kept page is made from, as one text that changes whenever a committed transaction wrote one of
// its tables (migration 0420 moves each table's revision at commit).
import type { DB } from "./db.server";

/** The tables whose revision is kept (migration 0420): a page kept by revision reads only these. */
export const REVISED_TABLES = [
  "activities",
  "activity_members",
  "benchmark_reports",
  "benchmarks",
  "content_translations",
  "members",
] as const;

export type RevisedTable = (typeof REVISED_TABLES)[number];

/**
 * The revisions of `tables`, as one text for a kept value's inputs (keptValues). Read it before the
 * rows, as keptValues asks: rows read afterwards are never older than it.
 */
export async function revisionsOf(db: DB, tables: readonly RevisedTable[]): Promise<string> {
  const rows = await db
    .selectFrom("table_revisions")
    .select(["table_name", "revision"])
    .where("table_name", "in", tables)
    .orderBy("table_name")
    .execute();
  return rows.map((row) => `${row.table_name}:${row.revision}`).join(" ");
}
