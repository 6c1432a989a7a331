// A job held by a worker that was killed goes back to the workers alive within a minute or two
// (graphile-worker 0.16 would keep it locked for four hours); a job held by a live worker stays.
import { spawn, type ChildProcess } from "node:child_process";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { callInput } from "../helpers/events";
import { viewerFor, SECRETARIAT } from "../helpers/people";
import { TEST_AUTH_SECRET } from "../helpers/portal";

let database: TestDatabase;
let worker: ChildProcess | undefined;
let output = "";
beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  vi.stubEnv("DATABASE_URL", database.url);
  vi.stubEnv("RESEND_API_KEY", "");
  vi.stubEnv("AUTH_SECRET", TEST_AUTH_SECRET);
});
afterAll(async () => {
  if (worker?.exitCode === null) {
    worker.kill("SIGTERM");
    await new Promise((resolve) => worker!.once("exit", resolve));
  }
  const { getDb } = await import("~/lib/db.server");
  await getDb().destroy();
  await database.drop();
});

/** A calendar event added now, whose announcement job is then locked by `workerId` ten minutes ago. */
async function eventAnnouncedBy(title: string, workerId: string): Promise<number> {
  const { createEvent } = await import("~/calendar/events.server");
  const secretariat = await viewerFor(database.db, SECRETARIAT);
  const id = await createEvent(database.db, callInput(title, new Date("2027-05-20T14:00:00Z")), secretariat);
  const locked = await sql`
    update graphile_worker._private_jobs set locked_by = ${workerId}, locked_at = now() - interval '10 minutes'
    where payload->>'eventId' = ${String(id)} returning id`.execute(database.db);
  expect(locked.rows).toHaveLength(1);
  return id;
}

const told = async (eventId: number) =>
  Number(
    (
      await database.db
        .selectFrom("notifications")
        .select((eb) => eb.fn.countAll().as("n"))
        .where("link", "=", `/calendar/${eventId}`)
        .executeTakeFirstOrThrow()
    ).n,
  );

describe("a worker that dies holding a job", () => {
  it("has its job run by another worker, while a live worker keeps its own", async () => {
    const abandoned = await eventAnnouncedBy("Global Call on the Kigali Principles", "worker-killed");
    const held = await eventAnnouncedBy("Global Call on early warning", "worker-alive");
    // The live worker's process, saying so every half second while the test runs.
    const beat = () =>
      sql`insert into worker_heartbeats (process_id, worker_ids) values ('elsewhere', '{worker-alive}')
          on conflict (process_id) do update set last_seen = now()`.execute(database.db);
    await beat();
    const heartbeat = setInterval(() => void beat(), 500);

    try {
      const started = Date.now();
      worker = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
        env: {
          ...process.env,
          DATABASE_URL: database.url,
          AUTH_SECRET: TEST_AUTH_SECRET,
          RESEND_API_KEY: "",
          WORKER_HEARTBEAT_SECONDS: "1", // a worker is taken for dead after 4 s of silence
        },
        stdio: ["ignore", "pipe", "pipe"],
      });
      worker.stdout!.on("data", (chunk) => (output += chunk));
      worker.stderr!.on("data", (chunk) => (output += chunk));
      while ((await told(abandoned)) === 0) {
        if (Date.now() - started > 60_000) throw new Error(`Not announced in 60 s. Worker output:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      expect(output).toContain("Released the jobs of 1 worker(s) not heard from for 4 seconds");
      expect(await told(abandoned)).toBeGreaterThan(50); // the whole network heard of it

      // Another few beats: the live worker's job is still its own.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      const job = await sql<{ locked_by: string | null }>`
        select locked_by from graphile_worker._private_jobs where payload->>'eventId' = ${String(held)}`.execute(
        database.db,
      );
      expect(job.rows).toEqual([{ locked_by: "worker-alive" }]);
      expect(await told(held)).toBe(0);
    } finally {
      clearInterval(heartbeat);
    }
  }, 90_000);
});
