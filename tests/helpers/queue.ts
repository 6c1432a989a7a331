// Waiting for the job queue instead of sleeping: to prove that something did NOT happen (no second
// email, no reminder), wait until the worker has nothing due or running, then look.
import { sql } from "kysely";
import type { DB } from "../../db/connection";

/** Resolves once no job is due or running (failed jobs waiting for a later retry do not count). */
export async function queueDrained(db: DB, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await sql<{ busy: number }>`
      select count(*)::int as busy from graphile_worker._private_jobs
      where (locked_at is not null or run_at <= now()) and attempts < max_attempts`.execute(db);
    if (rows[0]!.busy === 0) return;
    if (Date.now() > deadline) throw new Error(`The job queue still had ${rows[0]!.busy} jobs after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
