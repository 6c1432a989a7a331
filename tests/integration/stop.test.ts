// Ctrl-C and SIGTERM stop the portal cleanly: it stops taking requests, lets the worker finish,
// closes its pools, stops its embedded Postgres and exits 0 with nothing on stderr.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../../scripts/lib/ports";
import { spawnPortal } from "../../scripts/lib/spawn-portal";
import { TEST_AUTH_SECRET } from "../helpers/portal";

const dataDirs: string[] = [];
afterAll(() => Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true }))));

/** The portal as `npm start` runs it, on an embedded Postgres of its own, in a process group of its own. */
async function startOwnPortal() {
  const dataDir = path.join(os.tmpdir(), `r2p-stop-${randomBytes(4).toString("hex")}`);
  dataDirs.push(dataDir);
  const port = await freePort();
  const portal = await spawnPortal(
    {
      NODE_ENV: undefined,
      DATABASE_URL: "",
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await freePort()),
      PORT: String(port),
      APP_URL: undefined,
      AUTH_SECRET: TEST_AUTH_SECRET,
      RESEND_API_KEY: "",
    },
    { timeoutMs: 120_000, detached: true },
  );
  // Something for the worker and the pools to hold when the signal comes.
  expect((await fetch(`http://localhost:${port}/healthz`)).status).toBe(200);
  const exited = new Promise<number | null>((resolve) => portal.child.once("exit", resolve));
  return { portal, exited, postmasterPid: path.join(dataDir, "pg", "postmaster.pid") };
}

describe.concurrent("stopping", () => {
  it("on SIGTERM exits 0 with Postgres stopped and no error", async () => {
    const { portal, exited, postmasterPid } = await startOwnPortal();
    portal.child.kill("SIGTERM");
    expect(await exited, portal.output()).toBe(0);
    expect(portal.errors()).toBe("");
    expect(portal.output()).toContain("SIGTERM received: stopping");
    expect(existsSync(postmasterPid)).toBe(false); // Postgres shut down cleanly
  }, 180_000);

  it("on Ctrl-C, which reaches Postgres too, exits 0 with no error", async () => {
    const { portal, exited, postmasterPid } = await startOwnPortal();
    // A terminal's Ctrl-C: SIGINT to every process of the foreground group, Postgres included.
    process.kill(-portal.child.pid!, "SIGINT");
    expect(await exited, portal.output()).toBe(0);
    expect(portal.errors()).toBe("");
    expect(existsSync(postmasterPid)).toBe(false);
  }, 180_000);
});
