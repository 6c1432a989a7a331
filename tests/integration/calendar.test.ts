// The calendar against a real database and a running portal (its worker off, so each test runs the
// queue itself): times in every zone, iCalendar output, reminders once per person and offset.
import { spawn, type ChildProcess } from "node:child_process";
import ICAL from "ical.js";
import { makeWorkerUtils, runOnce } from "graphile-worker";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { EventInput } from "~/calendar/commands.server";
import { type Portal, postForm, sessionCookieFor, startPortal, TEST_AUTH_SECRET } from "../helpers/portal";
import { callInput as call } from "../helpers/events";
import { viewerFor, KOREA, SECRETARIAT, USA } from "../helpers/people";
import { queueDrained } from "../helpers/queue";

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal({ WORKER: "off" });
  vi.stubEnv("DATABASE_URL", portal.database.url);
  vi.stubEnv("APP_URL", portal.baseUrl);
  vi.stubEnv("RESEND_API_KEY", "");
  // The queue runs in this process, and emails carry unsubscribe links signed as the portal signs them.
  vi.stubEnv("AUTH_SECRET", TEST_AUTH_SECRET);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  const { getDb } = await import("~/lib/db.server");
  await getDb().destroy();
  await portal.stop();
});

const HOUR = 3_600_000;

const person = (email: string) => viewerFor(portal.database.db, email);

/** Runs every queued job once, as the worker would, at the portal time given. */
async function runQueue(at: Date) {
  vi.stubEnv("CLOCK_NOW", at.toISOString());
  const { taskList } = await import("~/jobs/task-list.server");
  await runOnce({
    connectionString: portal.database.url,
    taskList,
    logger: new (await import("graphile-worker")).Logger(() => () => {}),
  });
}

async function emailsTo(recipient: string, purpose: string) {
  return portal.database.db
    .selectFrom("emails")
    .selectAll()
    .where("recipient", "=", recipient)
    .where("purpose", "=", purpose)
    .orderBy("id")
    .execute();
}

async function page(path: string, email: string) {
  const response = await fetch(portal.baseUrl + path, { headers: { Cookie: await sessionCookieFor(portal, email) } });
  return { status: response.status, text: await response.text(), headers: response.headers };
}

describe("a Global Call in every member's time zone", () => {
  const startsAt = new Date("2027-06-17T14:00:00Z");
  let id: number;

  it("reads 23:00 in Seoul and 10:00 in New York (EDT) on the page and in the month grid", async () => {
    const { createEvent } = await import("~/calendar/commands.server");
    vi.stubEnv("CLOCK_NOW", "2027-06-01T00:00:00Z");
    id = await createEvent(
      portal.database.db,
      call("Global Call: The Kigali Principles", startsAt),
      await person(SECRETARIAT),
    );

    const korea = await page(`/calendar/${id}`, KOREA);
    expect(korea.text).toContain("23:00 GMT+9");
    expect(korea.text).toContain("Thursday, June 17, 2027");
    const newYork = await page(`/calendar/${id}`, SECRETARIAT);
    expect(newYork.text).toContain("10:00 EDT");
    expect(newYork.text).toContain("https://meet.example.org/secret-room");

    const grid = await page("/calendar?month=2027-06", KOREA);
    expect(grid.text).toContain("Global Call: The Kigali Principles");
    expect(grid.text).toMatch(/23:00<\/time>/);
  });

  it("writes the time in each recipient's zone in the reminder email", async () => {
    await runQueue(new Date(startsAt.getTime() - HOUR + 60_000));
    // The worker ran 59 minutes before the call: the 1-hour reminder went out, the earlier ones were passed over.
    const [korea] = await emailsTo(KOREA, "call_reminder");
    expect(korea?.subject).toBe("Reminder: Global Call: The Kigali Principles");
    expect(korea?.text).toContain("The Global Call starts in 1 hour.");
    expect(korea?.text).toContain("Thursday, June 17, 2027, 23:00 GMT+9");
    expect(korea?.text).toContain(`${portal.baseUrl}/calendar/${id}/event.ics`);
    const [usa] = await emailsTo(USA, "call_reminder");
    expect(usa?.text).toContain("Thursday, June 17, 2027, 10:00 EDT");
    expect(await emailsTo(USA, "call_reminder")).toHaveLength(1);
  });
});

describe("a busy day", () => {
  it("shows its first four events in the month and the rest in the agenda from that day", async () => {
    const { createEvent } = await import("~/calendar/commands.server");
    vi.stubEnv("CLOCK_NOW", "2027-01-20T00:00:00Z");
    const secretariat = await person(SECRETARIAT);
    for (let hour = 1; hour <= 5; hour++) {
      const startsAt = new Date(`2027-02-16T0${hour}:00:00Z`); // 16 February in Seoul
      await createEvent(
        portal.database.db,
        { ...call(`Side event ${hour}`, startsAt), type: "national_forum", reminderOffsets: [] },
        secretariat,
      );
    }
    const month = await page("/calendar?month=2027-02", KOREA);
    expect(month.text).toContain(">Side event 4</a>");
    expect(month.text).not.toContain(">Side event 5</a>");
    expect(month.text).toMatch(/href="\/calendar\?view=agenda&amp;from=2027-02-16"[^>]*>\+1 more<\/a>/);
    const agenda = await page("/calendar?view=agenda&from=2027-02-16", KOREA);
    for (let hour = 1; hour <= 5; hour++) expect(agenda.text).toContain(`>Side event ${hour}</a>`);
  });
});

describe("iCalendar output", () => {
  it("parses with an independent parser, keeps its UID across an update, and marks a cancellation", async () => {
    const { createEvent, updateEvent, cancelEvent } = await import("~/calendar/commands.server");
    vi.stubEnv("CLOCK_NOW", "2027-03-01T00:00:00Z");
    const secretariat = await person(SECRETARIAT);
    // Geneva time across the change to summer time on 28 March 2027: 10:00 CET is 09:00Z, 10:00 CEST is 08:00Z.
    const input: EventInput = {
      ...call("Human Rights Council side event", new Date("2027-03-26T09:00:00Z")),
      type: "human_rights_council",
      timeZone: "Europe/Zurich",
      location: "Palais des Nations",
      onlineUrl: null,
      reminderOffsets: [],
    };
    const id = await createEvent(portal.database.db, input, secretariat);
    const parse = async () => {
      const { status, text, headers } = await page(`/calendar/${id}/event.ics`, KOREA);
      expect(status).toBe(200);
      expect(headers.get("content-type")).toBe("text/calendar; charset=utf-8");
      return new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent("vevent")!;
    };
    const before = await parse();
    expect(before.getFirstPropertyValue("summary")).toBe("Human Rights Council side event");
    expect(before.getFirstPropertyValue("sequence")).toBe(0);
    expect((before.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().toISOString()).toBe(
      "2027-03-26T09:00:00.000Z",
    );

    await updateEvent(
      portal.database.db,
      id,
      { ...input, startsAt: new Date("2027-04-02T08:00:00Z"), endsAt: new Date("2027-04-02T09:00:00Z") },
      secretariat,
    );
    const after = await parse();
    expect(after.getFirstPropertyValue("uid")).toBe(before.getFirstPropertyValue("uid"));
    expect(after.getFirstPropertyValue("sequence")).toBe(1);
    expect((after.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().toISOString()).toBe(
      "2027-04-02T08:00:00.000Z",
    );
    expect(after.getFirstPropertyValue("status")).toBe("CONFIRMED");

    await cancelEvent(portal.database.db, id, secretariat);
    const cancelled = await parse();
    expect(cancelled.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(cancelled.getFirstPropertyValue("sequence")).toBe(2);
    expect(cancelled.getFirstPropertyValue("uid")).toBe(before.getFirstPropertyValue("uid"));
  });

  it("serves a private feed by token that can be regenerated and revoked", async () => {
    const cookie = await sessionCookieFor(portal, KOREA);
    const subscribe = (intent: string) =>
      postForm(portal, "/calendar/subscribe", { intent }, { cookie, followRedirects: true }).then((response) =>
        response.text(),
      );
    const feedUrl = (html: string) => /value="(http[^"]+\.ics)"/.exec(html)![1]!;
    const first = feedUrl(await subscribe("create"));
    const feed = await fetch(first);
    expect(feed.status).toBe(200);
    const text = await feed.text();
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent");
    expect(events.length).toBeGreaterThan(10);
    expect(new Set(events.map((event) => event.getFirstPropertyValue("uid"))).size).toBe(events.length);

    const second = feedUrl(await subscribe("create"));
    expect(second).not.toBe(first);
    expect((await fetch(first)).status).toBe(404);
    expect((await fetch(second)).status).toBe(200);
    await subscribe("revoke");
    expect((await fetch(second)).status).toBe(404);
  });
});

describe("reminders", () => {
  const workers: ChildProcess[] = [];
  afterAll(() => workers.forEach((worker) => worker.exitCode === null && worker.kill("SIGKILL")));

  function startWorker(at: Date): ChildProcess {
    const worker = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
      env: {
        ...process.env,
        DATABASE_URL: portal.database.url,
        APP_URL: portal.baseUrl,
        AUTH_SECRET: TEST_AUTH_SECRET,
        RESEND_API_KEY: "",
        CLOCK_NOW: at.toISOString(),
        WORKER_CONCURRENCY: "4",
      },
      stdio: "ignore",
    });
    workers.push(worker);
    return worker;
  }
  const sentCount = async () =>
    Number(
      (
        await portal.database.db
          .selectFrom("emails")
          .select((eb) => eb.fn.countAll().as("n"))
          .where("purpose", "=", "call_reminder")
          .executeTakeFirstOrThrow()
      ).n,
    );
  async function waitFor(check: () => Promise<boolean>, timeoutMs = 60_000) {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error("timed out");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  // Three worker processes start, one after the other, on a machine shared with the database.
  it(
    "go out once per person and offset across a worker crash, a restart and two workers",
    { timeout: 90_000 },
    async () => {
      const { createEvent } = await import("~/calendar/commands.server");
      const start = new Date("2027-08-19T14:00:00Z");
      vi.stubEnv("CLOCK_NOW", "2027-08-01T00:00:00Z");
      const secretariat = await person(SECRETARIAT);
      const ids = [];
      for (const minutes of [0, 5, 10])
        ids.push(
          await createEvent(
            portal.database.db,
            call(`Crash-test call ${minutes}`, new Date(start.getTime() + minutes * 60_000), { reminderOffsets: [60] }),
            secretariat,
          ),
        );
      const people = Number(
        (
          await portal.database.db
            .selectFrom("people")
            .select((eb) => eb.fn.countAll().as("n"))
            .where("status", "=", "active")
            .executeTakeFirstOrThrow()
        ).n,
      );
      const before = await sentCount();

      const at = new Date(start.getTime() - 30 * 60_000);
      const first = startWorker(at);
      await waitFor(async () => (await sentCount()) - before >= 15);
      first.kill("SIGKILL"); // mid-batch: some sent, some claimed by jobs the dead worker held
      await new Promise((resolve) => first.once("exit", resolve));
      const afterCrash = (await sentCount()) - before;
      expect(afterCrash).toBeLessThan(3 * people);
      const { rows: dead } = await sql<{ worker: string }>`
      select distinct locked_by as worker from graphile_worker._private_jobs
      where locked_by is not null`.execute(portal.database.db);

      const [second, third] = [startWorker(at), startWorker(at)];
      await waitFor(async () => (await sentCount()) - before === 3 * people);
      // The dead worker's jobs come back, as graphile-worker frees them hours later: run again, they
      // must find nothing left to send. Then nothing is due or running that could send a duplicate.
      const utils = await makeWorkerUtils({ connectionString: portal.database.url });
      await utils.forceUnlockWorkers(dead.map((row) => row.worker));
      await utils.release();
      await queueDrained(portal.database.db);
      second.kill("SIGTERM");
      third.kill("SIGTERM");

      const rows = await portal.database.db
        .selectFrom("emails")
        .select(["recipient", "subject", (eb) => eb.fn.countAll().as("n")])
        .where("purpose", "=", "call_reminder")
        .where("subject", "like", "%: Crash-test call %") // in each recipient's language
        .groupBy(["recipient", "subject"])
        .execute();
      expect(rows).toHaveLength(3 * people);
      expect(rows.every((row) => Number(row.n) === 1)).toBe(true);
      const statuses = await portal.database.db
        .selectFrom("call_reminders")
        .select("status")
        .where("event_id", "in", ids)
        .execute();
      expect(statuses.every((row) => row.status === "sent")).toBe(true);
      // Each was told once: one notification per person and call, in the centre too.
      const told = await portal.database.db
        .selectFrom("notifications")
        .select(["person_id", "link", (eb) => eb.fn.countAll().as("n")])
        .where("kind", "=", "call_reminder")
        .where(
          "link",
          "in",
          ids.map((id) => `/calendar/${id}`),
        )
        .groupBy(["person_id", "link"])
        .execute();
      expect(told).toHaveLength(3 * people);
      expect(told.every((row) => Number(row.n) === 1)).toBe(true);
    },
  );

  it("move with a reschedule, which sends a time-changed notice once, and stop with a cancellation", async () => {
    const { createEvent, updateEvent, cancelEvent } = await import("~/calendar/commands.server");
    const secretariat = await person(SECRETARIAT);
    const start = new Date("2027-10-14T14:00:00Z");
    vi.stubEnv("CLOCK_NOW", "2027-09-20T00:00:00Z");
    const input = call("Global Call: The ACT Code of Conduct", start);
    const id = await createEvent(portal.database.db, input, secretariat);
    const korea = await person(KOREA);
    const reminders = () =>
      portal.database.db
        .selectFrom("call_reminders")
        .select(["offset_minutes", "due_at", "status"])
        .where("event_id", "=", id)
        .where("person_id", "=", korea.id)
        .orderBy("offset_minutes", "desc")
        .execute();
    expect((await reminders()).map((r) => [r.offset_minutes, r.due_at.toISOString(), r.status])).toEqual([
      [10080, "2027-10-07T14:00:00.000Z", "pending"],
      [1440, "2027-10-13T14:00:00.000Z", "pending"],
      [60, "2027-10-14T13:00:00.000Z", "pending"],
    ]);

    // The 7-day reminder goes out; then the call moves two days later.
    await runQueue(new Date("2027-10-07T14:01:00Z"));
    expect(
      await emailsTo(KOREA, "call_reminder").then((rows) => rows.filter((row) => row.subject.includes("ACT Code"))),
    ).toHaveLength(1);
    vi.stubEnv("CLOCK_NOW", "2027-10-08T09:00:00Z");
    const moved = new Date("2027-10-16T14:00:00Z");
    expect(
      await updateEvent(
        portal.database.db,
        id,
        { ...input, startsAt: moved, endsAt: new Date(moved.getTime() + HOUR) },
        secretariat,
      ),
    ).toBe("rescheduled");
    expect((await reminders()).map((r) => [r.offset_minutes, r.due_at.toISOString(), r.status])).toEqual([
      [10080, "2027-10-09T14:00:00.000Z", "pending"],
      [1440, "2027-10-15T14:00:00.000Z", "pending"],
      [60, "2027-10-16T13:00:00.000Z", "pending"],
    ]);
    await runQueue(new Date("2027-10-08T09:01:00Z"));
    const [notice, ...more] = await emailsTo(KOREA, "call_rescheduled");
    expect(more).toHaveLength(0);
    expect(notice?.subject).toBe("Time changed: Global Call: The ACT Code of Conduct");
    expect(notice?.text).toContain("Saturday, October 16, 2027, 23:00 GMT+9");
    await runQueue(new Date("2027-10-08T09:02:00Z")); // a second run sends nothing again
    expect(await emailsTo(KOREA, "call_rescheduled")).toHaveLength(1);
    expect(await emailsTo(SECRETARIAT, "call_rescheduled")).toHaveLength(1);

    await cancelEvent(portal.database.db, id, secretariat);
    expect((await reminders()).map((r) => r.status)).toEqual(["cancelled", "cancelled", "cancelled"]);
    await runQueue(new Date("2027-10-16T13:30:00Z"));
    expect((await emailsTo(KOREA, "call_cancelled"))[0]?.subject).toBe(
      "Cancelled: Global Call: The ACT Code of Conduct",
    );
    expect(
      await emailsTo(KOREA, "call_reminder").then((rows) => rows.filter((row) => row.subject.includes("ACT Code"))),
    ).toHaveLength(1);
  });
});

describe("minutes", () => {
  it("tell the network once when first posted, linking to them without the call's video link", async () => {
    const { createEvent, postMinutes } = await import("~/calendar/commands.server");
    const secretariat = await person(SECRETARIAT);
    vi.stubEnv("CLOCK_NOW", "2027-11-01T00:00:00Z");
    const id = await createEvent(
      portal.database.db,
      call("Global Call: Early warning exchange", new Date("2027-11-04T14:00:00Z")),
      secretariat,
    );
    vi.stubEnv("CLOCK_NOW", "2027-11-05T09:00:00Z");
    await postMinutes(portal.database.db, id, "Members agreed to share **early-warning** assessments.", secretariat);
    await postMinutes(
      portal.database.db,
      id,
      "Members agreed to share **early-warning** assessments monthly.",
      secretariat,
    );
    await runQueue(new Date("2027-11-05T09:01:00Z"));
    const [minutes, ...more] = await emailsTo(USA, "call_minutes");
    expect(more).toHaveLength(0);
    expect(minutes?.subject).toBe("Minutes posted: Global Call: Early warning exchange");
    expect(minutes?.text).toContain(`${portal.baseUrl}/calendar/${id}#minutes`);
    expect(minutes?.text).not.toContain("secret-room");
    const shown = await page(`/calendar/${id}`, USA);
    expect(shown.text).toContain("<strong>early-warning</strong> assessments monthly.");
  });
});

describe("who may do what", () => {
  it("lets a focal point add events but not Global Calls, nor change others' events", async () => {
    const cookie = await sessionCookieFor(portal, KOREA);
    const post = (path: string, form: Record<string, string>) => postForm(portal, path, form, { cookie });
    const form = {
      intent: "save",
      language: "en",
      title: "Seoul forum on atrocity prevention",
      type: "national_forum",
      date: "2027-03-10",
      startTime: "14:00",
      endTime: "17:00",
      endDate: "",
      timeZone: "Asia/Seoul",
      location: "Seoul",
      onlineUrl: "",
      dialIn: "",
      description: "",
      agenda: "",
      member: "",
    };
    const refused = await post("/calendar/new", { ...form, type: "global_call" });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Only the secretariat schedules Global Calls.");
    const badTime = await post("/calendar/new", { ...form, endTime: "13:00" });
    expect(await badTime.text()).toContain("The event must end after it starts.");
    const created = await post("/calendar/new", form);
    expect(created.status).toBe(302);
    const id = Number(/\/calendar\/(\d+)/.exec(created.headers.get("location") ?? "")![1]);
    const event = await portal.database.db
      .selectFrom("events as e")
      .innerJoin("members as m", "m.id", "e.member_id")
      .select(["m.slug", "e.starts_at"])
      .where("e.id", "=", id)
      .executeTakeFirstOrThrow();
    expect(event).toEqual({ slug: "republic-of-korea", starts_at: new Date("2027-03-10T05:00:00Z") });

    const seeded = await portal.database.db
      .selectFrom("events")
      .select("id")
      .where("type", "=", "annual_meeting")
      .executeTakeFirstOrThrow();
    expect((await post(`/calendar/${seeded.id}`, { intent: "cancel" })).status).toBe(403);
    expect((await page(`/calendar/${seeded.id}/edit`, KOREA)).status).toBe(403);
    expect((await fetch(`${portal.baseUrl}/calendar/${seeded.id}/event.ics`, { redirect: "manual" })).status).toBe(302);
  });
});
