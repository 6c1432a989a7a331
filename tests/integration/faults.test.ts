// Postgres going away under load never ends the portal: /healthz says 503 while it is gone and 200
// again within seconds of its return, with no restart; the embedded Postgres is started again by
// the portal itself, an external one is waited for.
import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../db/connection";
import { startEmbeddedPostgres, type EmbeddedCluster } from "../../db/embedded";
import { freePort } from "../../scripts/lib/ports";
import { spawnPortal, type RunningPortal } from "../../scripts/lib/spawn-portal";
import { TEST_AUTH_SECRET } from "../helpers/portal";

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const tempDir = () => path.join(os.tmpdir(), `r2p-faults-${randomBytes(4).toString("hex")}`);

async function startOwnPortal(env: Record<string, string | undefined>) {
  const port = await freePort();
  const portal = await spawnPortal(
    {
      // As `npm start` runs it: no NODE_ENV, no mode, local.
      NODE_ENV: undefined,
      PORTAL_MODE: undefined,
      PORT: String(port),
      APP_URL: undefined,
      AUTH_SECRET: TEST_AUTH_SECRET,
      RESEND_API_KEY: "",
      WORKER_HEARTBEAT_SECONDS: "1",
      ...env,
    },
    { timeoutMs: 120_000 },
  );
  cleanups.push(async () => {
    portal.child.kill("SIGKILL");
  });
  return { portal, baseUrl: `http://localhost:${port}` };
}

/** Requests in a loop from four clients until stopped; what each got, or the error if none came. */
function load(baseUrl: string, cookie: string) {
  const statuses: (number | string)[] = [];
  let running = true;
  const paths = ["/", "/members", "/calendar", "/invitations/not-a-token", "/healthz"];
  const clients = Array.from({ length: 4 }, async (_, n) => {
    for (let i = n; running && i < 5_000; i++) {
      const response = await fetch(baseUrl + paths[i % paths.length], {
        headers: { Cookie: cookie },
        redirect: "manual",
        signal: AbortSignal.timeout(10_000),
      }).catch((error: Error) => error.message);
      if (typeof response === "string") statuses.push(response);
      else {
        statuses.push(response.status);
        const body = await response.text();
        // A failing page says so without the server's insides (Remix's production build).
        if (response.status >= 500) expect(body, "a 500 page").not.toMatch(/ECONNREFUSED|\bat .*\.(js|ts):\d+/);
      }
      await sleep(20);
    }
  });
  return {
    statuses,
    async stop() {
      running = false;
      await Promise.all(clients);
    },
  };
}

async function health(baseUrl: string): Promise<number> {
  return fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(5_000) }).then(
    (response) => response.status,
    () => 0,
  );
}

async function waitForHealth(baseUrl: string, status: number, timeoutMs: number, portal: RunningPortal) {
  const started = Date.now();
  while ((await health(baseUrl)) !== status) {
    if (Date.now() - started > timeoutMs)
      throw new Error(`/healthz not ${status} after ${timeoutMs / 1000} s:\n${portal.output().slice(-3000)}`);
    await sleep(100);
  }
  return Date.now() - started;
}

async function signedInCookie(databaseUrl: string): Promise<string> {
  const db = openDatabase(databaseUrl, { max: 1 });
  try {
    const user = await db
      .selectFrom("User")
      .select("id")
      .where("email", "=", "seoyeon.lee@mofa-korea.example.org")
      .executeTakeFirstOrThrow();
    const sessionToken = randomUUID();
    await db
      .insertInto("Session")
      .values({ sessionToken, userId: user.id, expires: new Date(Date.now() + 3_600_000) })
      .execute();
    return `authjs.session-token=${sessionToken}`;
  } finally {
    await db.destroy();
  }
}

/** The worker says it is alive after the outage: its heartbeat moves on. */
async function heartbeatAfter(databaseUrl: string, since: Date, timeoutMs = 20_000) {
  const db = openDatabase(databaseUrl, { max: 1 });
  try {
    for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(250)) {
      const row = await db
        .selectFrom("worker_heartbeats")
        .select("last_seen")
        .where("last_seen", ">", since)
        .executeTakeFirst();
      if (row) return true;
    }
    return false;
  } finally {
    await db.destroy();
  }
}

/** Waits until the next minute starts within 3 to 8 seconds, when graphile-worker's cron fires. */
async function untilJustBeforeAMinute() {
  const toNextMinute = () => 60_000 - (Date.now() % 60_000);
  while (toNextMinute() > 8_000 || toNextMinute() < 3_000) await sleep(250);
  return toNextMinute();
}

describe.concurrent("Postgres going away", () => {
  it("killed under load, the embedded Postgres is started again by the portal, which never exits", async () => {
    const dataDir = tempDir();
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const pgPort = await freePort();
    const { portal, baseUrl } = await startOwnPortal({
      DATABASE_URL: "",
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
    });
    const databaseUrl = `postgres://postgres:postgres@127.0.0.1:${pgPort}/r2p`;
    const cookie = await signedInCookie(databaseUrl);
    const traffic = load(baseUrl, cookie);
    await sleep(1_000);

    const pidFile = path.join(dataDir, "pg", "postmaster.pid");
    const postmaster = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
    process.kill(postmaster, "SIGKILL");
    const killedAt = new Date();
    await waitForHealth(baseUrl, 503, 5_000, portal);
    const recovery = await waitForHealth(baseUrl, 200, 20_000, portal);
    await sleep(1_000);
    await traffic.stop();

    expect(portal.child.exitCode, portal.output()).toBeNull();
    expect(recovery).toBeLessThan(15_000);
    expect(Number(readFileSync(pidFile, "utf8").split("\n")[0])).not.toBe(postmaster);
    expect(portal.output()).toContain("Postgres is running again");
    // The pages work again as before, for the same signed-in person, and the worker carries on.
    expect(traffic.statuses.filter((status) => typeof status === "string")).toEqual([]);
    const page = await fetch(`${baseUrl}/members`, { headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Lee Seo-yeon");
    expect(await heartbeatAfter(databaseUrl, killedAt)).toBe(true);
    expect(portal.errors()).not.toMatch(/\n\s+at /); // no stack trace anywhere
  }, 180_000);

  it("an external Postgres stopped across the worker's cron minute: the portal waits and recovers", async () => {
    const dataDir = tempDir();
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    const external: EmbeddedCluster = await startEmbeddedPostgres({ dataDir, port: await freePort(), log: () => {} });
    cleanups.push(() => external.stop());
    await external.ensureDatabase("portal");
    const databaseUrl = external.urlFor("portal");
    const { portal, baseUrl } = await startOwnPortal({ DATABASE_URL: databaseUrl });
    const cookie = await signedInCookie(databaseUrl);
    const traffic = load(baseUrl, cookie);

    // Down from a few seconds before a minute starts (graphile-worker's cron then reaches for
    // Postgres; on an unhandled error the process used to exit) until well after it.
    const beforeMinute = await untilJustBeforeAMinute();
    await external.stop();
    const stoppedAt = new Date();
    await waitForHealth(baseUrl, 503, 5_000, portal);
    await sleep(beforeMinute + 6_000);
    expect(await health(baseUrl)).toBe(503);
    expect(portal.child.exitCode, portal.output()).toBeNull();

    const again = await startEmbeddedPostgres({ dataDir, port: external.port, log: () => {} });
    cleanups.push(() => again.stop());
    const recovery = await waitForHealth(baseUrl, 200, 20_000, portal);
    await traffic.stop();

    expect(recovery).toBeLessThan(10_000);
    expect(portal.child.exitCode, portal.output()).toBeNull();
    expect(traffic.statuses.filter((status) => typeof status === "string")).toEqual([]);
    expect(traffic.statuses).toContain(503);
    const page = await fetch(`${baseUrl}/members`, { headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(await heartbeatAfter(databaseUrl, stoppedAt)).toBe(true);
    expect(portal.errors()).not.toMatch(/\n\s+at /);
  }, 180_000);
});
