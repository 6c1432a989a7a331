import { sql } from "kysely";
import { getDb } from "~/lib/db.server";

/** A database that takes longer than this to answer `select 1` counts as down. */
const TIMEOUT_MS = 2_000;

/** 200 when the database answers, 503 otherwise: for load balancers and uptime checks. */
export async function loader() {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("no answer in time")), TIMEOUT_MS);
  });
  try {
    await Promise.race([sql`select 1`.execute(getDb()), late]);
    return new Response("ok\n", {
      status: 200,
      headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" },
    });
  } catch {
    return new Response("database unavailable\n", {
      status: 503,
      headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" },
    });
  } finally {
    clearTimeout(timer);
  }
}
