// Growing past one machine: two web processes (WORKER=off) and a separate `npm run worker`, started
// together on one external Postgres (a second cluster, as a managed Postgres would be). Sessions,
// rate limits and reminders hold across them, each reminder going out once.
import { randomBytes } from "node:crypto";
import http from "node:http";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openDatabase, type DB } from "../../db/connection";
import { startEmbeddedPostgres, type EmbeddedCluster } from "../../db/embedded";
import { freePort } from "../../scripts/lib/ports";
import { spawnPortal, type RunningPortal } from "../../scripts/lib/spawn-portal";
import { callInput } from "../helpers/events";
import { queueDrained } from "../helpers/queue";
import { viewerFor, KOREA, SECRETARIAT } from "../helpers/people";
import { TEST_AUTH_SECRET } from "../helpers/portal";

const dataDir = path.join(os.tmpdir(), `r2p-scale-${randomBytes(4).toString("hex")}`);
const CALL_START = new Date("2027-08-19T14:00:00Z");
let external: EmbeddedCluster;
let db: DB;
let processes: RunningPortal[] = [];
let web: { a: number; b: number };
let appUrl: string;

beforeAll(async () => {
  external = await startEmbeddedPostgres({ dataDir, port: await freePort(), log: () => {} });
  await external.ensureDatabase("portal");
  const databaseUrl = external.urlFor("portal");
  web = { a: await freePort(), b: await freePort() };
  // One public address in front of both, as behind a load balancer.
  appUrl = `http://127.0.0.1:${web.a}`;
  const env = {
    DATABASE_URL: databaseUrl,
    APP_URL: appUrl,
    AUTH_SECRET: TEST_AUTH_SECRET,
    RESEND_API_KEY: "",
  };
  // The worker's clock half an hour before the call: its 1-hour reminder is due for everyone.
  const workerClock = new Date(CALL_START.getTime() - 30 * 60_000).toISOString();
  // All three at once on an empty database: one migrates and seeds, the others wait for it.
  processes = await Promise.all([
    spawnPortal({ ...env, PORT: String(web.a), WORKER: "off" }, { timeoutMs: 90_000 }),
    spawnPortal({ ...env, PORT: String(web.b), WORKER: "off" }, { timeoutMs: 90_000 }),
    spawnPortal(
      { ...env, CLOCK_NOW: workerClock },
      { script: "scripts/worker.ts", ready: "Worker running", timeoutMs: 90_000 },
    ),
  ]);
  db = openDatabase(databaseUrl, { max: 2 });
  vi.stubEnv("DATABASE_URL", databaseUrl);
  vi.stubEnv("RESEND_API_KEY", "");
  vi.stubEnv("AUTH_SECRET", TEST_AUTH_SECRET);
}, 120_000);

afterAll(async () => {
  await Promise.all(processes.map((process) => process.stop()));
  await db?.destroy();
  const { getDb } = await import("~/lib/db.server");
  await getDb().destroy();
  await external?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

/** A request to one web process, carrying the public address as a load balancer would. */
function send(
  port: number,
  pathname: string,
  options: { method?: string; form?: Record<string, string>; cookie?: string } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const body = options.form ? new URLSearchParams(options.form).toString() : undefined;
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port,
        path: pathname,
        method: options.method ?? "GET",
        headers: {
          Host: new URL(appUrl).host,
          ...(body ? { "Content-Type": "application/x-www-form-urlencoded", Origin: appUrl } : {}),
          ...(options.cookie ? { Cookie: options.cookie } : {}),
        },
      },
      (response) => {
        let text = "";
        response.on("data", (chunk) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: text }));
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

async function until<T>(what: string, check: () => Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline;) {
    const value = await check();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what}: not in ${timeoutMs / 1000} s\n${processes.map((p) => p.output()).join("\n---\n")}`);
}

describe("two web processes and a worker on one Postgres", () => {
  it("started together, set the database up once", async () => {
    const seeded = processes.filter((process) => process.output().includes("Seeded the network")).length;
    expect(seeded).toBe(1);
    const { rows } = await sql<{ n: number }>`select count(*)::int as n from members`.execute(db);
    expect(rows[0]!.n).toBe(59);
  });

  it("a person signs in on one and is signed in on the other", async () => {
    const asked = await send(web.a, "/login", { method: "POST", form: { email: KOREA } });
    expect(asked.status).toBe(302);
    const link = await until("the sign-in email", async () => {
      const email = await db
        .selectFrom("emails")
        .select("text")
        .where("recipient", "=", KOREA)
        .where("purpose", "=", "sign_in")
        .executeTakeFirst();
      return email && /http:\/\/\S+\/login\/confirm\?\S+/.exec(email.text)?.[0];
    });
    const confirm = new URL(link);
    const signedIn = await send(web.a, confirm.pathname + confirm.search, { method: "POST", form: {} });
    expect(signedIn.status).toBe(302);
    const cookie = (signedIn.headers["set-cookie"] ?? [])
      .map((line) => line.split(";")[0]!)
      .find((pair) => pair.startsWith("authjs.session-token="));
    expect(cookie).toBeDefined();

    const profile = await send(web.b, "/profile", { cookie });
    expect(profile.status).toBe(200);
    expect(profile.body).toContain("Lee Seo-yeon");
  });

  it("counts one person's sign-in requests across both", async () => {
    const email = "kwame.mensah@mfa-ghana.example.org";
    const statuses = [];
    for (const port of [web.a, web.b, web.a, web.b, web.a, web.b]) {
      statuses.push((await send(port, "/login", { method: "POST", form: { email } })).status);
    }
    // Five an address may ask for in fifteen minutes, wherever they land.
    expect(statuses).toEqual([302, 302, 302, 302, 302, 429]);
  });

  it("sends a Global Call's reminder to each person once", async () => {
    vi.stubEnv("CLOCK_NOW", "2027-08-01T00:00:00Z");
    const { createEvent } = await import("~/calendar/events.server");
    const secretariat = await viewerFor(db, SECRETARIAT);
    const title = "Global Call on the responsibility to protect and climate change";
    const id = await createEvent(db, callInput(title, CALL_START, { reminderOffsets: [60] }), secretariat);
    const people = Number(
      (
        await db
          .selectFrom("people")
          .select((eb) => eb.fn.countAll().as("n"))
          .where("status", "=", "active")
          .executeTakeFirstOrThrow()
      ).n,
    );
    // Done when every reminder is sent and the queue holds nothing more to run.
    await until("the reminders", async () => {
      const pending = await db
        .selectFrom("call_reminders")
        .select("id")
        .where("event_id", "=", id)
        .where("status", "!=", "sent")
        .execute();
      return pending.length === 0;
    });
    await queueDrained(db);
    const emails = await db
      .selectFrom("emails")
      .select(["recipient", (eb) => eb.fn.countAll().as("n")])
      .where("purpose", "=", "call_reminder")
      .groupBy("recipient")
      .execute();
    expect(emails).toHaveLength(people);
    expect(emails.every((row) => Number(row.n) === 1)).toBe(true);
  }, 60_000);
});
