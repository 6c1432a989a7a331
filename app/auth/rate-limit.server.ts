// Fixed-window rate limits kept in Postgres, so they hold across processes and restarts.
import { sql } from "kysely";
import { now as clockNow } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";

export interface Limit {
  max: number;
  windowSeconds: number;
}

/** Counts one attempt for `key`; false when the window's allowance is used up. */
export async function takeToken(db: DB, key: string, limit: Limit, now = clockNow()): Promise<boolean> {
  const windowMs = limit.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const row = await db
    .insertInto("rate_limits")
    .values({ key, window_start: windowStart })
    .onConflict((oc) => oc.columns(["key", "window_start"]).doUpdateSet({ hits: sql`rate_limits.hits + 1` }))
    .returning("hits")
    .executeTakeFirstOrThrow();
  // Now and then, drop windows older than a day: they can no longer limit anything.
  if (Math.random() < 0.01) {
    await db
      .deleteFrom("rate_limits")
      .where("window_start", "<", new Date(now.getTime() - 24 * 60 * 60 * 1000))
      .execute();
  }
  return row.hits <= limit.max;
}
