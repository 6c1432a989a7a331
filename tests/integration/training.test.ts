// Issue 22: the annual training's registration. Seats are given first come first and parallel
// sign-ups never overbook (the event row is locked while the seats are counted); a cancellation
// gives the seat to the first who waits, who is told at once through the queue; only what the
// policy allows is done; a bad capacity comes back with a message next to the field.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "~/auth/viewer";
import { type Portal, postForm, sessionCookieFor, startPortal, TEST_AUTH_SECRET } from "../helpers/portal";
import { callInput } from "../helpers/events";
import { viewerFor, GHANA, JAPAN, KOREA, SECRETARIAT } from "../helpers/people";
import { simplePdf } from "../../db/seed-data/documents";

let portal: Portal;
const db = () => portal.database.db;
const DAY = 86_400_000;

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

const commands = () => import("~/training/commands.server");

/** A training a month ahead, scheduled by the secretariat; `type` makes it another kind of event. */
async function newEvent(capacity: number | null, type: "training" | "national_forum" = "training") {
  const { createEvent } = await import("~/calendar/commands.server");
  const input = callInput(`Training ${Math.random()}`, new Date(Date.now() + 30 * DAY), {
    type,
    onlineUrl: null,
    agenda: "",
    reminderOffsets: [],
    capacity,
  });
  return createEvent(db(), input, await viewerFor(db(), SECRETARIAT));
}

/** `count` active focal points of the seeded network, as viewers. */
async function focalPoints(count: number): Promise<Viewer[]> {
  const rows = await db()
    .selectFrom("people as p")
    .innerJoin("User as u", "u.id", "p.user_id")
    .select("u.email")
    .where("p.role", "=", "focal_point")
    .where("p.status", "=", "active")
    .orderBy("p.id")
    .limit(count)
    .execute();
  return Promise.all(rows.map((row) => viewerFor(db(), row.email)));
}

async function statuses(eventId: number) {
  const rows = await db()
    .selectFrom("event_registrations")
    .select(["person_id as personId", "status"])
    .where("event_id", "=", eventId)
    .where("cancelled_at", "is", null)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  return rows;
}

async function queuedSends(): Promise<number[]> {
  const { rows } = await sql<{ payload: { ids: number[] } }>`
    select j.payload from graphile_worker._private_jobs j join graphile_worker._private_tasks k on k.id = j.task_id
    where k.identifier = 'notifications.send'`.execute(db());
  return rows.flatMap((row) => row.payload.ids);
}

describe("registering for a training", () => {
  it("gives the seats first come first, then places on the waiting list", async () => {
    const { register } = await commands();
    const id = await newEvent(2);
    const people = await focalPoints(4);
    const results = [];
    for (const person of people) results.push(await register(db(), id, person));
    expect(results).toEqual(["registered", "registered", "waiting", "waiting"]);
    // Once only.
    await expect(register(db(), id, people[0]!)).rejects.toMatchObject({ status: 403 });

    const { liveRegistrations, standing } = await import("~/training/queries.server");
    const live = await liveRegistrations(db(), id);
    expect(standing(live, 2, people[3]!.id)).toMatchObject({ seatsLeft: 0, waiting: 2, mine: "waiting", position: 2 });
    const audit = await db()
      .selectFrom("audit_log")
      .select("details")
      .where("action", "=", "training_registered")
      .where("subject_id", "=", id)
      .execute();
    expect(audit.map((entry) => entry.details.status)).toEqual(["registered", "registered", "waiting", "waiting"]);
  });

  it("moves the first who waits up when a seat is given back, and tells them through the queue", async () => {
    const { cancelRegistration, register } = await commands();
    const id = await newEvent(2);
    const [first, second, third, fourth] = await focalPoints(4);
    for (const person of [first!, second!, third!, fourth!]) await register(db(), id, person);

    // Someone waiting who leaves frees no seat.
    await cancelRegistration(db(), id, fourth!);
    expect(await statuses(id)).toEqual([
      { personId: first!.id, status: "registered" },
      { personId: second!.id, status: "registered" },
      { personId: third!.id, status: "waiting" },
    ]);

    await cancelRegistration(db(), id, first!);
    expect(await statuses(id)).toEqual([
      { personId: second!.id, status: "registered" },
      { personId: third!.id, status: "registered" },
    ]);
    const notice = await db()
      .selectFrom("notifications")
      .select(["id", "link", "email_cadence"])
      .where("person_id", "=", third!.id)
      .where("kind", "=", "training_moved_up")
      .executeTakeFirstOrThrow();
    expect(notice.link).toBe(`/calendar/${id}#registration`);
    expect(notice.email_cadence).toBe("immediate");
    expect(await queuedSends()).toContain(notice.id);
    const movedUp = await db()
      .selectFrom("audit_log")
      .select(["person_id", "actor_id"])
      .where("action", "=", "training_moved_up")
      .where("subject_id", "=", id)
      .execute();
    expect(movedUp).toEqual([{ person_id: third!.id, actor_id: null }]);

    // The email, composed as the worker will: the training and its time in the reader's language.
    const { sendNotificationEmail } = await import("~/notifications/delivery.server");
    expect(await sendNotificationEmail(notice.id, db())).toBe(true);
    const email = await db()
      .selectFrom("emails")
      .selectAll()
      .where("purpose", "=", "notification_training_moved_up")
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(email)).toContain("waiting list");

    // A person who cancelled may register again, behind those already there.
    await register(db(), id, first!);
    expect((await statuses(id)).at(-1)).toEqual({ personId: first!.id, status: "waiting" });
  });

  it("never overbooks when many sign up at the same moment", async () => {
    const { register } = await commands();
    const id = await newEvent(3);
    const people = await focalPoints(10);
    const results = await Promise.all(people.map((person) => register(db(), id, person)));
    expect(results.filter((status) => status === "registered")).toHaveLength(3);
    expect(results.filter((status) => status === "waiting")).toHaveLength(7);
    const live = await statuses(id);
    expect(live.filter((row) => row.status === "registered")).toHaveLength(3);
    expect(live).toHaveLength(10);
  });

  it("gives the seats an organiser adds to those waiting", async () => {
    const { register } = await commands();
    const id = await newEvent(1);
    const people = await focalPoints(3);
    for (const person of people) await register(db(), id, person);
    const { updateEvent } = await import("~/calendar/commands.server");
    const event = await db().selectFrom("events").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    const input = callInput(event.title, event.starts_at, {
      type: "training",
      onlineUrl: null,
      agenda: "",
      reminderOffsets: [],
      capacity: 2,
    });
    expect(await updateEvent(db(), id, input, await viewerFor(db(), SECRETARIAT))).toBe("updated");
    expect((await statuses(id)).map((row) => row.status)).toEqual(["registered", "registered", "waiting"]);
  });
});

describe("what the policy refuses, over HTTP", () => {
  const post = async (path: string, email: string, intent: string) =>
    postForm(portal, path, { intent }, { cookie: await sessionCookieFor(portal, email) });

  it("answers 404 for no such event, 403 for an act the person may not take", async () => {
    expect((await post("/calendar/999999", KOREA, "register")).status).toBe(404);
    const forum = await newEvent(null, "national_forum");
    expect((await post(`/calendar/${forum}`, KOREA, "register")).status).toBe(403);
    const id = await newEvent(5);
    // Cancelling a registration one does not have.
    expect((await post(`/calendar/${id}`, GHANA, "unregister")).status).toBe(403);
    const registered = await post(`/calendar/${id}`, GHANA, "register");
    expect(registered.status).toBe(302);
    expect(registered.headers.get("location")).toBe(`/calendar/${id}?notice=registered#registration`);
    expect((await post(`/calendar/${id}`, GHANA, "register")).status).toBe(403);

    // Registration closes when the training is cancelled.
    const { cancelEvent } = await import("~/calendar/commands.server");
    await cancelEvent(db(), id, await viewerFor(db(), SECRETARIAT));
    expect((await post(`/calendar/${id}`, KOREA, "register")).status).toBe(403);
    expect((await post(`/calendar/${id}`, GHANA, "unregister")).status).toBe(403);
  });

  it("shows the list of names to the secretariat only", async () => {
    const id = await newEvent(1);
    await post(`/calendar/${id}`, GHANA, "register");
    await post(`/calendar/${id}`, KOREA, "register");
    const page = async (email: string) =>
      (
        await fetch(`${portal.baseUrl}/calendar/${id}`, { headers: { Cookie: await sessionCookieFor(portal, email) } })
      ).text();
    const korea = await page(KOREA);
    expect(korea).toContain("You are number 1 on the waiting list.");
    expect(korea).not.toContain("Kwame Mensah");
    const secretariat = await page(SECRETARIAT);
    expect(secretariat).toContain("Kwame Mensah");
    expect(secretariat).toContain("Waiting list (1)");
  });

  it("refuses a bad capacity with a message next to the field, keeping what was typed", async () => {
    const cookie = await sessionCookieFor(portal, SECRETARIAT);
    const form = (capacity: string) =>
      postForm(
        portal,
        "/calendar/new",
        {
          intent: "save",
          title: "Annual training, second session",
          language: "en",
          type: "training",
          date: "2027-10-05",
          startTime: "09:00",
          endTime: "17:00",
          timeZone: "Europe/Zurich",
          capacity,
        },
        { cookie },
      );
    for (const capacity of ["twelve", "0", "-3", "2.5", "1000000"]) {
      const response = await form(capacity);
      expect(response.status, capacity).toBe(400);
      const html = await response.text();
      expect(html).toContain("Enter a whole number of seats from 1 to 100,000");
      expect(html).toContain(`value="${capacity}"`);
      expect(html).toContain('value="Annual training, second session"');
    }
    const saved = await form(" 30 ");
    expect(saved.status).toBe(302);
    const id = Number(new URL(saved.headers.get("location")!, portal.baseUrl).pathname.split("/").at(-1));
    const event = await db().selectFrom("events").select("capacity").where("id", "=", id).executeTakeFirstOrThrow();
    expect(event.capacity).toBe(30);
  });
});

describe("a training's materials", () => {
  it("are attached by the secretariat and read by those holding a seat, by the library's rule", async () => {
    const { register } = await commands();
    const id = await newEvent(1);
    await register(db(), id, await viewerFor(db(), KOREA));
    await register(db(), id, await viewerFor(db(), GHANA));
    const { addLibraryFile } = await import("~/library/commands.server");
    const added = await addLibraryFile(db(), await viewerFor(db(), SECRETARIAT), {
      owner: { kind: "event", id },
      title: "Training workbook",
      language: "en",
      description: "Exercises on the risk factors.",
      filename: "workbook.pdf",
      bytes: simplePdf("Training workbook", ["Exercises"]),
    });
    if (!("id" in added)) throw new Error("refused");
    expect(added.href).toBe(`/calendar/${id}`);
    const get = async (path: string, email: string) =>
      fetch(portal.baseUrl + path, { headers: { Cookie: await sessionCookieFor(portal, email) } });

    // Korea holds the seat; Ghana waits; Japan did not register.
    expect((await get(`/library/${added.id}`, KOREA)).status).toBe(200);
    expect((await get(`/library/${added.id}`, SECRETARIAT)).status).toBe(200);
    expect((await get(`/library/${added.id}`, GHANA)).status).toBe(404);
    expect((await get(`/library/${added.id}`, JAPAN)).status).toBe(404);
    expect(await (await get(`/calendar/${id}`, KOREA)).text()).toContain("Training workbook");
    expect(await (await get(`/calendar/${id}`, GHANA)).text()).not.toContain("Training workbook");

    // Its page stays within five statements for the organiser (names and materials) and a seat holder.
    for (const email of [KOREA, SECRETARIAT]) {
      const response = await get(`/calendar/${id}`, email);
      const statements = Number(/sql;desc="(\d+)"/.exec(response.headers.get("server-timing") ?? "")?.[1]);
      expect(statements, email).toBeGreaterThan(0);
      expect(statements, email).toBeLessThanOrEqual(5);
    }

    // The library's list (the SQL twin of the rule) agrees.
    const { listLibrary } = await import("~/library/queries.server");
    for (const [email, listed] of [
      [KOREA, true],
      [GHANA, false],
      [SECRETARIAT, true],
    ] as const) {
      const files = (await listLibrary(db(), await viewerFor(db(), email), { page: 1 })).files;
      const file = files.find((each) => each.id === added.id);
      expect(Boolean(file), email).toBe(listed);
      // Listed under the training it belongs to, with a link to its page.
      if (file) expect(file.ownerHref, email).toBe(`/calendar/${id}`);
    }

    // Only the organiser attaches: a seat holder may read, not add.
    expect((await get(`/library/upload?owner=event:${id}`, KOREA)).status).toBe(403);
    expect((await get(`/library/upload?owner=event:${id}`, SECRETARIAT)).status).toBe(200);
  });
});
