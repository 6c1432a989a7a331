import { openDatabase, type DB } from "../../db/connection";
import { getConfig } from "./config.server";

export type { DB } from "../../db/connection";

const key = Symbol.for("r2p.db");
const globals = globalThis as unknown as Record<symbol, DB | undefined>;

/** The process-wide database handle (kept on globalThis so dev rebuilds reuse the pool). */
export function getDb(): DB {
  const url = getConfig().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the portal with `npm start`, which provides one");
  globals[key] ??= openDatabase(url);
  return globals[key]!;
}
