// Counts SQL statements per request, for the benchmark's "queries per page" figure.
// The store lives on globalThis so the server entry and the Remix build (two module copies) share it.
import { AsyncLocalStorage } from "node:async_hooks";

interface RequestMetrics {
  queries: number;
}

const key = Symbol.for("r2p.request-metrics");
const globals = globalThis as unknown as Record<symbol, AsyncLocalStorage<RequestMetrics> | undefined>;
const storage: AsyncLocalStorage<RequestMetrics> = (globals[key] ??= new AsyncLocalStorage<RequestMetrics>());

export function withQueryCount<T>(run: (metrics: RequestMetrics) => T): T {
  const metrics: RequestMetrics = { queries: 0 };
  return storage.run(metrics, () => run(metrics));
}

export function countQuery(): void {
  const metrics = storage.getStore();
  if (metrics) metrics.queries += 1;
}
