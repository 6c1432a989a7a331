// The portal as it runs in production: no development routes, and no start without its secrets.
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPortal, type Portal } from "../helpers/portal";

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
});
