import { sql } from "kysely";
import { getDb } from "~/lib/db.server";

/** 200 when the database answers, 503 otherwise: for load balancers and uptime checks. */
export async function loader() {
  try {
    await sql`select 1`.execute(getDb());
    return new Response("ok\n", {
      status: 200,
      headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" },
    });
  } catch {
    return new Response("database unavailable\n", {
      status: 503,
      headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" },
    });
  }
}
