// The review loop of proposed activities, the program's audit entries, and bad input on /work pages,
// against a running portal (its worker delivering to the dev outbox) and a real database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitForEmails } from "../helpers/emails";
import { GHANA, KOREA, SECRETARIAT } from "../helpers/people";
import { type Portal, postForm, sessionCookieFor, startPortal } from "../helpers/portal";

let portal: Portal;
const cookies: Record<string, string> = {};
beforeAll(async () => {
  portal = await startPortal();
  for (const email of [KOREA, GHANA, SECRETARIAT]) cookies[email] = await sessionCookieFor(portal, email);
});
afterAll(() => portal.stop());

const db = () => portal.database.db;
const post = (as: string, path: string, body: Record<string, string | string[]>) =>
  postForm(portal, path, body, { cookie: cookies[as] });
const get = (as: string, path: string) => fetch(portal.baseUrl + path, { headers: { Cookie: cookies[as]! } });

const NOTE = "Please name the ministries taking part and give the seminar a date.";
const proposal = {
  title: "Seminar on the Framework of Analysis for East Asian ministries",
  description: "A one-day seminar in Seoul.",
  language: "en",
  category: "international",
};

async function lastEmailId() {
  const row = await db()
    .selectFrom("emails")
    .select((eb) => eb.fn.max("id").as("id"))
    .executeTakeFirst();
  return Number(row?.id ?? 0);
}

async function propose(): Promise<number> {
  const proposed = await post(KOREA, "/work/activities/new", proposal);
  expect(proposed.status).toBe(302);
  return Number(/\/work\/activities\/(\d+)/.exec(proposed.headers.get("location") ?? "")?.[1]);
}

const koreaPeople = async () =>
  (
    await db()
      .selectFrom("people as p")
      .innerJoin("members as m", "m.id", "p.member_id")
      .select("p.id")
      .where("m.slug", "=", "republic-of-korea")
      .where("p.status", "=", "active")
      .orderBy("p.id")
      .execute()
  ).map((row) => row.id);

const told = async (kind: string, id: number) =>
  (
    await db()
      .selectFrom("notifications")
      .select("person_id")
      .where("kind", "=", kind)
      .where("link", "=", `/work/activities/${id}`)
      .orderBy("person_id")
      .execute()
  ).map((row) => row.person_id);

const activity = (id: number) =>
  db()
    .selectFrom("activities")
    .select(["status", "review_note", "title"])
    .where("id", "=", id)
    .executeTakeFirstOrThrow();

describe("the review of a proposed activity", () => {
  it("returns a proposal with a note its member is told of, takes the revision and tells of the approval", async () => {
    const since = await lastEmailId();
    const id = await propose();

    // Returning needs a note, and a refused decision keeps what was typed.
    const noNote = await post(SECRETARIAT, `/work/activities/${id}`, { intent: "return", note: "  " });
    expect(noNote.status).toBe(400);
    expect(await noNote.text()).toContain("Say what the member should change");
    expect((await activity(id)).status).toBe("proposed");

    expect((await post(SECRETARIAT, `/work/activities/${id}`, { intent: "return", note: NOTE })).status).toBe(302);
    expect(await activity(id)).toMatchObject({ status: "returned", review_note: NOTE });
    // Korea's people hear of it (the secretariat, who returned it, does not), by email with the note.
    expect(await told("activity_returned", id)).toEqual(await koreaPeople());
    const returnedEmails = await waitForEmails(
      () =>
        db()
          .selectFrom("emails")
          .selectAll()
          .where("id", ">", since)
          .where("purpose", "=", "notification_activity_returned")
          .execute(),
      (rows) => rows.some((row) => row.recipient === KOREA),
    );
    const email = returnedEmails.find((row) => row.recipient === KOREA);
    expect(email?.subject).toBe(`The secretariat returned “${proposal.title}” with a note saying what to change`);
    expect(email?.text).toContain(`The secretariat's note: “${NOTE}”`);
    expect(returnedEmails.some((row) => row.recipient === SECRETARIAT)).toBe(false);

    // Korea reads the note on the page and is offered the revision; Ghana may not revise it.
    const page = await (await get(KOREA, `/work/activities/${id}`)).text();
    expect(page).toContain(`Returned by Claire Hartley: “${NOTE}”`);
    expect(page).toContain("Revise the proposal and send it back");
    expect((await get(GHANA, `/work/activities/${id}/edit`)).status).toBe(403);
    expect((await post(GHANA, `/work/activities/${id}/edit`, proposal)).status).toBe(403);
    // A returned proposal waits for its member: approving it now is a conflict.
    expect((await post(SECRETARIAT, `/work/activities/${id}`, { intent: "approve" })).status).toBe(409);

    // Korea revises: asking for another lead or a status changes nothing, a proposal is the member's own.
    const revised = await post(KOREA, `/work/activities/${id}/edit`, {
      ...proposal,
      description: "A one-day seminar in Seoul on 3 March with the ministries of foreign affairs and defence.",
      startOn: "2027-03-03",
      participants: "ghana",
      leads: "ghana",
      status: "done",
    });
    expect(revised.status).toBe(302);
    expect(revised.headers.get("location")).toBe(`/work/activities/${id}?notice=revised`);
    expect(await activity(id)).toMatchObject({ status: "proposed", review_note: "" });
    const members = await db()
      .selectFrom("activity_members as am")
      .innerJoin("members as m", "m.id", "am.member_id")
      .select(["m.slug", "am.role"])
      .where("am.activity_id", "=", id)
      .orderBy("am.role")
      .execute();
    expect(members).toEqual([
      { slug: "republic-of-korea", role: "lead" },
      { slug: "ghana", role: "participant" },
    ]);

    expect((await post(SECRETARIAT, `/work/activities/${id}`, { intent: "approve", note: "" })).status).toBe(302);
    expect((await activity(id)).status).toBe("planned");
    expect(await told("activity_approved", id)).toEqual(await koreaPeople());
    const approved = await waitForEmails(
      () =>
        db()
          .selectFrom("emails")
          .selectAll()
          .where("id", ">", since)
          .where("purpose", "=", "notification_activity_approved")
          .execute(),
      (rows) => rows.some((row) => row.recipient === KOREA),
    );
    expect(approved.find((row) => row.recipient === KOREA)?.subject).toBe(
      `“${proposal.title}” was approved: it is now planned in the program of work`,
    );
    // A second click on "Approve" is a conflict, not a second approval.
    expect((await post(SECRETARIAT, `/work/activities/${id}`, { intent: "approve" })).status).toBe(409);
    expect(await told("activity_approved", id)).toEqual(await koreaPeople());

    const history = await db()
      .selectFrom("activity_changes")
      .select(["kind", "changes"])
      .where("activity_id", "=", id)
      .orderBy("id")
      .execute();
    expect(history.map((entry) => entry.kind)).toEqual(["proposed", "returned", "resubmitted", "approved"]);
    expect(history[1]!.changes).toEqual([{ field: "note", from: null, to: NOTE }]);
    expect(history[2]!.changes.map((change) => change.field)).toEqual(["description", "startOn", "participants"]);

    // The audit log says what happened to the activity, in the program's words, and for which member.
    const korea = await db()
      .selectFrom("members")
      .select("id")
      .where("slug", "=", "republic-of-korea")
      .executeTakeFirstOrThrow();
    const audit = await db()
      .selectFrom("audit_log")
      .select(["action", "member_id"])
      .where("subject_kind", "=", "activity")
      .where("subject_id", "=", id)
      .orderBy("id")
      .execute();
    expect(audit).toEqual(
      ["activity_proposed", "activity_returned", "activity_updated", "activity_approved"].map((action) => ({
        action,
        member_id: korea.id,
      })),
    );
    const log = await (await get(SECRETARIAT, "/admin/audit")).text();
    expect(log).toContain("Activity returned with a note");
  });

  it("has its emails among the previews, in every language", async () => {
    const spanish = await (await fetch(`${portal.baseUrl}/dev/emails/activity-returned?lang=es&format=text`)).text();
    expect(spanish).toContain("La nota de la Secretaría: «Please name the ministries taking part");
    const french = await (await fetch(`${portal.baseUrl}/dev/emails/activity-approved?lang=fr&format=text`)).text();
    expect(french).toContain("elle est désormais prévue au programme de travail");
  });

  it("lets the secretariat archive an activity once, in the audit log", async () => {
    const id = await propose();
    expect((await post(KOREA, `/work/activities/${id}`, { intent: "archive" })).status).toBe(403);
    expect((await post(SECRETARIAT, `/work/activities/${id}`, { intent: "archive" })).status).toBe(302);
    expect((await post(SECRETARIAT, `/work/activities/${id}`, { intent: "archive" })).status).toBe(409);
    const audit = await db()
      .selectFrom("audit_log")
      .select("action")
      .where("subject_kind", "=", "activity")
      .where("subject_id", "=", id)
      .orderBy("id")
      .execute();
    expect(audit.map((entry) => entry.action)).toEqual(["activity_proposed", "activity_archived"]);
  });
});

describe("benchmarks in the audit log", () => {
  it("records a benchmark set and a report filed, with the member reported for", async () => {
    const set = await post(SECRETARIAT, "/work/benchmarks/new", {
      title: "25 members have trained their diplomats on atrocity prevention",
      language: "en",
      description: "",
      measure: "A training course held for diplomats",
      targetKind: "count",
      targetValue: "25",
      setOn: "2026-01-01",
      deadline: "2027-12-31",
      activityId: "",
    });
    expect(set.status).toBe(302);
    const id = Number(/\/work\/benchmarks\/(\d+)/.exec(set.headers.get("location") ?? "")?.[1]);
    const reported = await post(KOREA, `/work/benchmarks/${id}`, {
      member: "republic-of-korea",
      status: "in_progress",
      note: "",
      evidenceUrl: "",
      reportedOn: "2026-06-01",
    });
    expect(reported.status).toBe(302);
    const korea = await db()
      .selectFrom("members")
      .select("id")
      .where("slug", "=", "republic-of-korea")
      .executeTakeFirstOrThrow();
    const audit = await db()
      .selectFrom("audit_log")
      .select(["action", "member_id", "details"])
      .where("subject_kind", "=", "benchmark")
      .where("subject_id", "=", id)
      .orderBy("id")
      .execute();
    expect(audit).toEqual([
      { action: "benchmark_set", member_id: null, details: {} },
      {
        action: "benchmark_report_filed",
        member_id: korea.id,
        details: { status: "in_progress", reportedOn: "2026-06-01" },
      },
    ]);
  });
});

describe("bad input on /work pages", () => {
  it("never answers 500 to odd query strings and ids", async () => {
    for (const path of [
      "/work?member=%00",
      "/work?member=ghana%01&status=bogus&category=%00&page=abc",
      "/work?page=99999999999999999999",
      "/work/benchmarks?page=-1",
      "/work/benchmarks/1?page=abc&member=%00",
      "/work/benchmarks/1?member=no-such-member",
    ]) {
      // Answered with the page, or refused as a bad request: never a failure of the portal.
      expect((await get(SECRETARIAT, path)).status, path).toBeLessThan(500);
    }
    for (const path of [
      "/work/activities/99999999999",
      "/work/activities/abc",
      "/work/activities/0/edit",
      "/work/benchmarks/2147483648",
      "/work/benchmarks/1e3",
    ]) {
      expect((await get(SECRETARIAT, path)).status, path).toBe(404);
    }
  });

  it("gives a refused benchmark back with a message next to the field and everything typed", async () => {
    const form = {
      title: "A benchmark typed with care",
      language: "en",
      description: "",
      measure: "Something measurable",
      targetKind: "count",
      targetValue: "99999999999",
      setOn: "2026-01-01",
      deadline: "2027-12-31",
      activityId: "",
    };
    const tooLarge = await post(SECRETARIAT, "/work/benchmarks/new", form);
    expect(tooLarge.status).toBe(400);
    const page = await tooLarge.text();
    expect(page).toContain("Enter a target of at most 10,000.");
    expect(page).toContain('value="A benchmark typed with care"');
    expect(page).toContain('value="99999999999"');
    const notNumber = await post(SECRETARIAT, "/work/benchmarks/new", { ...form, targetValue: "twenty" });
    expect(notNumber.status).toBe(400);
    expect(await notNumber.text()).toContain("Enter a whole number greater than zero.");
    for (const activityId of ["abc", "99999999999", "999999"]) {
      const response = await post(SECRETARIAT, "/work/benchmarks/new", { ...form, targetValue: "20", activityId });
      expect(response.status, activityId).toBe(400);
      expect(await response.text()).toContain("Choose one of the options.");
    }
    const badKind = await post(SECRETARIAT, "/work/benchmarks/new", { ...form, targetValue: "20", targetKind: "most" });
    expect(badKind.status).toBe(400);
  });
});
