// The calendar's emails and the account notices go through notifications: each person's
// preferences, the centre with a link to the thing, the opt-out footer and headers; essential
// messages whatever the preferences say. The job queue runs in this process; only Resend's HTTP API
// is stubbed, so every email's headers can be read.
import { Logger, runOnce } from "graphile-worker";
import { sql } from "kysely";
import { beforeEach, describe, expect, it } from "vitest";
import type { EventInput } from "~/calendar/commands.server";
import { CATEGORIES } from "~/notifications/categories";
import { callInput } from "../helpers/events";
import { COSTA_RICA, viewerFor, GHANA, KOREA, SECRETARIAT, USA } from "../helpers/people";
import { TEST_AUTH_SECRET } from "../helpers/portal";
import { resendSuite, setClock } from "../helpers/resend";

const resend = resendSuite({
  seeded: true,
  env: { AUTH_SECRET: TEST_AUTH_SECRET, APP_URL: "https://portal.example.org" },
});
beforeEach(() => {
  resend.calls.length = 0;
});

const HOUR = 3_600_000;
const EVERYTHING_OFF = Object.fromEntries(CATEGORIES.map((category) => [category, "off" as const]));

const person = (email: string) => viewerFor(resend.database.db, email);
/** What Resend was asked to send: the part of each email a reader sees, and its headers. */
const sent = () =>
  resend.calls.map(({ body }) => ({
    to: String(body.to),
    subject: String(body.subject),
    text: String(body.text),
    headers: (body.headers ?? {}) as Record<string, string>,
  }));
const to = (email: string) => sent().filter((message) => message.to === email);

/** Runs every queued job, as the worker would, with the portal's clock at `at`. */
async function runQueue(at: Date) {
  setClock(at.toISOString());
  const { taskList } = await import("~/jobs/task-list.server");
  await runOnce({ connectionString: resend.database.url, taskList, logger: new Logger(() => () => {}) });
}

async function notificationsOf(email: string, kind: string) {
  const { id } = await person(email);
  return resend.database.db
    .selectFrom("notifications")
    .select(["kind", "params", "link", "email_cadence as cadence"])
    .where("person_id", "=", id)
    .where("kind", "=", kind)
    .execute();
}

/** A Global Call with a 1-hour reminder, or with `overrides` any other event. */
const event = (title: string, startsAt: Date, overrides: Partial<EventInput> = {}) =>
  callInput(title, startsAt, { reminderOffsets: [60], ...overrides });

describe("Global Call reminders", () => {
  it(
    "email who wants them at once, once; leave who turned them off the centre entry; " +
      "never wait for a digest; skip who will not attend",
    async () => {
      const { answerRsvp, createEvent } = await import("~/calendar/commands.server");
      const { setPreferences } = await import("~/notifications/preferences.server");
      const { listNotifications } = await import("~/notifications/centre.server");
      const { dispatchDigests } = await import("~/notifications/delivery.server");
      const [korea, usa, ghana, costaRica] = await Promise.all([KOREA, USA, GHANA, COSTA_RICA].map(person));
      await setPreferences(resend.database.db, korea.id, { global_calls: "off" });
      await setPreferences(resend.database.db, usa.id, { global_calls: "immediate" });
      await setPreferences(resend.database.db, ghana.id, { global_calls: "daily" });
      const startsAt = new Date("2027-06-17T14:00:00Z");
      setClock("2027-06-01T00:00:00Z");
      const id = await createEvent(
        resend.database.db,
        event("Global Call: Reminders by preference", startsAt),
        await person(SECRETARIAT),
      );
      await answerRsvp(resend.database.db, id, costaRica, "not_attending");
      // A time written by SQL (an import, the bench) keeps microseconds, which JavaScript does not.
      await sql`update events set starts_at = starts_at + interval '400 microseconds' where id = ${id}`.execute(
        resend.database.db,
      );

      await runQueue(new Date(startsAt.getTime() - HOUR + 60_000));
      await runQueue(new Date(startsAt.getTime() - HOUR + 120_000)); // a second run tells no one again

      const [reminder, ...more] = to(USA).filter(
        (message) => message.subject === "Reminder: Global Call: Reminders by preference",
      );
      expect(more).toHaveLength(0);
      expect(reminder!.text).toContain("The Global Call starts in 1 hour.");
      expect(reminder!.text).toContain("Thursday, June 17, 2027, 10:00 EDT");
      expect(reminder!.text).toContain("https://portal.example.org/notifications/preferences");
      expect(reminder!.text).toMatch(
        new RegExp(
          `Stop emails about “Global Call reminders” ` +
            `https://portal\\.example\\.org/unsubscribe/${usa.id}\\.global_calls\\.`,
        ),
      );
      expect(reminder!.headers["List-Unsubscribe"]).toMatch(
        new RegExp(`^<https://portal\\.example\\.org/unsubscribe/${usa.id}\\.global_calls\\.`),
      );
      expect(reminder!.headers["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");
      const perRecipient = new Map<string, number>();
      for (const message of sent().filter(({ subject }) => subject.startsWith("Reminder:")))
        perRecipient.set(message.to, (perRecipient.get(message.to) ?? 0) + 1);
      expect([...perRecipient.values()].every((count) => count === 1)).toBe(true);

      // Turned off: no email, but the centre has it, linking to the call.
      expect(to(KOREA)).toEqual([]);
      const { notifications } = await listNotifications(resend.database.db, korea.id, 1);
      expect(notifications[0]).toMatchObject({ kind: "call_reminder", link: `/calendar/${id}`, readAt: null });
      expect(notifications[0]!.params.event).toBe("Global Call: Reminders by preference");

      // A daily digest would bring it after the call: in the centre only, and in no digest.
      expect(await notificationsOf(GHANA, "call_reminder")).toEqual([expect.objectContaining({ cadence: "off" })]);
      await dispatchDigests(resend.database.db, new Date("2027-06-18T09:00:00Z"));
      await runQueue(new Date("2027-06-18T09:00:00Z"));
      // Its digest brings the invitation to the call, not the reminder.
      const digests = to(GHANA).map((message) => message.text);
      expect(digests.join("\n")).toContain("You are invited to a Global Call: Global Call: Reminders by preference");
      expect(digests.filter((text) => text.includes("Global Call soon"))).toEqual([]);

      // Who said they will not attend is not reminded at all.
      expect(await notificationsOf(COSTA_RICA, "call_reminder")).toEqual([]);
    },
  );

  it(
    "tell of a moved call in a digest for who chose one, at once for the others, " +
      "and of a cancellation all but who declined",
    async () => {
      const { answerRsvp, cancelEvent, createEvent, updateEvent } = await import("~/calendar/commands.server");
      const { setPreferences } = await import("~/notifications/preferences.server");
      const { dispatchDigests } = await import("~/notifications/delivery.server");
      const [korea, costaRica, secretariat] = await Promise.all([KOREA, COSTA_RICA, SECRETARIAT].map(person));
      await setPreferences(resend.database.db, korea.id, { global_calls: "daily" });
      setClock("2027-09-01T00:00:00Z");
      const input = event("Global Call: Moving target", new Date("2027-09-20T14:00:00Z"));
      const id = await createEvent(resend.database.db, input, secretariat);
      await answerRsvp(resend.database.db, id, costaRica, "not_attending");
      const moved = new Date("2027-09-21T12:00:00Z");
      expect(
        await updateEvent(
          resend.database.db,
          id,
          { ...input, startsAt: moved, endsAt: new Date(moved.getTime() + HOUR) },
          secretariat,
        ),
      ).toBe("rescheduled");
      await runQueue(new Date("2027-09-01T00:01:00Z"));

      const [notice] = to(USA).filter((message) => message.subject === "Time changed: Global Call: Moving target");
      expect(notice!.text).toContain("Tuesday, September 21, 2027, 08:00 EDT");
      expect(notice!.headers["List-Unsubscribe"]).toContain(".global_calls.");
      expect(to(KOREA)).toEqual([]);
      expect(await notificationsOf(KOREA, "call_rescheduled")).toEqual([
        expect.objectContaining({ cadence: "daily", link: `/calendar/${id}` }),
      ]);
      expect(await notificationsOf(COSTA_RICA, "call_rescheduled")).toHaveLength(1); // the new time may suit them

      // 08:00 in Seoul on 2 September is 23:00 UTC on the 1st: the digest carries the move.
      expect(await dispatchDigests(resend.database.db, new Date("2027-09-01T23:05:00Z"))).toBeGreaterThan(0);
      await runQueue(new Date("2027-09-01T23:05:00Z"));
      const [digest] = to(KOREA);
      expect(digest!.subject).toMatch(/^Your daily digest/);
      // the new time, in Seoul
      expect(digest!.text).toContain(
        "Global Call moved: Global Call: Moving target — Sep 21, 2027, 9:00 PM GMT+9, your time",
      );

      resend.calls.length = 0;
      await cancelEvent(resend.database.db, id, secretariat);
      await runQueue(new Date("2027-09-02T00:00:00Z"));
      expect(to(USA).map((message) => message.subject)).toContain("Cancelled: Global Call: Moving target");
      expect(await notificationsOf(KOREA, "call_cancelled")).toHaveLength(1);
      expect(await notificationsOf(COSTA_RICA, "call_cancelled")).toEqual([]);
    },
  );
});

describe("events added, changed or cancelled", () => {
  it(
    "reach the network but their author, weekly unless one chose otherwise, " + "with the time in the reader's zone",
    async () => {
      const { cancelEvent, createEvent, updateEvent } = await import("~/calendar/commands.server");
      const { setPreferences } = await import("~/notifications/preferences.server");
      const korea = await person(KOREA);
      const author = await person(USA);
      await setPreferences(resend.database.db, korea.id, { events: "immediate" });
      setClock("2027-05-01T00:00:00Z");
      // 08:00 UTC on 22 June: 10:00 in Geneva, 17:00 in Seoul.
      const input = event("HRC 62 side event on early warning", new Date("2027-06-22T08:00:00Z"), {
        type: "human_rights_council",
        timeZone: "Europe/Zurich",
        location: "Palais des Nations",
        onlineUrl: null,
        reminderOffsets: [],
      });
      const id = await createEvent(resend.database.db, input, author);
      await runQueue(new Date("2027-05-01T00:01:00Z"));

      const [added, ...more] = to(KOREA);
      expect(more).toHaveLength(0);
      expect(added!.subject).toBe("New event: HRC 62 side event on early warning");
      expect(added!.text).toContain("Your time (Asia/Seoul): Tuesday, June 22, 2027, 17:00 GMT+9");
      expect(added!.text).toMatch(/The event's own time \(Europe\/Zurich\): Tuesday, June 22, 2027, 10:00 /);
      expect(added!.text).toContain(`https://portal.example.org/calendar/${id}`);
      expect(added!.headers["List-Unsubscribe"]).toContain(".events.");
      const ofThisEvent = async (email: string, kind: string) =>
        (await notificationsOf(email, kind)).filter((row) => row.link === `/calendar/${id}`);
      expect(await ofThisEvent(USA, "event_added")).toEqual([]);
      expect(await ofThisEvent(GHANA, "event_added")).toEqual([expect.objectContaining({ cadence: "weekly" })]);

      // A new description is not news; a new title is.
      await updateEvent(resend.database.db, id, { ...input, description: "Bring the Framework of Analysis." }, author);
      await runQueue(new Date("2027-05-02T00:00:00Z"));
      expect(await ofThisEvent(KOREA, "event_changed")).toEqual([]);
      await updateEvent(
        resend.database.db,
        id,
        { ...input, title: "HRC 62 side event: early warning in practice" },
        author,
      );
      await cancelEvent(resend.database.db, id, author);
      await runQueue(new Date("2027-05-03T00:00:00Z"));
      expect(to(KOREA).map((message) => message.subject)).toEqual([
        "New event: HRC 62 side event on early warning",
        "Event changed: HRC 62 side event: early warning in practice",
        "Event cancelled: HRC 62 side event: early warning in practice",
      ]);
      expect(to(KOREA)[1]!.text).toContain("What changed: Title");
    },
  );
});

describe("invitations, handovers and security notices", () => {
  it(
    "reach people whose every category is off: a returning official's invitation, " +
      "each step of a handover, a new calendar feed",
    async () => {
      const { deactivatePerson, handOverSeat, invitePerson, acceptInvitation } =
        await import("~/members/commands.server");
      const { subscribeFeed } = await import("~/calendar/commands.server");
      const { setPreferences } = await import("~/notifications/preferences.server");
      const [korea, ghana, secretariat] = await Promise.all([KOREA, GHANA, SECRETARIAT].map(person));
      setClock("2027-07-01T00:00:00Z");

      // A focal point who left with every email off comes back: the invitation goes out all the same.
      const usa = await person(USA);
      await setPreferences(resend.database.db, usa.id, EVERYTHING_OFF);
      await deactivatePerson(resend.database.db, secretariat, usa.id);
      const invited = await invitePerson(resend.database.db, secretariat, {
        name: usa.name,
        email: USA,
        role: "focal_point",
        member: "united-states-of-america",
        isAlternate: false,
        locale: "en",
        title: "",
      });
      expect(invited).toEqual({ ok: true, personId: usa.id });
      await runQueue(new Date("2027-07-01T00:00:30Z"));
      expect(to(USA)[0]!.text).toMatch(/https:\/\/portal\.example\.org\/invitations\/\S+/);

      // Ghana's focal point hands over with every email off: told when the successor is invited, and when they accept.
      await setPreferences(resend.database.db, ghana.id, EVERYTHING_OFF);
      if (ghana.role !== "focal_point") throw new Error("Ghana's focal point is a focal point");
      await handOverSeat(resend.database.db, secretariat, ghana.memberId, {
        name: "Abena Boateng",
        email: "abena.boateng@mfa-ghana.example.org",
        title: "Director",
        locale: "en",
        when: "acceptance",
      });
      await runQueue(new Date("2027-07-01T00:01:00Z"));
      const [invitedNotice] = to(GHANA);
      expect(invitedNotice!.subject).toBe("Seat handover for Ghana");
      expect(invitedNotice!.text).toContain("Abena Boateng has been invited to succeed you as focal point of Ghana.");
      expect(invitedNotice!.headers["List-Unsubscribe"]).toBeUndefined(); // nothing to unsubscribe from

      const token = /\/invitations\/(\S+)/.exec(to("abena.boateng@mfa-ghana.example.org")[0]!.text)![1]!;
      expect(await acceptInvitation(resend.database.db, token, "127.0.0.1")).toMatchObject({
        sessionToken: expect.any(String),
      });
      await runQueue(new Date("2027-07-01T00:02:00Z"));
      expect(
        to(GHANA)
          .map((message) => message.text)
          .at(-1),
      ).toContain("You have handed over the seat of Ghana to Abena Boateng.");
      const { status } = await resend.database.db
        .selectFrom("people")
        .select("status")
        .where("id", "=", ghana.id)
        .executeTakeFirstOrThrow();
      expect(status).toBe("deactivated");

      // A new private calendar feed address: a security notice, whatever the preferences.
      await setPreferences(resend.database.db, korea.id, EVERYTHING_OFF);
      await subscribeFeed(resend.database.db, korea);
      await runQueue(new Date("2027-07-01T00:03:00Z"));
      const [security] = to(KOREA);
      expect(security!.subject).toBe("Security notice");
      expect(security!.text).toContain("A new private calendar feed address was made for your account");
      expect(security!.text).toContain("https://portal.example.org/calendar/subscribe");
    },
  );
});
