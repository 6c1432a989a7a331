// Requests straight to a running portal: who may reach what, cross-site refusal, rate limits.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { takeToken } from "~/auth/rate-limit.server";
import { type Portal, postForm, startPortal } from "../helpers/portal";

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(() => portal.stop());

const post = (path: string, body: Record<string, string>, headers: Record<string, string> = {}) =>
  postForm(portal, path, body, { headers });

describe("anonymous requests", () => {
  const pages = [
    "/members",
    "/members?group=weog&q=korea",
    "/members/ghana",
    "/members/ghana/handover",
    "/members/no-such-member",
    "/profile",
    "/admin",
    "/admin/invite",
    "/admin/members/new",
    "/admin/audit",
    "/work",
    "/calendar",
    "/statements",
    "/manual",
  ];

  it("see the public home at /, which names members but no focal point", async () => {
    const response = await fetch(portal.baseUrl + "/", { redirect: "manual" });
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("The Global Network of R2P Focal Points");
    expect(html).not.toContain("Kwame");
  });

  it("are sent to sign in from every page under /members, /admin and the rest, and see nothing", async () => {
    for (const path of pages) {
      const response = await fetch(portal.baseUrl + path, { redirect: "manual" });
      expect(response.status, path).toBe(302);
      expect(response.headers.get("location"), path).toBe(`/login?${new URLSearchParams({ redirectTo: path })}`);
      expect(await response.text(), path).not.toContain("Kwame");
    }
  });

  it("cannot change anything through the admin actions", async () => {
    const person = await portal.database.db
      .selectFrom("people")
      .innerJoin("User", "User.id", "people.user_id")
      .select("people.id")
      .where("User.email", "=", "kwame.mensah@mfa-ghana.example.org")
      .executeTakeFirstOrThrow();
    const attempts = [
      post(`/admin/people/${person.id}`, { intent: "deactivate" }),
      post("/admin/invite", { name: "X", email: "x@example.org", role: "secretariat", locale: "en" }),
      post("/admin/members/new", {
        name: "Atlantis",
        kind: "state",
        regionalGroup: "weog",
        timeZone: "UTC",
        joinedOn: "2026-01-01",
      }),
      post("/members/ghana/handover", { name: "X", email: "y@example.org", locale: "en", when: "now" }),
      post("/profile", { name: "X", timeZone: "UTC", locale: "en" }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toMatch(/^\/login\?/);
    }
    const ghana = await portal.database.db
      .selectFrom("people")
      .select("status")
      .where("id", "=", person.id)
      .executeTakeFirstOrThrow();
    expect(ghana.status).toBe("active");
    const atlantis = await portal.database.db
      .selectFrom("members")
      .select("id")
      .where("slug", "=", "atlantis")
      .execute();
    expect(atlantis).toEqual([]);
  });

  it("never reach Auth.js's own sign-in endpoints", async () => {
    expect((await post("/auth/signin/resend", { email: "kwame.mensah@mfa-ghana.example.org" })).status).toBe(404);
    expect((await fetch(`${portal.baseUrl}/auth/callback/resend?token=a&email=b`, { redirect: "manual" })).status).toBe(
      404,
    );
  });
});

describe("cross-site requests", () => {
  it("are refused with 403 before any action runs", async () => {
    const before = await portal.database.db.selectFrom("rate_limits").select("key").execute();
    const crossSite: Record<string, string>[] = [
      { Origin: "https://attacker.example" },
      { Origin: "null" },
      { "Sec-Fetch-Site": "cross-site" },
    ];
    for (const headers of crossSite) {
      const response = await post("/login", { email: "kwame.mensah@mfa-ghana.example.org" }, headers);
      expect(response.status).toBe(403);
    }
    const logout = await post("/logout", {}, { Origin: "https://attacker.example" });
    expect(logout.status).toBe(403);
    // The refused sign-in requests never reached the action (nothing was counted).
    expect(await portal.database.db.selectFrom("rate_limits").select("key").execute()).toEqual(before);
  });
});

describe("sign-in rate limits", () => {
  it("stop a sixth request for the same address within 15 minutes, with a clear message", async () => {
    const email = "francisca.araya@minrel-chile.example.org";
    for (let i = 0; i < 5; i++) expect((await post("/login", { email })).status).toBe(302);
    const limited = await post("/login", { email });
    expect(limited.status).toBe(429);
    expect(await limited.text()).toContain("Too many sign-in requests for this address or from this connection.");
    // Another address from the same connection is still served.
    expect((await post("/login", { email: "andres.solano@rree-costarica.example.org" })).status).toBe(302);
  });

  it("are counted in Postgres, per client and per window, across processes", async () => {
    const { db } = portal.database;
    const limit = { max: 3, windowSeconds: 60 };
    const at = new Date("2026-01-01T10:00:10Z");
    const results = await Promise.all(Array.from({ length: 5 }, () => takeToken(db, "test:ip:203.0.113.9", limit, at)));
    expect(results.filter(Boolean)).toHaveLength(3);
    // next window
    expect(await takeToken(db, "test:ip:203.0.113.9", limit, new Date("2026-01-01T10:01:05Z"))).toBe(true);
    expect(await takeToken(db, "test:ip:198.51.100.7", limit, at)).toBe(true); // another client
  });
});
