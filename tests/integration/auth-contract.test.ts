// A contract with Auth.js: the confirmation page checks a sign-in link without spending it by
// hashing the token as Auth.js does (`signInTokenIsUsable`), a copy of Auth.js's private code. If
// an Auth.js upgrade hashes tokens another way, this fails before people's links stop working.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { GHANA } from "../helpers/people";
import { TEST_AUTH_SECRET } from "../helpers/portal";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  vi.stubEnv("DATABASE_URL", database.url);
  vi.stubEnv("AUTH_SECRET", TEST_AUTH_SECRET);
  vi.stubEnv("APP_URL", "http://localhost:3000");
  vi.stubEnv("RESEND_API_KEY", "");
});
afterAll(async () => {
  vi.unstubAllEnvs();
  const { getDb } = await import("~/lib/db.server");
  await getDb().destroy();
  await database.drop();
});

describe("sign-in links, as Auth.js makes them", () => {
  it("are recognised as usable by the portal's own hash, and a changed token is not", async () => {
    const { startEmailSignIn, signInTokenIsUsable } = await import("~/auth/auth.server");
    await startEmailSignIn(GHANA, "/");
    const email = await database.db
      .selectFrom("emails")
      .select("text")
      .where("recipient", "=", GHANA)
      .where("purpose", "=", "sign_in")
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    const link = new URL(/https?:\/\/\S*\/login\/confirm\S*/.exec(email.text)![0]);
    const token = link.searchParams.get("token")!;
    expect(token).toMatch(/^[0-9a-f]{32,}$/);
    expect(await signInTokenIsUsable(GHANA, token)).toBe(true);
    expect(
      await signInTokenIsUsable(
        GHANA,
        token.replace(/.$/, (c) => (c === "0" ? "1" : "0")),
      ),
    ).toBe(false);
    expect(await signInTokenIsUsable("someone.else@example.org", token)).toBe(false);
  });
});
