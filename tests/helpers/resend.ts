// Resend's HTTP API stubbed for a test file, and nothing else: the app sends for real into the
// file's own database, and the emails Resend accepted are kept with their headers to read.
import { afterAll, beforeAll, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "./database";

/**
 * Sets the test process's clock. With an email key the portal is in production mode, where
 * CLOCK_NOW is ignored, so these tests fix Date itself (timers keep running); null lets it run.
 */
export function setClock(at: Date | string | null): void {
  if (at === null) {
    vi.useRealTimers();
    return;
  }
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(at);
}

export interface ResendSuite {
  database: TestDatabase;
  /** The requests Resend accepted, in order. */
  calls: { url: string; body: Record<string, unknown>; headers: Headers }[];
  /** Resend's answer to the next requests (by default, accepted). */
  answer: () => Response;
}

/**
 * Before the file's tests: a database of its own (seeded if asked), the app pointed at it with a
 * Resend key and any other settings given, Resend's API stubbed. After them, all undone.
 */
export function resendSuite({
  seeded = false,
  env = {},
}: { seeded?: boolean; env?: Record<string, string> } = {}): ResendSuite {
  const suite = { calls: [], answer: () => Response.json({ id: "email_ok" }) } as unknown as ResendSuite;
  beforeAll(async () => {
    suite.database = await createTestDatabase({ seeded });
    vi.stubEnv("DATABASE_URL", suite.database.url);
    // An email key makes the portal's mode production, which needs a secret of its own.
    vi.stubEnv("RESEND_API_KEY", "re_test_key");
    vi.stubEnv("AUTH_SECRET", "resend-suite-secret-that-is-long-enough-0123456789");
    for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
    const realFetch = globalThis.fetch;
    vi.stubGlobal("fetch", async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (!url.startsWith("https://api.resend.com/")) return realFetch(input, init);
      const response = suite.answer();
      if (response.ok)
        suite.calls.push({ url, body: JSON.parse(String(init?.body)), headers: new Headers(init?.headers) });
      return response;
    });
  });
  afterAll(async () => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.unstubAllEnvs();
    const { getDb } = await import("~/lib/db.server");
    await getDb().destroy();
    await suite.database.drop();
  });
  return suite;
}
