// Figures worked out from many rows, kept in this process under a digest of everything they were worked
// out from: while the digest is the same, so are the figures, and the rows need not be read again.
import { createHash } from "node:crypto";
import type { DB } from "./db.server";

/**
 * A store of at most `most` values per database (the tests open several in one process), the oldest
 * dropped first. `inputs` must name everything the value depends on; read them before the rows the
 * value is made from, so that what is kept is never older than its key.
 */
export function keptValues<T>(most: number) {
  const kept = new WeakMap<DB, Map<string, T>>();
  return async function keptValue(db: DB, inputs: unknown, compute: () => Promise<T>): Promise<T> {
    const key = createHash("sha1").update(JSON.stringify(inputs)).digest("base64");
    let forDb = kept.get(db);
    if (!forDb) kept.set(db, (forDb = new Map()));
    const known = forDb.get(key);
    if (known !== undefined) return known;
    const value = await compute();
    forDb.set(key, value);
    // The oldest goes first: a Map keeps its keys in the order they were set.
    if (forDb.size > most) forDb.delete(forDb.keys().next().value!);
    return value;
  };
}
