// "Where you are signed in": a person sees their own sessions (device, network, start, last use), signs
// one or all the others out, and sessions idle for 30 days end.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GHANA, KOREA } from "../helpers/people";
import { type Portal, postForm, sessionCookieFor, startPortal } from "../helpers/portal";

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal({ WORKER: "off" });
});
afterAll(() => portal?.stop());

const db = () => portal.database.db;
const get = (path: string, cookie: string) =>
  fetch(portal.baseUrl + path, { headers: { Cookie: cookie }, redirect: "manual" });
const post = (cookie: string, form: Record<string, string>) => postForm(portal, "/profile/sessions", form, { cookie });
const tokenOf = (cookie: string) => cookie.split("=")[1]!;
const sessionOf = (cookie: string) =>
  db()
    .selectFrom("Session")
    .select(["id", "expires", "lastUsedAt"])
    .where("sessionToken", "=", tokenOf(cookie))
    .executeTakeFirst();
const signedIn = async (cookie: string) => (await get("/profile", cookie)).status === 200;
const FIREFOX = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";

describe("where a person is signed in", () => {
  it("lists the person's own sessions with their device and network, and no one else's", async () => {
    const here = await sessionCookieFor(portal, KOREA);
    const phone = await sessionCookieFor(portal, KOREA);
    const ghana = await sessionCookieFor(portal, GHANA);
    await db()
      .updateTable("Session")
      .set({ userAgent: FIREFOX, ipAddress: "203.0.113.77" })
      .where("sessionToken", "=", tokenOf(phone))
      .execute();
    const page = await get("/profile/sessions", here);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Where you are signed in");
    expect(html).toContain("Firefox on Windows");
    expect(html).toContain("Internet address in 203.0.113.0/24");
    expect(html).not.toContain("203.0.113.77");
    expect(html.match(/This browser/g)).toHaveLength(1);
    // Korea's two sessions: one "Sign out" button, for the phone (this one signs out from the header).
    expect(html.match(/name="session"/g)).toHaveLength(1);
    expect(html).toContain(`value="${(await sessionOf(phone))!.id}"`);
    expect(html).not.toContain(`value="${(await sessionOf(ghana))!.id}"`);
  });

  it("signs one session out, never someone else's, and all the others at once", async () => {
    const here = await sessionCookieFor(portal, KOREA);
    const laptop = await sessionCookieFor(portal, KOREA);
    const ghana = await sessionCookieFor(portal, GHANA);

    const foreign = await post(here, { intent: "end", session: (await sessionOf(ghana))!.id });
    expect(foreign.status).toBe(404);
    expect(await signedIn(ghana)).toBe(true);
    expect((await post(here, { intent: "end", session: "x".repeat(101) })).status).toBe(400);
    expect((await post(here, { intent: "sign_out_everyone" })).status).toBe(400);

    const ended = await post(here, { intent: "end", session: (await sessionOf(laptop))!.id });
    expect(ended.status).toBe(302);
    expect(ended.headers.get("location")).toBe("/profile/sessions?ended=1");
    expect(await signedIn(laptop)).toBe(false);
    expect(await (await get("/profile/sessions?ended=1", here)).text()).toContain("One session signed out.");

    const others = [await sessionCookieFor(portal, KOREA), await sessionCookieFor(portal, KOREA)];
    const all = await post(here, { intent: "end_others" });
    expect(all.headers.get("location")).toMatch(/^\/profile\/sessions\?ended=[2-9]/);
    for (const cookie of others) expect(await signedIn(cookie)).toBe(false);
    expect(await signedIn(here)).toBe(true);
    expect(await signedIn(ghana)).toBe(true);
    const log = await db()
      .selectFrom("audit_log")
      .select("details")
      .where("action", "=", "session_ended")
      .orderBy("id")
      .execute();
    expect(log.map((entry) => entry.details)).toEqual([{ sessions: 1 }, { sessions: expect.any(Number) }]);
  });

  it("keeps a session in use open 30 days from its last use, and ends one idle that long", async () => {
    const inUse = await sessionCookieFor(portal, KOREA);
    const tenMinutesAgo = new Date(Date.now() - 10 * 60_000);
    await db()
      .updateTable("Session")
      .set({ lastUsedAt: tenMinutesAgo, expires: new Date(Date.now() + 60_000) })
      .where("sessionToken", "=", tokenOf(inUse))
      .execute();
    expect(await signedIn(inUse)).toBe(true);
    const moved = (await sessionOf(inUse))!;
    expect(moved.lastUsedAt.getTime()).toBeGreaterThan(tenMinutesAgo.getTime());
    expect(moved.expires.getTime() - Date.now()).toBeGreaterThan(29 * 86_400_000);

    const idle = await sessionCookieFor(portal, KOREA);
    await db()
      .updateTable("Session")
      .set({ lastUsedAt: new Date(Date.now() - 31 * 86_400_000), expires: new Date(Date.now() - 86_400_000) })
      .where("sessionToken", "=", tokenOf(idle))
      .execute();
    expect((await get("/profile", idle)).headers.get("location")).toMatch(/^\/login/);
    const { sweepEndedSessions } = await import("~/sessions/commands.server");
    expect(await sweepEndedSessions(db())).toBeGreaterThanOrEqual(1);
    expect(await sessionOf(idle)).toBeUndefined();
    expect(await sessionOf(inUse)).toBeDefined();
  });
});
