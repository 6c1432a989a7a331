// The calendar over HTTP, as people and their browsers (or anyone typing an address) reach it: odd
// input never fails the server and a refused form comes back as typed; reading the calendar writes
// nothing but a feed's last use; every act leaves its audit entry.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Portal, postForm, sessionCookieFor, startPortal } from "../helpers/portal";
import { callInput } from "../helpers/events";
import { KOREA, SECRETARIAT, viewerFor } from "../helpers/people";

let portal: Portal;
let korea: string;
let secretariat: string;
beforeAll(async () => {
  portal = await startPortal({ WORKER: "off" });
  vi.stubEnv("DATABASE_URL", portal.database.url);
  vi.stubEnv("APP_URL", portal.baseUrl);
  [korea, secretariat] = await Promise.all([sessionCookieFor(portal, KOREA), sessionCookieFor(portal, SECRETARIAT)]);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  const { getDb } = await import("~/lib/db.server");
  await getDb().destroy();
  await portal?.stop();
});

const get = async (path: string, cookie?: string) => {
  const response = await fetch(portal.baseUrl + path, {
    headers: cookie ? { Cookie: cookie } : {},
    redirect: "manual",
  });
  return { status: response.status, text: await response.text() };
};
const post = async (path: string, form: Record<string, string | string[]>, cookie: string) => {
  const response = await postForm(portal, path, form, { cookie });
  return { status: response.status, text: await response.text(), location: response.headers.get("location") };
};

async function seededEvent(type: "global_call" | "annual_meeting"): Promise<number> {
  const { id } = await portal.database.db
    .selectFrom("events")
    .select("id")
    .where("type", "=", type)
    .orderBy("id")
    .executeTakeFirstOrThrow();
  return id;
}

/** An event as the form sends it: Korea's forum in Seoul. */
const forum = {
  intent: "save",
  title: "Seoul forum on atrocity prevention",
  language: "en",
  type: "national_forum",
  date: "2027-03-10",
  startTime: "14:00",
  endDate: "",
  endTime: "17:00",
  timeZone: "Asia/Seoul",
  location: "Seoul",
  onlineUrl: "",
  dialIn: "",
  description: "With the Framework of Analysis.",
  agenda: "",
  member: "",
};

describe("odd addresses and query strings", () => {
  it("answer with a page or a 404, never a server error", async () => {
    const call = await seededEvent("global_call");
    const paths = [
      "/calendar?month=9999-12",
      "/calendar?month=0000-00",
      "/calendar?month=0000-01",
      "/calendar?month=0099-05",
      "/calendar?month=2026-13",
      "/calendar?month=%00",
      "/calendar?view=agenda&from=2026-02-30",
      "/calendar?view=agenda&from=0001-01-01",
      "/calendar?view=agenda&from=9999-12-31",
      "/calendar?type=party&group=%00&page=99999999999999",
      "/calendar?view=%00&type=global_call%00",
      "/calendar/99999999999999999999",
      "/calendar/abc",
      "/calendar/0",
      "/calendar/1e3",
      "/calendar/%00",
      "/calendar/%E0%A4%A",
      "/calendar/%E0%A4%A/edit",
      "/calendar/feed/%E0%A4%A.ics",
      "/calendar?month=%E0%A4%A",
      "/calendar/2147483647/edit",
      "/calendar/2147483648/event.ics",
      `/calendar/${call}?notice=%00`,
      "/calendar/new?type=%00",
      "/calendar/feed/%00%00%00%00%00%00%00%00%00%00%00%00%00%00%00%00%00%00%00%00.ics",
      `/calendar/feed/${"a".repeat(64)}.ics`,
    ];
    const answers = [];
    for (const path of paths) answers.push([path, (await get(path, korea)).status]);
    expect(answers.filter(([, status]) => Number(status) >= 500)).toEqual([]);
  });

  it("show the months at the calendar's ends, and read an impossible one as this month", async () => {
    const last = await get("/calendar?month=2999-12", korea);
    expect(last.status).toBe(200);
    expect(last.text).toContain("Events in December 2999");
    const first = await get("/calendar?month=1900-01", korea);
    expect(first.text).toContain("Events in January 1900");
    const today = await get("/calendar", korea);
    const thisMonth = /Events in ([A-Z][a-z]+ \d{4})/.exec(today.text)![1];
    for (const month of ["9999-12", "3000-01", "0000-00", "0099-05", "2026-13", "10000-01"])
      expect((await get(`/calendar?month=${month}`, korea)).text).toContain(`Events in ${thisMonth}`);
  });
});

describe("a refused event form", () => {
  const refusals: [string, Record<string, string>, string, string][] = [
    ["an impossible date", { date: "2026-02-30" }, "date", "Enter a date as YYYY-MM-DD."],
    ["an impossible end date", { endDate: "2027-02-29" }, "endDate", "Enter a date as YYYY-MM-DD."],
    ["a year before 1900", { date: "0001-01-01" }, "date", "Enter a date as YYYY-MM-DD."],
    ["NUL in the title", { title: "Seoul\u0000forum" }, "title", "Remove the invisible control character"],
    ["NUL in the description", { description: "A\u0000B" }, "description", "Remove the invisible control character"],
    ["NUL in the location", { location: "Seoul\u0000" }, "location", "Remove the invisible control character"],
    ["NUL in the video link", { onlineUrl: "https://meet.example.org/\u0000" }, "onlineUrl", "Remove the invisible"],
    ["NUL in the organiser", { member: "ghana\u0000" }, "member", "Remove the invisible control character"],
    ["an unknown type", { type: "garden_party" }, "type", "Choose one of the options."],
    ["an unknown organiser", { member: "atlantis" }, "member", "Choose one of the options."],
    ["a time zone that does not exist", { timeZone: "Mars/Olympus" }, "timeZone", "Choose a time zone from the list."],
    ["a time zone not offered", { timeZone: "utc" }, "timeZone", "Choose a time zone from the list."],
    ["an end before the start", { endTime: "13:00" }, "endTime", "The event must end after it starts."],
    ["a start time that is not one", { startTime: "25:00" }, "startTime", "Enter a time as HH:MM"],
    ["a title far too long", { title: "x".repeat(5_000) }, "title", "keep it to 200 characters"],
  ];
  it.each(refusals)(
    "comes back with %s named next to its field, everything typed kept",
    async (_, change, field, message) => {
      const { status, text } = await post("/calendar/new", { ...forum, ...change }, korea);
      expect(status).toBe(400);
      const error = new RegExp(`id="${field}-error"[^>]*>([^<]*)<`).exec(text)?.[1] ?? "";
      expect(error.replace(/&#x27;|&#39;/g, "'")).toContain(message);
      // What was typed is still there, in the field refused and elsewhere.
      const typed = { ...forum, ...change };
      for (const name of ["title", "location", "onlineUrl", "description"] as const)
        expect(text).toContain(typed[name]);
    },
  );

  it("refuses the same on an edit, and saves nothing", async () => {
    const before = await portal.database.db
      .selectFrom("events")
      .select(sql<number>`count(*)::int`.as("n"))
      .execute();
    const call = await seededEvent("global_call");
    const edited = await post(
      `/calendar/${call}/edit`,
      { ...forum, type: "global_call", date: "2026-02-30" },
      secretariat,
    );
    expect(edited.status).toBe(400);
    expect(edited.text).toContain("Enter a date as YYYY-MM-DD.");
    const after = await portal.database.db
      .selectFrom("events")
      .select(sql<number>`count(*)::int`.as("n"))
      .execute();
    expect(after).toEqual(before);
  });
});

describe("odd posts on an event and the feed", () => {
  it("are refused with a message, a 403 or a 404, never a server error", async () => {
    const call = await seededEvent("global_call");
    const minutes = await post(`/calendar/${call}`, { intent: "minutes", minutes: "Agreed\u0000." }, secretariat);
    expect(minutes.status).toBe(400);
    expect(minutes.text).toContain("Remove the invisible control character");
    expect(minutes.text).toContain("Agreed"); // the minutes typed come back
    expect((await post(`/calendar/${call}`, { intent: "rsvp", response: "perhaps" }, korea)).status).toBe(400);
    expect((await post(`/calendar/${call}`, { intent: "\u0000" }, korea)).status).toBe(400);
    expect((await post("/calendar/99999999999", { intent: "cancel" }, secretariat)).status).toBe(404);
    expect((await post("/calendar/2147483647", { intent: "cancel" }, secretariat)).status).toBe(404);
    expect((await post("/calendar/subscribe", { intent: "steal" }, korea)).status).toBe(400);
  });
});

/** A digest of every row of every table (the worker's queue included), a column left out where named. */
async function tableDigests(skip: Record<string, string> = {}): Promise<Record<string, string>> {
  const { db } = portal.database;
  const tables = await sql<{ schema: string; name: string }>`
    select table_schema as schema, table_name as name from information_schema.tables
    where table_schema in ('public', 'graphile_worker') and table_type = 'BASE TABLE'`.execute(db);
  const digests: Record<string, string> = {};
  for (const { schema, name } of tables.rows) {
    const row = sql`to_jsonb(t) - ${skip[name] ?? ""}::text`;
    const { rows } = await sql<{ digest: string }>`
      select md5(coalesce(string_agg((${row})::text, '|' order by (${row})::text), '')) as digest
      from ${sql.table(`${schema}.${name}`)} t`.execute(db);
    digests[`${schema}.${name}`] = rows[0]!.digest;
  }
  return digests;
}

describe("reading the calendar", () => {
  it("writes nothing, but for the moment a calendar app last fetched its feed", async () => {
    const call = await seededEvent("global_call");
    const meeting = await seededEvent("annual_meeting");
    const feed = /value="(http[^"]+\.ics)"/.exec(
      (await post("/calendar/subscribe", { intent: "create" }, korea)).text,
    )!;
    const before = await tableDigests({ calendar_feeds: "last_used_at" });
    const feedsBefore = await tableDigests();
    const pages = [
      "/calendar",
      "/calendar?month=2026-06",
      "/calendar?view=agenda",
      "/calendar?view=agenda&from=2026-01-01&type=global_call",
      `/calendar/${call}`,
      `/calendar/${meeting}`,
      `/calendar/${call}/event.ics`,
      "/calendar/new",
      "/calendar/new?type=global_call",
      "/calendar/subscribe",
    ];
    for (const cookie of [korea, secretariat]) {
      for (const path of pages) expect([path, (await get(path, cookie)).status]).toEqual([path, 200]);
    }
    expect((await get(`/calendar/${meeting}/edit`, secretariat)).status).toBe(200);
    expect((await fetch(feed[1]!)).status).toBe(200);
    expect(await tableDigests({ calendar_feeds: "last_used_at" })).toEqual(before);
    // The one write: the feed's last use.
    const after = await tableDigests();
    expect(after["public.calendar_feeds"]).not.toBe(feedsBefore["public.calendar_feeds"]);
  });
});

describe("the audit log", () => {
  const entries = (subjectId: number) =>
    portal.database.db
      .selectFrom("audit_log as a")
      .leftJoin("people as p", "p.id", "a.actor_id")
      .leftJoin("members as m", "m.id", "a.member_id")
      .select(["a.action", "p.name as actor", "m.name as member", "a.ip"])
      .where("a.subject_kind", "=", "event")
      .where("a.subject_id", "=", subjectId)
      .orderBy("a.id")
      .execute();

  it("records who added, edited and cancelled an event, in whose name", async () => {
    const created = await post("/calendar/new", forum, korea);
    expect(created.status).toBe(302);
    const id = Number(/\/calendar\/(\d+)/.exec(created.location ?? "")![1]);
    expect((await post(`/calendar/${id}/edit`, { ...forum, location: "Busan" }, korea)).status).toBe(302);
    const cancel = { intent: "cancel", _confirm: "cancel_event" };
    expect((await post(`/calendar/${id}`, cancel, korea)).status).toBe(302);
    expect((await post(`/calendar/${id}`, cancel, korea)).status).toBe(403); // once is final
    const korean = { actor: "Lee Seo-yeon", member: "Republic of Korea", ip: expect.any(String) };
    expect(await entries(id)).toEqual([
      { action: "event_created", ...korean },
      { action: "event_updated", ...korean },
      { action: "event_cancelled", ...korean },
    ]);
  });

  it("records answers to a Global Call and its minutes, and a feed made, replaced and stopped", async () => {
    const { createEvent, postMinutes } = await import("~/calendar/commands.server");
    vi.stubEnv("CLOCK_NOW", new Date().toISOString());
    const secretary = await viewerFor(portal.database.db, SECRETARIAT);
    const id = await createEvent(
      portal.database.db,
      callInput("Global Call: Audit trail", new Date(Date.now() + 7 * 86_400_000)),
      secretary,
    );
    expect((await post(`/calendar/${id}`, { intent: "rsvp", response: "maybe" }, korea)).status).toBe(302);
    vi.stubEnv("CLOCK_NOW", new Date(Date.now() + 8 * 86_400_000).toISOString());
    await postMinutes(portal.database.db, id, "Members shared early-warning assessments.", secretary);
    expect((await entries(id)).map((entry) => [entry.action, entry.actor])).toEqual([
      ["event_created", "Claire Hartley"],
      ["rsvp_answered", "Lee Seo-yeon"],
      ["minutes_posted", "Claire Hartley"],
    ]);

    const person = await viewerFor(portal.database.db, KOREA);
    await post("/calendar/subscribe", { intent: "revoke" }, korea); // whatever came before
    const since = await portal.database.db
      .selectFrom("audit_log")
      .select(sql<number>`coalesce(max(id), 0)`.as("id"))
      .executeTakeFirstOrThrow();
    for (const intent of ["create", "create", "revoke", "revoke"]) await post("/calendar/subscribe", { intent }, korea);
    const feeds = await portal.database.db
      .selectFrom("audit_log")
      .select(["action", "actor_id", "person_id"])
      .where("id", ">", since.id)
      .where("action", "in", ["feed_created", "feed_regenerated", "feed_revoked"])
      .orderBy("id")
      .execute();
    expect(feeds).toEqual(
      ["feed_created", "feed_regenerated", "feed_revoked"].map((action) => ({
        action,
        actor_id: person.id,
        person_id: person.id,
      })),
    );
  });
});
