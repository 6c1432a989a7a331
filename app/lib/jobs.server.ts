// The durable job queue: graphile-worker on the portal's own Postgres. Jobs are added with SQL in
// the caller's transaction, so a job exists exactly when the change that caused it commits.
// Execution is at-least-once; tasks that send email claim a delivery first (see deliveries.server.ts).
import {
  Logger,
  parseCronItems,
  run,
  runMigrations,
  type CronItem,
  type Runner,
  type TaskList,
  type WorkerEvents,
} from "graphile-worker";
import { sql, type Kysely } from "kysely";
import type { Pool } from "pg";
import type { Database } from "../../db/schema";

export interface JobOptions {
  /** Replaces a queued job with the same key (reschedule = same key, new run time). */
  jobKey?: string;
  runAt?: Date;
  maxAttempts?: number;
}

/** Quiet by default: warnings and errors only, prefixed like the rest of the portal's log. */
const logger = new Logger(() => (level, message) => {
  if (level === "error" || level === "warning") console.error(`[worker] ${message}`);
});

/** Creates or updates graphile-worker's own schema (idempotent, ~150 ms the first time). */
export async function prepareJobQueue(connection: string | Pool, quietLogger: Logger = logger): Promise<void> {
  await runMigrations(
    typeof connection === "string"
      ? { connectionString: connection, logger: quietLogger }
      : { pgPool: connection, logger: quietLogger },
  );
}

export async function enqueue(
  db: Kysely<Database>,
  task: string,
  payload: Record<string, unknown>,
  options: JobOptions = {},
): Promise<void> {
  await sql`select graphile_worker.add_job(
    ${task}::text,
    ${JSON.stringify(payload)}::text::json,
    run_at := ${options.runAt ?? null}::timestamptz,
    max_attempts := ${options.maxAttempts ?? null}::integer,
    job_key := ${options.jobKey ?? null}::text
  )`.execute(db);
}

/** Removes a queued job by its key, in the caller's transaction (one already running finishes). */
export async function cancelJob(db: Kysely<Database>, jobKey: string): Promise<void> {
  await sql`select 1 from graphile_worker.remove_job(${jobKey}::text)`.execute(db);
}

/** Many jobs of one task in one statement (a notice to the whole network queues hundreds), each with its job key. */
export async function enqueueEach(
  db: Kysely<Database>,
  task: string,
  jobs: { payload: Record<string, unknown>; jobKey: string }[],
): Promise<void> {
  if (jobs.length === 0) return;
  const rows = JSON.stringify(jobs.map((job) => ({ payload: job.payload, key: job.jobKey })));
  await sql`select graphile_worker.add_job(${task}::text, job.payload, job_key := job.key)
    from json_to_recordset(${rows}::text::json) as job(payload json, key text)`.execute(db);
}

export interface WorkerOptions {
  /** The caller's pool, which it ends: it outlives this runner (a runner that dies is replaced). */
  pgPool: Pool;
  taskList: TaskList;
  cron: CronItem[];
  concurrency?: number;
  events?: WorkerEvents;
  logger?: Logger;
}

/** Runs the worker until stop() (in-process inside `npm start`, or alone in `npm run worker`). */
export async function startWorker(options: WorkerOptions): Promise<Runner> {
  await prepareJobQueue(options.pgPool, options.logger);
  return run({
    pgPool: options.pgPool,
    concurrency: options.concurrency ?? 5,
    noHandleSignals: true,
    pollInterval: 2_000,
    taskList: options.taskList,
    parsedCronItems: parseCronItems(options.cron),
    events: options.events,
    logger: options.logger ?? logger,
  });
}
