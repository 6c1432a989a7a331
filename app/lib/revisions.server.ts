// What a kept page is made from, as one text that changes whenever a committed transaction wrote one of
// its tables (migration 0420 moves each revised table's revision at commit).
import type { Database } from "../../db/schema";
import type { DB } from "./db.server";

/**
 * The revisions of `tables`, as one text for a kept value's inputs (keptValues). Read it before the rows, as
 * keptValues asks: rows read afterwards are never older than it. Each table must carry a revision (migration
 * 0420 lists them): one that did not would keep a page unchanged forever, so it is refused.
 */
export async function revisionsOf(db: DB, tables: readonly (keyof Database)[]): Promise<string> {
  const rows = await db
    .selectFrom("table_revisions")
    .select(["table_name", "revision"])
    .where("table_name", "in", tables)
    .orderBy("table_name")
    .execute();
  const missing = tables.filter((table) => !rows.some((row) => row.table_name === table));
  if (missing.length) throw new Error(`No revision is kept for ${missing.join(", ")} (see migration 0420)`);
  return rows.map((row) => `${row.table_name}:${row.revision}`).join(" ");
}
