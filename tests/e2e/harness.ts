// End-to-end harness: the built portal on a free port against a fresh seeded database,
// driven by Debian's Chromium through playwright-core.
import { spawn, type ChildProcess } from "node:child_process";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { expect } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { freePort } from "../helpers/ports";

export const TEST_AUTH_SECRET = "test-secret-that-is-long-enough-for-auth-js-0123456789";

export interface Portal {
  baseUrl: string;
  database: TestDatabase;
  output: () => string;
  stop(): Promise<void>;
}

export async function startPortal(env: Record<string, string> = {}): Promise<Portal> {
  const database = await createTestDatabase({ seeded: true });
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = "";
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/server.ts"], {
    env: {
      ...process.env,
      NODE_ENV: "test",
      DATABASE_URL: database.url,
      PORT: String(port),
      APP_URL: baseUrl,
      AUTH_SECRET: TEST_AUTH_SECRET,
      RESEND_API_KEY: "",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));

  const deadline = Date.now() + 30_000;
  while (!output.includes("Ready at")) {
    if (child.exitCode !== null) throw new Error(`The portal exited during start-up:\n${output}`);
    if (Date.now() > deadline) throw new Error(`The portal did not start in 30 s:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    baseUrl,
    database,
    output: () => output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      await database.drop();
    },
  };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export async function newPage(browser: Browser, portal: Portal, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ baseURL: portal.baseUrl, locale: "en-GB", ...options });
  return context.newPage();
}

/** Fails on any serious or critical accessibility violation of the page as it is now. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(serious, `accessibility violations on ${page.url()}`).toEqual([]);
}
