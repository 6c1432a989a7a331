// The job worker with the portal's task list: started by the server entry (in-process) and by
// scripts/worker.ts. It outlives database outages (a runner that dies is replaced once Postgres
// answers again), and each process says it is alive every few seconds so that the jobs locked by a
// worker that stopped saying so (killed, or its machine gone) go back to the others within a minute
// instead of graphile-worker 0.16's four hours.
import { randomBytes } from "node:crypto";
import { EventEmitter } from "node:events";
import os from "node:os";
import { Logger, makeWorkerUtils, type Runner, type WorkerEvents, type WorkerUtils } from "graphile-worker";
import pg from "pg";
import { cron, taskList } from "../../app/jobs/task-list.server";
import { enqueue, startWorker } from "../../app/lib/jobs.server";
import { requeueUnsent } from "../../app/notifications/delivery.server";
import { openDatabase } from "../../db/connection";
import { isDatabaseUnavailable } from "../../db/unavailable";

export interface PortalWorkerOptions {
  connectionString: string;
  concurrency: number;
  /** Seconds between heartbeats; a process silent for four of them is taken for dead. */
  heartbeatSeconds: number;
  log: (line: string) => void;
}

export interface PortalWorker {
  /** Lets running jobs finish, then lets go of the database. */
  stop(): Promise<void>;
}

const BEATS_BEFORE_DEAD = 4;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startPortalWorker(options: PortalWorkerOptions): Promise<PortalWorker> {
  const { log } = options;
  const pool = new pg.Pool({ connectionString: options.connectionString, max: options.concurrency + 5 });
  // A connection that drops (Postgres restarting, the network) is an 'error' event on the pool or
  // on a client in use; with nobody listening it would end the process. pg replaces the connection.
  pool.on("error", () => {});
  pool.on("connect", (client) => client.on("error", () => {}));

  const processId = `${os.hostname()}/${process.pid}/${randomBytes(4).toString("hex")}`;
  const workerIds = new Set<string>();
  const events = new EventEmitter() as WorkerEvents;
  events.on("worker:create", ({ worker }) => workerIds.add(worker.workerId));
  let stopping = false;
  let runner: Runner | null = null;
  let utils: WorkerUtils | null = null;

  // graphile-worker's warnings and errors, but not the many lines of an outage (said once, below).
  const logger = new Logger(() => (level, message, meta) => {
    if (stopping || (level !== "error" && level !== "warning")) return;
    if (isDatabaseUnavailable((meta as { error?: unknown } | undefined)?.error)) return;
    console.error(`[worker] ${message}`);
  });

  const silence = `${BEATS_BEFORE_DEAD * options.heartbeatSeconds} seconds`;
  // Heartbeats and the sweep read Postgres's clock, the one clock every machine shares.
  async function beat() {
    await pool.query(
      `insert into worker_heartbeats (process_id, worker_ids) values ($1, $2)
       on conflict (process_id) do update set worker_ids = excluded.worker_ids, last_seen = now()`,
      [processId, [...workerIds]],
    );
    // Jobs locked for a while by a worker that no live process names: its process is gone.
    const { rows } = await pool.query<{ locked_by: string }>(
      `select distinct j.locked_by from graphile_worker.jobs j
       where j.locked_by is not null and j.locked_at < now() - $1::interval
         and not exists (select 1 from worker_heartbeats h
                         where h.last_seen > now() - $1::interval and j.locked_by = any(h.worker_ids))`,
      [silence],
    );
    if (rows.length) {
      utils ??= await makeWorkerUtils({ pgPool: pool, logger });
      await utils.forceUnlockWorkers(rows.map((row) => row.locked_by));
      log(`Released the jobs of ${rows.length} worker(s) not heard from for ${silence}`);
    }
    await pool.query(`delete from worker_heartbeats where last_seen < now() - $1::interval`, [silence]);
  }

  async function startRunner(): Promise<void> {
    workerIds.clear();
    const started = await startWorker({
      pgPool: pool,
      taskList,
      cron,
      concurrency: options.concurrency,
      events,
      logger,
    });
    runner = started;
    await beat();
    // Catch up at once on what fell due while no worker ran (and requeue jobs a crashed worker held).
    const db = openDatabase(options.connectionString, { max: 1 });
    try {
      await enqueue(db, "calendar.dispatch_reminders", {}, { jobKey: "calendar.dispatch_reminders" });
      await requeueUnsent(db);
    } finally {
      await db.destroy();
    }
    // A runner ends by itself when Postgres goes away under it (its cron or a job cannot reach it).
    void started.promise
      .catch((error: unknown) => error)
      .then((reason) => {
        if (stopping || runner !== started) return;
        runner = null;
        log(`The job worker stopped (${describe(reason)}); it starts again when the database answers`);
        void startWhenDatabaseAnswers();
      });
  }

  async function startWhenDatabaseAnswers(): Promise<void> {
    for (let attempt = 0; !stopping; attempt++) {
      try {
        await startRunner();
        if (attempt > 0) log("The job worker is running again");
        return;
      } catch (error) {
        if (!isDatabaseUnavailable(error)) throw error;
        await runner?.stop().catch(() => {});
        runner = null;
        await sleep(Math.min(500 * 2 ** attempt, 5_000));
      }
    }
  }

  await startWhenDatabaseAnswers();
  const heartbeat = setInterval(() => {
    if (runner) beat().catch(() => {}); // missed while Postgres is away; the next beat says it again
  }, options.heartbeatSeconds * 1000);

  return {
    async stop() {
      stopping = true;
      clearInterval(heartbeat);
      await runner?.stop().catch(() => {});
      await Promise.resolve(utils?.release()).catch(() => {});
      await pool.query(`delete from worker_heartbeats where process_id = $1`, [processId]).catch(() => {});
      await pool.end().catch(() => {});
    },
  };
}

function describe(reason: unknown): string {
  if (reason instanceof Error) return reason.message;
  return reason === undefined ? "no error" : String(reason);
}
