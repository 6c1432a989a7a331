// The portal's one server entry: `npm start` (and `npm run dev`, which rebuilds and reloads).
import "./lib/production-build";
import { existsSync, watch } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { broadcastDevReady, type ServerBuild } from "@remix-run/node";
import { ConfigError } from "../app/lib/config.server";
import { prepareEnvironment } from "./lib/environment";
import { createHttpApp } from "./lib/http";
import { stopOnSignals, surviveDatabaseOutages } from "./lib/lifecycle";
import { prepareDatabase } from "./lib/setup";
import { startPortalWorker } from "./lib/worker";

const started = Date.now();
const log = (line: string) => console.log(`[portal] ${line}`);
surviveDatabaseOutages(log);

const { config, cluster } = await prepareEnvironment(log);

// Migrate at every start; seed only the first time, so a second start keeps what people did. Local
// mode seeds the demo network; production only the members, the manual and its first secretariat.
try {
  await prepareDatabase(config.DATABASE_URL!, {
    seed:
      config.PORTAL_MODE === "local"
        ? "demo"
        : {
            secretariat: config.FIRST_SECRETARIAT_EMAIL
              ? { email: config.FIRST_SECRETARIAT_EMAIL, name: config.FIRST_SECRETARIAT_NAME }
              : null,
          },
    log,
  });
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  await cluster?.stop();
  process.exit(1);
}

// The job worker runs in this process unless WORKER=off (then `npm run worker` runs it apart).
const worker =
  config.WORKER === "on"
    ? await startPortalWorker({
        connectionString: config.DATABASE_URL!,
        concurrency: config.WORKER_CONCURRENCY,
        heartbeatSeconds: config.WORKER_HEARTBEAT_SECONDS,
        log: (line) => console.log(`[worker] ${line}`),
      })
    : null;
if (worker) log("Job worker running in-process");
// If the embedded Postgres dies, it is started again; the pools reconnect by themselves.
cluster?.keepAlive();

const buildPath = path.resolve("build/index.js");
if (!existsSync(buildPath)) {
  console.error("No Remix build found: run `npm run build` first (npm start does this for you).");
  process.exit(1);
}
const importBuild = async (): Promise<ServerBuild> =>
  import(`${pathToFileURL(buildPath).href}?t=${Date.now()}`) as Promise<ServerBuild>;

let build = await importBuild();
const developing = Boolean(process.env.REMIX_DEV_ORIGIN);
if (developing) {
  // `remix dev` rebuilds into build/: re-import it and tell the dev server we are ready.
  watch(path.resolve("build"), { persistent: false }, async (_event, file) => {
    if (file !== "version.txt") return;
    build = await importBuild();
    broadcastDevReady(build);
  });
}

const app = createHttpApp({ build: developing ? async () => build : build, config });
const server = app.listen(config.PORT, () => {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  log(`Ready at ${config.APP_URL} (port ${config.PORT}, ${config.PORTAL_MODE} mode) in ${seconds} s`);
  if (developing) broadcastDevReady(build);
});

// Stop taking requests, let the worker finish its jobs, close the pools, then stop Postgres.
stopOnSignals(log, async () => {
  const closed = new Promise((resolve) => server.close(resolve));
  server.closeIdleConnections();
  await worker?.stop();
  await closed;
  const db = (globalThis as Record<symbol, { destroy(): Promise<void> } | undefined>)[Symbol.for("r2p.db")];
  await db?.destroy().catch(() => {});
  await cluster?.stop();
});
