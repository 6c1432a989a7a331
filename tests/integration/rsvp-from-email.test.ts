// Issue 24: a Global Call is answered from its email. The reminder carries "I will attend" and
// "I will not attend" links signed for its recipient; each opens a page that shows what will be
// recorded (a GET writes nothing, so a mail scanner cannot answer), and its button records the
// answer, audited as any RSVP, without signing in. A forged, altered or expired link gets a clear page.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { RsvpResponse } from "../../db/schema";
import { callInput as call } from "../helpers/events";
import { viewerFor, KOREA, SECRETARIAT } from "../helpers/people";
import { type Portal, postForm, startPortal, TEST_AUTH_SECRET } from "../helpers/portal";

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

// The portal's own clock is the real one: a call well ahead of it.
const startsAt = new Date(Date.now() + 20 * 86_400_000);

async function scheduleCall(title: string) {
  const { createEvent } = await import("~/calendar/commands.server");
  return createEvent(portal.database.db, call(title, startsAt), await viewerFor(portal.database.db, SECRETARIAT));
}

/** The reminder a person gets a day before the call, as the worker composes it. */
async function reminderFor(eventId: number, email: string) {
  const { composeCallEmail } = await import("~/calendar/emails.server");
  const event = await portal.database.db
    .selectFrom("events")
    .selectAll()
    .where("id", "=", eventId)
    .executeTakeFirstOrThrow();
  const korea = await viewerFor(portal.database.db, email);
  return composeCallEmail("reminder", event, korea, { offsetMinutes: 1440 }, "global_calls");
}

/** The answer links of an email, by the words of their button or link. */
function answerLinks(html: string): { attend: string; decline: string } {
  const links = [...html.matchAll(/<a href="([^"]*\/rsvp\/[^"]+)"[\s\S]*?<\/a>/g)];
  const find = (label: string) =>
    new URL(links.find((link) => link[0].replace(/<[^>]*>/g, "").includes(label))![1]!).pathname;
  return { attend: find("I will attend"), decline: find("I will not attend") };
}

async function answerOf(eventId: number, email: string): Promise<RsvpResponse | null> {
  const korea = await viewerFor(portal.database.db, email);
  const row = await portal.database.db
    .selectFrom("event_rsvps")
    .select("response")
    .where("event_id", "=", eventId)
    .where("person_id", "=", korea.id)
    .executeTakeFirst();
  return row?.response ?? null;
}

const open = (path: string) =>
  fetch(portal.baseUrl + path).then(async (response) => ({ status: response.status, html: await response.text() }));
const press = (path: string) =>
  postForm(portal, path, {}).then(async (response) => ({ status: response.status, html: await response.text() }));

describe("answering a Global Call from its reminder", () => {
  it("shows what will be recorded, records it only when confirmed, and audits it as the person", async () => {
    const id = await scheduleCall("Global Call: the situation in Myanmar");
    const email = await reminderFor(id, KOREA);
    const { attend, decline } = answerLinks(email.html);
    expect(email.text).toContain(`${portal.baseUrl}${attend}`);
    expect(email.text).toContain(`${portal.baseUrl}${decline}`);

    const page = await open(attend);
    expect(page.status).toBe(200);
    expect(page.html).toContain("Global Call: the situation in Myanmar");
    expect(page.html).toContain("Lee Seo-yeon, record your answer: Attending?");
    expect(page.html).toContain("Confirm: Attending");
    // Opening the link twice (a mail scanner, then the person) records nothing.
    await open(attend);
    expect(await answerOf(id, KOREA)).toBeNull();

    const confirmed = await press(attend);
    expect(confirmed.status).toBe(200);
    expect(confirmed.html).toContain("Your answer is recorded: Attending.");
    expect(await answerOf(id, KOREA)).toBe("attending");

    const changed = await press(decline);
    expect(changed.html).toContain("Your answer is recorded: Not attending.");
    expect(await answerOf(id, KOREA)).toBe("not_attending");

    const korea = await viewerFor(portal.database.db, KOREA);
    const audited = await portal.database.db
      .selectFrom("audit_log")
      .select(["actor_id", "details"])
      .where("action", "=", "rsvp_answered")
      .where("subject_kind", "=", "event")
      .where("subject_id", "=", id)
      .orderBy("id")
      .execute();
    expect(audited.map((entry) => [entry.actor_id, entry.details.response])).toEqual([
      [korea.id, "attending"],
      [korea.id, "not_attending"],
    ]);
  });

  it("refuses a link altered in any way, with a page that says so", async () => {
    const id = await scheduleCall("Global Call: atrocity risk in the Sahel");
    const { attend } = answerLinks((await reminderFor(id, KOREA)).html);
    const [personId, eventId, response, expires, signature] = attend.slice("/rsvp/".length).split(".");
    const altered = `${signature!.slice(0, -1)}${signature!.endsWith("A") ? "B" : "A"}`;
    const forged = [
      `/rsvp/${personId}.${eventId}.${response}.${expires}.${altered}`,
      `/rsvp/${Number(personId) + 1}.${eventId}.${response}.${expires}.${signature}`,
      `/rsvp/${personId}.${eventId}.not_attending.${expires}.${signature}`,
      `/rsvp/${personId}.${eventId}.${response}.${Number(expires) + 86_400}.${signature}`,
      "/rsvp/nonsense",
    ];
    for (const path of forged) {
      const page = await open(path);
      expect(page.status, path).toBe(404);
      expect(page.html).toContain("This link does not work");
      expect((await press(path)).status, path).toBe(404);
    }
    expect(await answerOf(id, KOREA)).toBeNull();
  });

  it("says when a link has expired, or the call was cancelled, and records nothing", async () => {
    const { rsvpUrl } = await import("~/calendar/rsvp-links.server");
    const { cancelEvent } = await import("~/calendar/commands.server");
    const id = await scheduleCall("Global Call: the Kigali Principles in practice");
    const korea = await viewerFor(portal.database.db, KOREA);
    const expired = new URL(
      rsvpUrl({ personId: korea.id, eventId: id, response: "attending", expiresAt: new Date(Date.now() - 60_000) }),
    ).pathname;
    const page = await open(expired);
    expect(page.status).toBe(410);
    expect(page.html).toContain("This link has expired");
    expect((await press(expired)).status).toBe(410);

    const { attend } = answerLinks((await reminderFor(id, KOREA)).html);
    await cancelEvent(portal.database.db, id, await viewerFor(portal.database.db, SECRETARIAT));
    const cancelled = await open(attend);
    expect(cancelled.status).toBe(410);
    expect(cancelled.html).toContain("This call takes no more answers");
    expect((await press(attend)).status).toBe(410);
    expect(await answerOf(id, KOREA)).toBeNull();
  });

  it("is possible from the very first email, the invitation sent when the call is scheduled", async () => {
    const { Logger, runOnce } = await import("graphile-worker");
    const { taskList } = await import("~/jobs/task-list.server");
    const id = await scheduleCall("Global Call: early warning in the Sahel");
    await runOnce({ connectionString: portal.database.url, taskList, logger: new Logger(() => () => {}) });
    const korea = await viewerFor(portal.database.db, KOREA);
    const invitation = await portal.database.db
      .selectFrom("emails")
      .select(["subject", "html"])
      .where("recipient", "=", korea.email)
      .where("subject", "like", "%early warning in the Sahel%")
      .executeTakeFirstOrThrow();
    expect(invitation.subject).toBe("Invitation: Global Call: early warning in the Sahel");
    const { attend } = answerLinks(invitation.html);
    expect((await press(attend)).html).toContain("Your answer is recorded: Attending.");
    expect(await answerOf(id, KOREA)).toBe("attending");
  });

  it("names the call in the reader's language where the secretariat translated its title", async () => {
    const { composeCallEmail, readEvent } = await import("~/calendar/emails.server");
    const { db } = portal.database;
    const french = await db
      .selectFrom("content_translations")
      .select(["subject_id", "text"])
      .where("subject_kind", "=", "event")
      .where("field", "=", "title")
      .where("locale", "=", "fr")
      .executeTakeFirstOrThrow();
    const call = (await readEvent(db, french.subject_id, false))!;
    const belgium = await viewerFor(db, "olivier.dumont@diplomatie-belgium.example.org");
    const korea = await viewerFor(db, KOREA);
    const inFrench = await composeCallEmail("reminder", call, belgium, { offsetMinutes: 60 }, "global_calls");
    expect(inFrench.subject).toBe(`Rappel : ${french.text}`);
    const inEnglish = await composeCallEmail("reminder", call, korea, { offsetMinutes: 60 }, "global_calls");
    expect(inEnglish.subject).toBe(`Reminder: ${call.title}`);
  });
});
