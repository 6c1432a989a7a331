// How the portal's processes (web server, worker) end: on SIGINT or SIGTERM they stop in order and
// exit 0, and a database outage never ends them.
import exitHook from "async-exit-hook";
import { isDatabaseUnavailable } from "../../db/unavailable";

const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
/** Past this a stop that hangs (a job that never ends) gives way to an exit. */
const STOP_TIMEOUT_MS = 30_000;

/**
 * Runs `stop` once on the first signal, then exits 0 (1 if it failed or hung). The embedded
 * database's own exit hook would stop Postgres at the signal, under a worker still finishing its
 * jobs: the portal stops it itself, last.
 */
export function stopOnSignals(log: (line: string) => void, stop: () => Promise<void>): void {
  for (const signal of SIGNALS) exitHook.unhookEvent(signal);
  let stopping = false;
  const onSignal = (signal: string) => {
    // Ctrl-C reaches every process of the terminal's group, and tsx relays it again: one stop.
    if (stopping) return;
    stopping = true;
    log(`${signal} received: stopping`);
    setTimeout(() => {
      log(`Still stopping after ${STOP_TIMEOUT_MS / 1000} s: exiting`);
      process.exit(1);
    }, STOP_TIMEOUT_MS).unref();
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log(`Could not stop cleanly: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

/**
 * A rejection nobody handles ends the process, as Node does, unless it is the database being away:
 * graphile-worker leaves some of those unhandled inside itself, and the portal rides out an outage.
 */
export function surviveDatabaseOutages(log: (line: string) => void): void {
  let lastSaid = 0;
  process.on("unhandledRejection", (reason) => {
    if (!isDatabaseUnavailable(reason)) {
      console.error(reason);
      process.exit(1);
    }
    if (Date.now() - lastSaid < 30_000) return;
    lastSaid = Date.now();
    log(`The database is unavailable (${(reason as Error).message}); carrying on until it is back`);
  });
}
