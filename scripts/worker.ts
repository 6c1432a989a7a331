// npm run worker: the job worker alone, for production next to one or more web processes.
import "./lib/production-build";
import { stopOnSignals, surviveDatabaseOutages } from "./lib/lifecycle";
import { startPortalWorker } from "./lib/worker";
import { prepareEnvironment } from "./lib/environment";
import { prepareDatabase } from "./lib/setup";

const log = (line: string) => console.log(`[worker] ${line}`);
if (!process.env.DATABASE_URL) {
  // The embedded database belongs to `npm start`, which runs the worker itself.
  console.error("npm run worker needs DATABASE_URL (in local mode `npm start` already runs the worker)");
  process.exit(1);
}
surviveDatabaseOutages(log);
const { config } = await prepareEnvironment(log);
// A worker may start before any web process on a new version: it migrates too (never seeds).
await prepareDatabase(config.DATABASE_URL!, { seed: false, log });
const worker = await startPortalWorker({
  connectionString: config.DATABASE_URL!,
  concurrency: config.WORKER_CONCURRENCY,
  heartbeatSeconds: config.WORKER_HEARTBEAT_SECONDS,
  log,
});
log("Worker running");

stopOnSignals(log, async () => {
  await worker.stop();
  const db = (globalThis as Record<symbol, { destroy(): Promise<void> } | undefined>)[Symbol.for("r2p.db")];
  await db?.destroy().catch(() => {});
});
