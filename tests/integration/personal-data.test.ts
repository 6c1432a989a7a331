// "Download my data": a person reads everything the portal holds about them on /profile/data and
// downloads it as /profile/data.json: their reports, amendments, comments, answers and notifications,
// never another person's, and never a secret (session keys, code and token hashes).
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GHANA, KOREA } from "../helpers/people";
import { type Portal, sessionCookieFor, startPortal } from "../helpers/portal";

let portal: Portal;
let korea: string;
const db = () => portal.database.db;

const mine = {
  report: "Korea translated the Framework of Analysis into Korean this spring (personal data test).",
  amendment: "Replace 'grave concern' with 'deep alarm' in the opening paragraph (personal data test).",
  rationale: "The stronger wording matches the Secretary-General's latest report (personal data test).",
  comment: "Korea supports this wording without reservation (personal data test).",
  remark: "Seoul reads these words as too weak for the region (personal data test).",
  notification: "/statements/999001",
};
const theirs = {
  comment: "Ghana would rather keep the original wording for now (someone else's comment).",
  notification: "/statements/999002",
};
const stepUpHash = createHash("sha256").update("123456-personal-data").digest("hex");
const feedHash = createHash("sha256").update("feed-token-personal-data").digest("hex");

const personOf = (email: string) =>
  db()
    .selectFrom("people as p")
    .innerJoin("User as u", "u.id", "p.user_id")
    .select(["p.id", "p.member_id as memberId"])
    .where("u.email", "=", email)
    .executeTakeFirstOrThrow();

beforeAll(async () => {
  portal = await startPortal();
  korea = await sessionCookieFor(portal, KOREA);
  const [lee, kwame] = [await personOf(KOREA), await personOf(GHANA)];
  const benchmark = await db().selectFrom("benchmarks").select("id").orderBy("id").executeTakeFirstOrThrow();
  await db()
    .insertInto("benchmark_reports")
    .values({
      benchmark_id: benchmark.id,
      member_id: lee.memberId!,
      status: "achieved",
      note: mine.report,
      reported_on: "2026-11-02",
      reported_by: lee.id,
    })
    .execute();
  const paragraph = await db()
    .selectFrom("statement_paragraphs as p")
    .innerJoin("statement_members as m", "m.statement_id", "p.statement_id")
    .innerJoin("statements as s", "s.id", "p.statement_id")
    .select(["p.id", "p.statement_id as statementId", "p.body", "s.current_version as version", "s.title"])
    .where("m.member_id", "=", lee.memberId!)
    .where("s.stage", "=", "drafting")
    .orderBy("p.id")
    .executeTakeFirstOrThrow();
  const amendment = await db()
    .insertInto("amendments")
    .values({
      statement_id: paragraph.statementId,
      paragraph_id: paragraph.id,
      kind: "replace",
      body: mine.amendment,
      rationale: mine.rationale,
      original: paragraph.body,
      based_on_version: paragraph.version,
      member_id: lee.memberId!,
      proposed_by: lee.id,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db()
    .insertInto("paragraph_remarks")
    .values({
      statement_id: paragraph.statementId,
      paragraph_id: paragraph.id,
      quote: "the words Seoul comments on",
      body: mine.remark,
      member_id: lee.memberId!,
      person_id: lee.id,
    })
    .execute();
  await db()
    .insertInto("amendment_comments")
    .values([
      {
        amendment_id: amendment.id,
        member_id: lee.memberId!,
        person_id: lee.id,
        stance: "support",
        body: mine.comment,
      },
      {
        amendment_id: amendment.id,
        member_id: kwame.memberId!,
        person_id: kwame.id,
        stance: "object",
        body: theirs.comment,
      },
    ])
    .execute();
  const event = await db().selectFrom("events").select("id").orderBy("id").executeTakeFirstOrThrow();
  await db()
    .insertInto("event_rsvps")
    .values({ event_id: event.id, person_id: lee.id, response: "maybe" })
    .onConflict((oc) => oc.columns(["event_id", "person_id"]).doUpdateSet({ response: "maybe" }))
    .execute();
  const params = { statement: paragraph.title, member: "Ghana" };
  await db()
    .insertInto("notifications")
    .values(
      [
        { person_id: lee.id, category: "amendments", kind: "amendment_proposed", params, link: mine.notification },
        { person_id: kwame.id, category: "amendments", kind: "amendment_proposed", params, link: theirs.notification },
      ].map((row) => ({ ...row, email_cadence: "off" as const })),
    )
    .execute();
  const session = await db().selectFrom("Session").select("id").orderBy("expires", "desc").executeTakeFirstOrThrow();
  await db()
    .insertInto("step_up_codes")
    .values({ person_id: lee.id, session_id: session.id, code_hash: stepUpHash, expires_at: new Date() })
    .execute();
  await db().insertInto("calendar_feeds").values({ person_id: lee.id, token_hash: feedHash }).execute();
});
afterAll(() => portal?.stop());

const get = (path: string, cookie = korea) =>
  fetch(portal.baseUrl + path, { headers: { Cookie: cookie }, redirect: "manual" });

describe("the data file", () => {
  it("is a JSON attachment named by the date, not kept by the browser, with the person's own things", async () => {
    const response = await get("/profile/data.json");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="r2p-my-data-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    const text = await response.text();
    const file = JSON.parse(text);
    expect(file.profile).toMatchObject({ name: "Lee Seo-yeon", email: KOREA });
    expect(file.benchmarkReports.map((row: { note: string }) => row.note)).toContain(mine.report);
    expect(file.amendments).toEqual(
      expect.arrayContaining([expect.objectContaining({ body: mine.amendment, rationale: mine.rationale })]),
    );
    expect(file.comments).toEqual(
      expect.arrayContaining([expect.objectContaining({ body: mine.comment, stance: "support" })]),
    );
    expect(file.remarks).toEqual([
      expect.objectContaining({ quote: "the words Seoul comments on", body: mine.remark }),
    ]);
    expect(file.rsvps).toEqual(expect.arrayContaining([expect.objectContaining({ response: "maybe" })]));
    expect(file.notifications.map((row: { link: string }) => row.link)).toContain(mine.notification);
    expect(file.sessions.length).toBeGreaterThan(0);
    expect(file.stepUps.length).toBe(1);
    expect(file.calendarFeeds.length).toBe(1);
    expect(file.leftOut).toContain("sessionTokens");

    // Not another person's words or notices.
    expect(text).not.toContain(theirs.comment);
    expect(text).not.toContain(theirs.notification);
    // No secret: the session's key, a step-up code's hash, a feed's token hash.
    expect(text).not.toContain(korea.split("=")[1]);
    expect(text).not.toContain(stepUpHash);
    expect(text).not.toContain(feedHash);
    expect(text).not.toMatch(/"(sessionToken|token_hash|tokenHash|code_hash|codeHash)"/);
  });

  it("is read in a few SQL statements", async () => {
    const response = await get("/profile/data.json");
    const statements = Number(/sql;desc="(\d+)"/.exec(response.headers.get("server-timing") ?? "")?.[1]);
    expect(statements).toBeLessThanOrEqual(3);
  });
});

describe("the data page", () => {
  it("shows the person's things under headings, an empty section as None, and offers the file", async () => {
    const response = await get("/profile/data");
    expect(response.status).toBe(200);
    const html = (await response.text()).replace(/&#x27;|&#39;/g, "'");
    expect(html).toContain("<h1");
    for (const heading of [
      "Your data",
      "Profile",
      "Benchmark progress reports you filed",
      "Amendments you proposed",
      "Your comments on amendments",
      "Your answers to events (RSVPs)",
      "Notifications",
      "What is left out, and why",
    ])
      expect(html).toContain(`${heading}</h`);
    for (const text of [mine.report, mine.amendment, mine.comment]) expect(html).toContain(text);
    expect(html).toContain("None.");
    expect(html).toMatch(/<a href="\/profile\/data\.json" download=""/);
    expect(html).not.toContain(theirs.comment);
  });

  it("is linked from the profile", async () => {
    expect(await (await get("/profile")).text()).toContain('href="/profile/data"');
  });

  it("sends someone signed out to sign in, for the page and the file", async () => {
    for (const path of ["/profile/data", "/profile/data.json"]) {
      const response = await get(path, "");
      expect(response.status).toBe(302);
      expect(response.headers.get("location")).toBe(`/login?${new URLSearchParams({ redirectTo: path })}`);
    }
  });
});
