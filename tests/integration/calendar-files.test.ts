// Issue 24: calendar files a member can rely on. The join link travels in the files only signed-in
// members get; a Global Call rings when its reader is reminded in the portal; a four-week session is
// a run of whole days; a Geneva session's own time says Geneva. And a change to an event of the
// coming days is emailed at once even to those who read the calendar in a digest.
import ICAL from "ical.js";
import { runOnce } from "graphile-worker";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type Portal, postForm, sessionCookieFor, startPortal, TEST_AUTH_SECRET } from "../helpers/portal";
import { callInput as call } from "../helpers/events";
import { viewerFor, JAPAN, KOREA, SECRETARIAT, USA } from "../helpers/people";

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal({ WORKER: "off" });
  vi.stubEnv("DATABASE_URL", portal.database.url);
  vi.stubEnv("APP_URL", portal.baseUrl);
  vi.stubEnv("RESEND_API_KEY", "");
  vi.stubEnv("AUTH_SECRET", TEST_AUTH_SECRET);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  const { getDb } = await import("~/lib/db.server");
  await getDb().destroy();
  await portal.stop();
});

const person = (email: string) => viewerFor(portal.database.db, email);

async function download(path: string, email: string) {
  const response = await fetch(portal.baseUrl + path, { headers: { Cookie: await sessionCookieFor(portal, email) } });
  expect(response.status).toBe(200);
  return response.text();
}

function vevents(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent");
}

/** Minutes before the start each alarm of an event rings. */
const alarmMinutes = (event: ICAL.Component) =>
  event
    .getAllSubcomponents("valarm")
    .map((alarm) => -(alarm.getFirstPropertyValue("trigger") as ICAL.Duration).toSeconds() / 60)
    .sort((a, b) => b - a);

describe("a Global Call in a member's calendar file", () => {
  const startsAt = new Date("2027-05-20T13:00:00Z");
  let id: number;

  beforeAll(async () => {
    const { createEvent } = await import("~/calendar/commands.server");
    vi.stubEnv("CLOCK_NOW", "2027-05-01T00:00:00Z");
    id = await createEvent(
      portal.database.db,
      call("Global Call: early warning in the Sahel", startsAt, {
        dialIn: "+41 22 555 0100, code 4411",
        reminderOffsets: [1440, 60],
      }),
      await person(SECRETARIAT),
    );
  });

  it("carries the video link and dial-in, and rings as the reader is reminded, if they are", async () => {
    const [event] = vevents(await download(`/calendar/${id}/event.ics`, KOREA));
    const description = String(event!.getFirstPropertyValue("description"));
    expect(description).toContain("https://meet.example.org/secret-room");
    expect(description).toContain("+41 22 555 0100, code 4411");
    expect(alarmMinutes(event!)).toEqual([1440, 60]);

    // Not for someone who turned Global Call reminders off, or who will not attend.
    const { setPreferences } = await import("~/notifications/preferences.server");
    const { answerRsvp } = await import("~/calendar/commands.server");
    const usa = await person(USA);
    await setPreferences(portal.database.db, usa.id, { global_calls: "off" });
    expect(alarmMinutes(vevents(await download(`/calendar/${id}/event.ics`, USA))[0]!)).toEqual([]);

    await answerRsvp(portal.database.db, id, await person(JAPAN), "not_attending");
    expect(alarmMinutes(vevents(await download(`/calendar/${id}/event.ics`, JAPAN))[0]!)).toEqual([]);
  });

  it("is in the private feed with its join link and the feed owner's alarms", async () => {
    const cookie = await sessionCookieFor(portal, KOREA);
    const page = await postForm(portal, "/calendar/subscribe", { intent: "create" }, { cookie, followRedirects: true });
    const feedUrl = /value="(http[^"]+\.ics)"/.exec(await page.text())![1]!;
    const feed = await fetch(feedUrl);
    const text = await feed.text();
    const event = vevents(text).find(
      (each) => each.getFirstPropertyValue("summary") === "Global Call: early warning in the Sahel",
    );
    expect(String(event!.getFirstPropertyValue("description"))).toContain("https://meet.example.org/secret-room");
    expect(alarmMinutes(event!)).toEqual([1440, 60]);
    // Other events never ring: reminders are a Global Call's.
    const others = vevents(text).filter((each) => each !== event);
    expect(others.length).toBeGreaterThan(10);
    expect(
      others.filter((each) => each.getFirstPropertyValue("summary")!.toString().startsWith("Global Call")).length,
    ).toBeGreaterThan(0);
    expect(
      others
        .filter((each) => !String(each.getFirstPropertyValue("summary")).startsWith("Global Call"))
        .flatMap(alarmMinutes),
    ).toEqual([]);
  });
});

describe("a session over several weeks in Geneva", () => {
  let id: number;

  it("is a run of whole days, the last included, and says its time is Geneva's", async () => {
    const seeded = await portal.database.db
      .selectFrom("events")
      .select(["id", "time_zone", "location"])
      .where("title", "=", "Human Rights Council, 63rd session")
      .executeTakeFirstOrThrow();
    id = seeded.id;
    expect(seeded.time_zone).toBe("Europe/Zurich");

    const [event] = vevents(await download(`/calendar/${id}/event.ics`, KOREA));
    const start = event!.getFirstPropertyValue("dtstart") as ICAL.Time;
    const end = event!.getFirstPropertyValue("dtend") as ICAL.Time;
    expect(start.isDate).toBe(true);
    expect(end.isDate).toBe(true);
    expect(start.toString()).toBe("2026-09-14");
    // DTEND of whole days is the day after the last: the session ends on Friday 9 October.
    expect(end.toString()).toBe("2026-10-10");
    expect(event!.getAllSubcomponents("valarm")).toEqual([]);

    const response = await fetch(`${portal.baseUrl}/calendar/${id}`, {
      headers: { Cookie: await sessionCookieFor(portal, KOREA) },
    });
    const html = await response.text();
    expect(html).toContain("Local time in Geneva");
    expect(html).not.toMatch(/in Zurich/);
  });

  it("names Geneva in the month grid too", async () => {
    const response = await fetch(`${portal.baseUrl}/calendar?month=2026-09`, {
      headers: { Cookie: await sessionCookieFor(portal, KOREA) },
    });
    const html = await response.text();
    expect(html).toMatch(/in Geneva/);
    expect(html).not.toMatch(/in Zurich/);
  });
});

describe("a change to an event", () => {
  async function runQueue(at: Date) {
    vi.stubEnv("CLOCK_NOW", at.toISOString());
    const { taskList } = await import("~/jobs/task-list.server");
    await runOnce({
      connectionString: portal.database.url,
      taskList,
      logger: new (await import("graphile-worker")).Logger(() => () => {}),
    });
  }

  /** How each person hears of the event's latest change: their notification's email cadence. */
  async function cadences(eventId: number, kind: string) {
    const rows = await portal.database.db
      .selectFrom("notifications as n")
      .innerJoin("people as p", "p.id", "n.person_id")
      .innerJoin("User as u", "u.id", "p.user_id")
      .select(["u.email", "n.email_cadence"])
      .where("n.kind", "=", kind as never)
      .where("n.link", "=", `/calendar/${eventId}`)
      .execute();
    return new Map(rows.map((row) => [row.email, row.email_cadence]));
  }

  it("within the next 7 days is emailed at once to those on a digest, not to those who turned it off", async () => {
    const { createEvent, updateEvent } = await import("~/calendar/commands.server");
    const { setPreferences } = await import("~/notifications/preferences.server");
    const now = new Date("2027-02-01T09:00:00Z");
    vi.stubEnv("CLOCK_NOW", now.toISOString());
    const secretariat = await person(SECRETARIAT);
    // Korea reads calendar news in the weekly digest (the default); Japan turned it off.
    await setPreferences(portal.database.db, (await person(JAPAN)).id, { events: "off" });
    const briefing = (title: string, startsAt: Date) =>
      call(title, startsAt, { type: "regional_meeting", onlineUrl: null, reminderOffsets: [], location: "Brussels" });
    const soon = briefing("Briefing on the Great Lakes", new Date("2027-02-05T10:00:00Z"));
    const later = briefing("Briefing on the Sahel", new Date("2027-03-05T10:00:00Z"));
    const soonId = await createEvent(portal.database.db, soon, secretariat);
    const laterId = await createEvent(portal.database.db, later, secretariat);
    await updateEvent(
      portal.database.db,
      soonId,
      { ...soon, location: "Justus Lipsius building, Brussels" },
      secretariat,
    );
    await updateEvent(
      portal.database.db,
      laterId,
      { ...later, location: "Justus Lipsius building, Brussels" },
      secretariat,
    );
    await runQueue(now);

    const urgent = await cadences(soonId, "event_changed");
    expect(urgent.get(KOREA)).toBe("immediate");
    expect(urgent.get(JAPAN)).toBe("off");
    const calm = await cadences(laterId, "event_changed");
    expect(calm.get(KOREA)).toBe("weekly");
    expect(calm.get(JAPAN)).toBe("off");
    // The addition itself is no change: it waits for the digest.
    expect((await cadences(soonId, "event_added")).get(KOREA)).toBe("weekly");
    const emailed = await portal.database.db
      .selectFrom("emails")
      .select("subject")
      .where("recipient", "=", KOREA)
      .where("subject", "like", "%Great Lakes%")
      .execute();
    expect(emailed.length).toBe(1);
  });
});
