// Sign-in from outside the portal's own pages: Auth.js's endpoints under /auth are closed in every
// spelling, and where to go after signing in is always a page of the portal.
import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GHANA, KOREA } from "../helpers/people";
import { type Portal, postForm, rawRequest, sessionCookieFor, startPortal, TEST_AUTH_SECRET } from "../helpers/portal";

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(() => portal.stop());

/** An Auth.js CSRF pair as /auth/csrf would hand out, made with the portal's secret. */
function csrfPair() {
  const token = randomBytes(32).toString("hex");
  const hash = createHash("sha256").update(`${token}${TEST_AUTH_SECRET}`).digest("hex");
  return { token, cookie: `authjs.csrf-token=${encodeURIComponent(`${token}|${hash}`)}` };
}

const emailsTo = async (email: string) =>
  Number(
    (
      await portal.database.db
        .selectFrom("emails")
        .select((eb) => eb.fn.countAll().as("count"))
        .where("recipient", "=", email)
        .executeTakeFirstOrThrow()
    ).count,
  );

const tokensFor = (email: string) =>
  portal.database.db.selectFrom("VerificationToken").select("token").where("identifier", "=", email).execute();

/** Asks for a link on /login, as the browser would, and reads it from the outbox. */
async function signInLink(email: string): Promise<URL> {
  const before = await emailsTo(email);
  expect((await postForm(portal, "/login", { email })).status).toBe(302);
  for (let tries = 0; tries < 100 && (await emailsTo(email)) === before; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const message = await portal.database.db
    .selectFrom("emails")
    .select("text")
    .where("recipient", "=", email)
    .orderBy("id", "desc")
    .executeTakeFirstOrThrow();
  return new URL(/https?:\/\/\S*\/login\/confirm\S*/.exec(message.text)![0]);
}

const spellings = (action: string) => [
  `/auth/${action}`,
  `/auth/${action}/`,
  `/auth//${action}`,
  `/auth/./${action}`,
  `/AUTH/${action}`,
  `/Auth/${action.replace(/^\w/, (c) => c.toUpperCase())}`,
  `/auth/${action.replace("/", "%2F")}`,
  `/auth%2F${action.replace("/", "%2F")}`,
  `/auth/${action};x`,
];

describe("Auth.js's own endpoints", () => {
  it("answer 404 to every method and spelling: session, csrf, providers, sign-in, sign-out, callback", async () => {
    const paths = [
      "/auth",
      "/auth/",
      ...["session", "csrf", "providers", "signin", "signout", "error", "verify-request", "webauthn-options"].flatMap(
        spellings,
      ),
      ...spellings("signin/resend"),
      ...spellings("callback/resend"),
      "/auth/callback//resend",
    ];
    const wrong: string[] = [];
    for (const path of paths) {
      for (const method of ["GET", "POST"]) {
        const { status, headers } = await rawRequest(portal, method, path, {
          headers: { Origin: portal.baseUrl, "Content-Type": "application/x-www-form-urlencoded" },
          body: method === "POST" ? "" : undefined,
        });
        if (status !== 404 || headers["set-cookie"]) wrong.push(`${method} ${path}: ${status}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("do not sign anyone in on a GET of the callback, even with a valid link, whatever the spelling", async () => {
    const link = await signInLink(GHANA);
    for (const path of ["/auth/callback/resend", "/auth/callback/resend/", "/auth//callback/resend"]) {
      const response = await rawRequest(portal, "GET", path + link.search);
      expect(response.status, path).toBe(404);
      expect(response.headers["set-cookie"], path).toBeUndefined();
    }
    // The link is still good: the portal's own confirmation signs in with it.
    const confirmed = await postForm(portal, `/login/confirm${link.search}`, {});
    expect(confirmed.status).toBe(302);
    expect(confirmed.headers.get("set-cookie")).toMatch(/^authjs\.session-token=/);
  });

  it("send no sign-in email and make no token on a POST to the sign-in endpoint, with a CSRF pair", async () => {
    const csrf = csrfPair();
    for (const email of [KOREA, "nobody@unknown.example"]) {
      const emailsBefore = await emailsTo(email);
      const tokensBefore = await tokensFor(email);
      for (const path of ["/auth/signin/resend", "/auth/signin/resend/", "/auth//signin/resend"]) {
        const body = new URLSearchParams({ csrfToken: csrf.token, email, callbackUrl: portal.baseUrl }).toString();
        const response = await rawRequest(portal, "POST", path, {
          headers: {
            Origin: portal.baseUrl,
            Cookie: csrf.cookie,
            "Content-Type": "application/x-www-form-urlencoded",
          },
          body,
        });
        // One answer for members and strangers alike, and nothing done for either.
        expect([response.status, response.headers.location], `${email} ${path}`).toEqual([404, undefined]);
      }
      expect(await tokensFor(email)).toEqual(tokensBefore);
      expect(await emailsTo(email)).toBe(emailsBefore);
    }
  });
});

describe("where a signed-in person is sent", () => {
  it("is always a page of the portal: an encoded tab or backslash cannot turn the path into another host", async () => {
    const cookie = await sessionCookieFor(portal, KOREA);
    for (const target of ["/\t/evil.example", "/\\evil.example", "//evil.example", "/.//evil.example", "/\n/evil"]) {
      const response = await fetch(`${portal.baseUrl}/login?${new URLSearchParams({ redirectTo: target })}`, {
        headers: { Cookie: cookie },
        redirect: "manual",
      });
      expect(response.status, JSON.stringify(target)).toBe(302);
      const location = new URL(response.headers.get("location")!, portal.baseUrl);
      expect(location.origin, JSON.stringify(target)).toBe(portal.baseUrl);
    }
  });

  it("survives line breaks in the address: the page it names, never a server error", async () => {
    const cookie = await sessionCookieFor(portal, KOREA);
    const response = await fetch(`${portal.baseUrl}/login?redirectTo=%2Fwork%0D%0ASet-Cookie%3A%20x%3D1`, {
      headers: { Cookie: cookie },
      redirect: "manual",
    });
    expect(response.status).toBe(302);
    expect(new URL(response.headers.get("location")!, portal.baseUrl).pathname).toBe("/workSet-Cookie:%20x=1");
    expect(response.headers.get("set-cookie")).toBeNull();
  });
});
