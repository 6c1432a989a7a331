// End-to-end harness: the built portal on a free port against a fresh seeded database,
// driven by Debian's Chromium through playwright-core.
import { randomUUID } from "node:crypto";
import http from "node:http";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContextOptions, type Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { createTestDatabase, type TestDatabase } from "./database";
import { freePort } from "../../scripts/lib/ports";
import { spawnPortal } from "../../scripts/lib/spawn-portal";

export const TEST_AUTH_SECRET = "test-secret-that-is-long-enough-for-auth-js-0123456789";

export interface Portal {
  baseUrl: string;
  database: TestDatabase;
  /** The server's process id, to read what it holds from /proc. */
  pid: number;
  output: () => string;
  stop(): Promise<void>;
}

export async function startPortal(env: Record<string, string> = {}): Promise<Portal> {
  const database = await createTestDatabase({ seeded: true });
  // localhost, as a person opens it: the portal sends other loopback spellings there, and passkeys refuse IPs.
  const baseUrl = `http://localhost:${await freePort()}`;
  const running = await spawnPortal({
    DATABASE_URL: database.url,
    PORT: new URL(baseUrl).port,
    APP_URL: baseUrl,
    AUTH_SECRET: TEST_AUTH_SECRET,
    RESEND_API_KEY: "",
    ...env,
  });
  return {
    baseUrl,
    database,
    pid: running.child.pid!,
    output: running.output,
    async stop() {
      await running.stop();
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

/** What each page's browser reported (errors, failed requests): told when a test waits on it in vain. */
const pageReports = new WeakMap<Page, string[]>();

export function pageReport(page: Page): string {
  return (pageReports.get(page) ?? []).slice(-20).join("\n") || "(nothing reported)";
}

export async function newPage(browser: Browser, portal: Portal, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext({ baseURL: portal.baseUrl, locale: "en-GB", ...options });
  const page = await context.newPage();
  const report: string[] = [];
  pageReports.set(page, report);
  page.on("console", (message) => {
    if (message.type() === "error" || message.type() === "warning")
      report.push(`console ${message.type()}: ${message.text().slice(0, 300)}`);
  });
  page.on("pageerror", (error) => report.push(`page error: ${error.message.slice(0, 300)}`));
  page.on("requestfailed", (request) =>
    report.push(`request failed: ${request.url()} (${request.failure()?.errorText})`),
  );
  page.on("response", (response) => {
    if (response.status() >= 500) report.push(`response ${response.status()}: ${response.url()}`);
  });
  return page;
}

/** Fails on any serious or critical accessibility violation of the page as it is now. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((n) => n.target.join(" ")).join(", ")})`,
    );
  expect(serious, `accessibility violations on ${page.url()}`).toEqual([]);
}

/** For a test file: one portal and one browser, started before its tests and stopped after. */
export function portalAndBrowser(env: Record<string, string> = {}): { portal: Portal; browser: Browser } {
  const suite = {} as { portal: Portal; browser: Browser };
  beforeAll(async () => {
    [suite.portal, suite.browser] = await Promise.all([startPortal(env), launchBrowser()]);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.portal?.stop();
  });
  return suite;
}

/**
 * A signed-in cookie for a seeded person, for tests that exercise permissions over plain HTTP.
 * (The sign-in flow itself is tested end to end in the browser.)
 */
export async function sessionCookieFor(
  portal: Portal,
  email: string,
  /** A session whose person confirmed themselves (step-up) just now, for tests of acts rather than of step-up. */
  { steppedUp = false }: { steppedUp?: boolean } = {},
): Promise<string> {
  const { db } = portal.database;
  const user = await db.selectFrom("User").select("id").where("email", "=", email).executeTakeFirstOrThrow();
  const sessionToken = randomUUID();
  await db
    .insertInto("Session")
    .values({
      sessionToken,
      userId: user.id,
      expires: new Date(Date.now() + 3_600_000),
      steppedUpAt: steppedUp ? new Date() : null,
    })
    .execute();
  return `authjs.session-token=${sessionToken}`;
}

/**
 * A form posted to the portal as a browser without JavaScript would (same-origin, urlencoded, a
 * repeated field for each value of a list); redirects are answered, not followed, unless asked.
 */
export function postForm(
  portal: Portal,
  path: string,
  body: Record<string, string | number | string[]>,
  options: { cookie?: string; headers?: Record<string, string>; followRedirects?: boolean } = {},
) {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(body)) for (const item of [value].flat()) form.append(key, String(item));
  return fetch(portal.baseUrl + path, {
    method: "POST",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Origin: portal.baseUrl,
      ...(options.cookie ? { Cookie: options.cookie } : {}),
      ...options.headers,
    },
    body: form,
    redirect: options.followRedirects ? "follow" : "manual",
  });
}

/**
 * A request sent exactly as written, for what fetch would not send: a path with "//" or "/./" left in,
 * or a Host header of its own.
 */
export function rawRequest(
  portal: Portal,
  method: string,
  path: string,
  { headers = {}, body }: { headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  const { hostname, port } = new URL(portal.baseUrl);
  return new Promise((resolve, reject) => {
    const request = http.request({ method, hostname, port, path, headers }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, text }));
    });
    request.on("error", reject);
    request.end(body);
  });
}
