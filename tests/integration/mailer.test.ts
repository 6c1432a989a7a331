// The mailer with RESEND_API_KEY set: Resend's HTTP API is the only thing stubbed; the record is real.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

let t: TestDatabase;
const calls: { url: string; body: Record<string, unknown>; headers: Headers }[] = [];
let answer: () => Response;

beforeAll(async () => {
  t = await createTestDatabase();
  vi.stubEnv("DATABASE_URL", t.url);
  vi.stubEnv("RESEND_API_KEY", "re_test_key");
  vi.stubEnv("EMAIL_FROM", "R2P Focal Points <portal@example.org>");
  const realFetch = globalThis.fetch;
  vi.stubGlobal("fetch", async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.startsWith("https://api.resend.com/")) return realFetch(input, init);
    calls.push({ url, body: JSON.parse(String(init?.body)), headers: new Headers(init?.headers) });
    return answer();
  });
});
afterAll(async () => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  const { getDb } = await import("~/lib/db.server");
  await getDb().destroy();
  await t.drop();
});

const message = {
  to: "kwame.mensah@mfa-ghana.example.org",
  subject: "Your sign-in link",
  html: "<p>Hello</p>",
  text: "Hello",
  purpose: "sign_in",
  idempotencyKey: "sign_in/42",
};

describe("sending through Resend", () => {
  it("posts both parts with the sender and idempotency key, and records the delivery", async () => {
    answer = () => Response.json({ id: "email_123" });
    const { sendEmail } = await import("~/lib/mailer.server");
    await sendEmail(message);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe("https://api.resend.com/emails");
    expect(calls[0]!.body).toMatchObject({ from: "R2P Focal Points <portal@example.org>", to: message.to, subject: message.subject, html: message.html, text: message.text });
    expect(calls[0]!.headers.get("Authorization")).toBe("Bearer re_test_key");
    expect(calls[0]!.headers.get("Idempotency-Key")).toBe("sign_in/42");
    const row = await t.db.selectFrom("emails").selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({ transport: "resend", status: "sent", provider_id: "email_123", recipient: message.to });
  });

  it("records a refusal as failed and reports it", async () => {
    answer = () => Response.json({ name: "validation_error", message: "Invalid `to` field.", statusCode: 422 }, { status: 422 });
    const { sendEmail } = await import("~/lib/mailer.server");
    await expect(sendEmail({ ...message, idempotencyKey: undefined })).rejects.toThrow("Resend refused the sign_in email");
    const failed = await t.db.selectFrom("emails").selectAll().where("status", "=", "failed").executeTakeFirstOrThrow();
    expect(failed.error).toContain("Invalid `to` field.");
  });
});
