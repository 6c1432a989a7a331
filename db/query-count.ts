// Counts SQL statements, for the benchmark's "queries per page" figure: a request's count is the
// difference between the totals when it starts and when its headers go out. That is exact when
// requests come one at a time, as in `npm run bench`; overlapping requests count each other's.
// (An AsyncLocalStorage per request would be exact under any load, but it slowed every request
// by about 0.3 ms through the promise hooks it turns on, so the bench measured a slower server
// than production runs.)
// The total lives on globalThis so the server entry and the Remix build (two module copies) share it.
const key = Symbol.for("r2p.sql-statements");
const globals = globalThis as unknown as Record<symbol, { total: number } | undefined>;
const statements = (globals[key] ??= { total: 0 });

export function countQuery(): void {
  statements.total += 1;
}

/** How many statements have run so far in this process. */
export function queriesSoFar(): number {
  return statements.total;
}
