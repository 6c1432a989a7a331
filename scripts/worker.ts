// npm run worker: the job worker alone, for production next to one or more web processes.
import "./lib/production-build";
import { startPortalWorker } from "./lib/worker";
import { prepareEnvironment } from "./lib/environment";

const log = (line: string) => console.log(`[worker] ${line}`);
if (!process.env.DATABASE_URL) {
  // The embedded database belongs to `npm start`, which runs the worker itself.
  console.error("npm run worker needs DATABASE_URL (in local mode `npm start` already runs the worker)");
  process.exit(1);
}
const { config } = await prepareEnvironment(log);
const runner = await startPortalWorker(config.DATABASE_URL!, config.WORKER_CONCURRENCY);
log("Worker running");

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log(`${signal} received: stopping`);
  await runner.stop();
  const db = (globalThis as Record<symbol, { destroy(): Promise<void> } | undefined>)[Symbol.for("r2p.db")];
  await db?.destroy().catch(() => {});
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
