// The portal as it runs in production: no development routes, and no start without its secrets.
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedMembers } from "../../db/seed";
import { freePort } from "../../scripts/lib/ports";
import { spawnPortal } from "../../scripts/lib/spawn-portal";
import { createTestDatabase } from "../helpers/database";
import { startPortal, TEST_AUTH_SECRET, type Portal } from "../helpers/portal";

let portal: Portal;
beforeAll(async () => {
  // A deployment that sets its email key and nothing about modes (as `npm start` sets no NODE_ENV
  // either). No worker, so nothing here can ever reach Resend with the fake key.
  portal = await startPortal({ RESEND_API_KEY: "re_never_called", WORKER: "off" });
});
afterAll(() => portal.stop());

const startWith = (env: Record<string, string>) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/server.ts"], {
    env: { ...process.env, DATABASE_URL: portal.database.url, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });

describe("production mode", () => {
  it("has no /dev pages and no demo accounts on the sign-in page", async () => {
    for (const path of [
      "/dev/outbox",
      "/dev/outbox/1",
      "/dev/floor",
      "/dev/emails",
      "/dev/emails/notification",
      "/dev/clock",
    ]) {
      expect((await fetch(portal.baseUrl + path)).status, path).toBe(404);
    }
    const login = await (await fetch(`${portal.baseUrl}/login`)).text();
    expect(login).not.toContain("claire.hartley@secretariat.example.org");
    expect(login).not.toContain("/dev/outbox");
  });

  it("sends no stack trace and no timing header", async () => {
    const response = await fetch(`${portal.baseUrl}/no-such-page`);
    expect(response.status).toBe(404);
    expect(response.headers.get("server-timing")).toBeNull();
    expect(response.headers.get("strict-transport-security")).not.toBeNull();
  });

  it("refuses to start without its secrets, naming the missing one", () => {
    const result = startWith({ PORTAL_MODE: "production", AUTH_SECRET: "", RESEND_API_KEY: "" });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe("Configuration error: AUTH_SECRET is required in production");
  });

  it("refuses local mode with an email key, which would show real sign-in links at /dev/outbox", () => {
    const result = startWith({ PORTAL_MODE: "local", RESEND_API_KEY: "re_never_called" });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      "Configuration error: RESEND_API_KEY is set but PORTAL_MODE is local " +
        "(local mode keeps every email in the dev outbox)",
    );
  });

  it("starts an empty database with the members, the manual and one secretariat, and no demo data", async () => {
    const empty = await createTestDatabase();
    try {
      const production = {
        PORTAL_MODE: "production",
        AUTH_SECRET: TEST_AUTH_SECRET,
        RESEND_API_KEY: "re_never_called",
      };
      const refused = spawnSync(process.execPath, ["--import", "tsx", "scripts/server.ts"], {
        env: { ...process.env, ...production, DATABASE_URL: empty.url, WORKER: "off" },
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain("FIRST_SECRETARIAT_EMAIL is required on a production portal's first start");

      const port = await freePort();
      const running = await spawnPortal({
        ...production,
        DATABASE_URL: empty.url,
        PORT: String(port),
        APP_URL: `http://localhost:${port}`,
        WORKER: "off",
        FIRST_SECRETARIAT_EMAIL: "head.of.secretariat@globalr2p.example",
        FIRST_SECRETARIAT_NAME: "Head of the Secretariat",
      });
      await running.stop();
      const count = async (table: "members" | "people" | "manual_sections" | "activities" | "statements" | "events") =>
        Number(
          (
            await empty.db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll().as("n"))
              .executeTakeFirstOrThrow()
          ).n,
        );
      expect(await count("members")).toBe(seedMembers.length);
      expect(await count("manual_sections")).toBeGreaterThan(0);
      for (const table of ["activities", "statements", "events"] as const) expect(await count(table), table).toBe(0);
      const people = await empty.db
        .selectFrom("people")
        .innerJoin("User", "User.id", "people.user_id")
        .select(["User.email", "people.role", "people.status"])
        .execute();
      expect(people).toEqual([
        { email: "head.of.secretariat@globalr2p.example", role: "secretariat", status: "active" },
      ]);
    } finally {
      await empty.drop();
    }
    // Two start-ups of the server, each compiling it: slow on a loaded machine.
  }, 180_000);
});
