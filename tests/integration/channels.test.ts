// Announcements, discussions, watching and muting, and the bounce webhook, through the commands and
// the job queue as the portal runs them, on a real seeded database; only Resend's HTTP API is stubbed.
import { Logger, runOnce } from "graphile-worker";
import { beforeEach, describe, expect, it } from "vitest";
import { GHANA, JAPAN, KOREA, SECRETARIAT, USA, viewerFor } from "../helpers/people";
import { TEST_AUTH_SECRET } from "../helpers/portal";
import { resendSuite, setClock } from "../helpers/resend";

const WEBHOOK_SECRET = `whsec_${Buffer.from("a webhook secret of thirty-two bytes!").toString("base64")}`;
const resend = resendSuite({
  seeded: true,
  env: { AUTH_SECRET: TEST_AUTH_SECRET, APP_URL: "https://portal.example.org", RESEND_WEBHOOK_SECRET: WEBHOOK_SECRET },
});
beforeEach(() => {
  resend.calls.length = 0;
});

const db = () => resend.database.db;
const person = (email: string) => viewerFor(db(), email);
const sentTo = (email: string) =>
  resend.calls
    .filter(({ body }) => String(body.to) === email)
    .map(({ body }) => ({ subject: String(body.subject), text: String(body.text) }));

async function runQueue(at: Date) {
  setClock(at.toISOString());
  const { taskList } = await import("~/jobs/task-list.server");
  await runOnce({ connectionString: resend.database.url, taskList, logger: new Logger(() => () => {}) });
}

async function toldOf(kind: string, link: string) {
  return db()
    .selectFrom("notifications as n")
    .innerJoin("people as p", "p.id", "n.person_id")
    .innerJoin("User as u", "u.id", "p.user_id")
    .select(["u.email", "n.email_cadence as cadence"])
    .where("n.kind", "=", kind)
    .where("n.link", "like", `${link}%`)
    .orderBy("u.email")
    .execute();
}

/** The first active focal point of another member of a regional group. */
async function someoneIn(group: string, except: string) {
  const row = await db()
    .selectFrom("people as p")
    .innerJoin("members as m", "m.id", "p.member_id")
    .innerJoin("User as u", "u.id", "p.user_id")
    .select("u.email")
    .where("m.regional_group", "=", group as never)
    .where("m.slug", "<>", except)
    .where("p.status", "=", "active")
    .orderBy("p.id")
    .executeTakeFirstOrThrow();
  return row.email;
}

const MINUTE = 60_000;

describe("announcements", () => {
  it("reach the regional group they are for, by email as each person prefers, and are searchable", async () => {
    const { postAnnouncement } = await import("~/announcements/commands.server");
    const { setPreferences } = await import("~/notifications/preferences.server");
    const ghana = await person(GHANA);
    const african = await someoneIn("african", "ghana");
    await setPreferences(db(), ghana.id, { announcements: "off" });
    const at = new Date("2027-03-01T09:00:00Z");
    setClock(at);
    const id = await postAnnouncement(db(), await person(SECRETARIAT), {
      title: "Regional consultation on early warning in West Africa",
      body: "The secretariat invites the African Group to a consultation on **early warning** in Accra.",
      language: "en",
      audience: "african",
    });

    const told = await toldOf("announcement_posted", `/announcements/${id}`);
    const emails = told.map((row) => row.email);
    expect(emails).toContain(african);
    expect(emails).toContain(GHANA);
    expect(emails).toContain("daniel.mwangi@secretariat.example.org");
    expect(emails).not.toContain(USA);
    expect(emails).not.toContain(KOREA);
    expect(emails).not.toContain(SECRETARIAT);
    expect(told.find((row) => row.email === GHANA)?.cadence).toBe("off");

    await runQueue(new Date(at.getTime() + MINUTE));
    const [email] = sentTo(african);
    expect(email?.subject).toBe("Announcement: Regional consultation on early warning in West Africa");
    expect(email?.text).toContain("consultation on **early warning** in Accra");
    expect(sentTo(GHANA)).toEqual([]);
    expect(sentTo(USA)).toEqual([]);

    const { search } = await import("~/search/search.server");
    const groups = await search(db(), { q: "consultation Accra", page: 1, person: await person(USA) });
    const found = groups.find((group) => group.kind === "announcement");
    expect(found?.hits.map((hit) => hit.href)).toEqual([`/announcements/${id}`]);
  });

  it("are posted by the secretariat only", async () => {
    const { postAnnouncement } = await import("~/announcements/commands.server");
    const input = { title: "Mine", body: "Text", language: "en" as const, audience: "network" as const };
    await expect(postAnnouncement(db(), await person(KOREA), input)).rejects.toMatchObject({ status: 403 });
  });
});

describe("discussions", () => {
  it("tell the focal points of a mentioned member, and the thread's participants of replies", async () => {
    const { reply, startThread } = await import("~/discussions/commands.server");
    setClock("2027-04-01T09:00:00Z");
    const threadId = await startThread(db(), await person(KOREA), {
      topic: "Pre-deployment training on the protection of civilians",
      body: "@Ghana, how does your peacekeeping training centre teach atrocity prevention?",
    });
    const mentioned = await toldOf("discussion_mentioned", `/discussions/${threadId}`);
    expect(mentioned.map((row) => row.email)).toEqual([
      "akosua.owusu-ansah@mfa-ghana.example.org",
      "kwame.mensah@mfa-ghana.example.org",
    ]);

    await reply(db(), await person(GHANA), threadId, "Through the Kofi Annan Centre's courses.");
    const replied = await toldOf("discussion_replied", `/discussions/${threadId}`);
    expect(replied.map((row) => row.email)).toEqual([KOREA]);
  });

  it("hold back a muted thread's email but keep it in the centre, and bring a watched thread's replies", async () => {
    const { reply, startThread } = await import("~/discussions/commands.server");
    const { setPreferences } = await import("~/notifications/preferences.server");
    const { setSubscription } = await import("~/notifications/subscriptions.server");
    const { listNotifications } = await import("~/notifications/centre.server");
    const [korea, japan] = await Promise.all([person(KOREA), person(JAPAN)]);
    await setPreferences(db(), korea.id, { discussions: "immediate" });
    await setPreferences(db(), japan.id, { discussions: "immediate" });
    const at = new Date("2027-04-02T09:00:00Z");
    setClock(at);
    const threadId = await startThread(db(), korea, { topic: "Ratifying the Arms Trade Treaty", body: "Who has?" });
    await setSubscription(db(), japan.id, { kind: "discussion", id: threadId }, "watch");

    await reply(db(), await person(GHANA), threadId, "Ghana ratified it in 2015.");
    await runQueue(new Date(at.getTime() + MINUTE));
    expect(sentTo(KOREA).map((email) => email.subject)).toEqual([
      "Kwame Mensah replied in “Ratifying the Arms Trade Treaty”",
    ]);
    // Japan never posted, but watches the thread.
    expect(sentTo(JAPAN)).toHaveLength(1);

    resend.calls.length = 0;
    await setSubscription(db(), korea.id, { kind: "discussion", id: threadId }, "mute");
    await reply(db(), await person(USA), threadId, "The United States signed it.");
    await runQueue(new Date(at.getTime() + 2 * MINUTE));
    expect(sentTo(KOREA)).toEqual([]);
    expect(sentTo(JAPAN)).toHaveLength(1);
    const { notifications } = await listNotifications(db(), korea.id, 1);
    expect(notifications[0]).toMatchObject({ kind: "discussion_replied", readAt: null });
    expect(notifications[0]!.params.actor).toBe("Danielle Brooks");
  });

  it("hold back the email of a muted situation group or event, keeping both in the centre", async () => {
    const { postUpdate } = await import("~/groups/commands.server");
    const { createEvent } = await import("~/calendar/commands.server");
    const { setSubscription } = await import("~/notifications/subscriptions.server");
    const { callInput } = await import("../helpers/events");
    const [korea, ghana, secretariat] = await Promise.all([person(KOREA), person(GHANA), person(SECRETARIAT)]);
    const at = new Date("2027-05-03T09:00:00Z");
    setClock(at);
    const sahel = await db()
      .selectFrom("situation_groups")
      .select("id")
      .where("title", "like", "Central Sahel%")
      .executeTakeFirstOrThrow();
    await setSubscription(db(), korea.id, { kind: "situation_group", id: sahel.id }, "mute");
    await postUpdate(db(), ghana, sahel.id, {
      occurredOn: "2027-05-02",
      riskLevel: "high",
      body: "Displacement towards the border continued.",
      sources: [],
    });
    const call = await createEvent(
      db(),
      callInput("Global Call: muted by one", new Date("2027-06-01T14:00:00Z")),
      secretariat,
    );
    await setSubscription(db(), korea.id, { kind: "event", id: call }, "mute");
    await runQueue(new Date(at.getTime() + MINUTE));

    const groupNotices = await toldOf("situation_update_posted", `/groups/${sahel.id}`);
    expect(groupNotices.find((row) => row.email === KOREA)?.cadence).toBe("off");
    expect(groupNotices.find((row) => row.email === GHANA)).toBeUndefined(); // the author
    const invitations = await toldOf("call_announced", `/calendar/${call}`);
    expect(invitations.find((row) => row.email === KOREA)?.cadence).toBe("off");
    expect(invitations.find((row) => row.email === JAPAN)?.cadence).toBe("immediate");
    expect(sentTo(KOREA)).toEqual([]);
    expect(sentTo(JAPAN).map((email) => email.subject)).toContain("Invitation: Global Call: muted by one");
  });

  it("let the author edit within thirty minutes, keeping the earlier wording, and nobody else", async () => {
    const { editPost, startThread } = await import("~/discussions/commands.server");
    const { listPosts } = await import("~/discussions/queries.server");
    const korea = await person(KOREA);
    const at = new Date("2027-04-03T09:00:00Z");
    setClock(at);
    const threadId = await startThread(db(), korea, { topic: "Kigali Principles", body: "Frist draft" });
    const [first] = await listPosts(db(), threadId, 1, "en");

    await expect(editPost(db(), await person(GHANA), first!.id, "Vandalised")).rejects.toMatchObject({ status: 403 });
    setClock(new Date(at.getTime() + 29 * MINUTE));
    await editPost(db(), korea, first!.id, "First draft");
    setClock(new Date(at.getTime() + 31 * MINUTE));
    await expect(editPost(db(), korea, first!.id, "Too late")).rejects.toMatchObject({ status: 403 });

    const [edited] = await listPosts(db(), threadId, 1, "en");
    expect(edited!.body).toBe("First draft");
    expect(edited!.revisions.map((revision) => revision.body)).toEqual(["Frist draft"]);
  });

  it("show a hidden post as the secretariat's reason to everyone else, and leave it out of search", async () => {
    const { hidePost, startThread } = await import("~/discussions/commands.server");
    const { listPosts } = await import("~/discussions/queries.server");
    const { presentPosts } = await import("~/discussions/presenters.server");
    const { search } = await import("~/search/search.server");
    const [korea, usa, secretariat] = await Promise.all([person(KOREA), person(USA), person(SECRETARIAT)]);
    const at = new Date("2027-04-04T09:00:00Z");
    setClock(at);
    const threadId = await startThread(db(), korea, { topic: "Off topic", body: "Buy zanzibarite gemstones" });
    const [post] = await listPosts(db(), threadId, 1, "en");
    const found = async () =>
      (await search(db(), { q: "zanzibarite", page: 1, person: usa })).find((group) => group.kind === "discussion");
    expect((await found())?.total).toBe(1);

    await expect(hidePost(db(), usa, post!.id, "No")).rejects.toMatchObject({ status: 403 });
    await hidePost(db(), secretariat, post!.id, "Advertising");

    const rows = await listPosts(db(), threadId, 1, "en");
    const [asMember] = presentPosts(rows, usa, at);
    expect(asMember).toMatchObject({ hidden: true, hiddenReason: "Advertising", html: null, canHide: false });
    const [asSecretariat] = presentPosts(rows, secretariat, at);
    expect(asSecretariat!.html).toContain("zanzibarite");
    expect(await found()).toBeUndefined();
  });
});

describe("the Resend webhook", () => {
  async function call(event: object, options: { id?: string; secret?: string; at?: Date; signature?: string } = {}) {
    const { signWebhook } = await import("~/lib/webhook-signature.server");
    const { action } = await import("~/routes/webhooks.resend");
    const body = JSON.stringify(event);
    const id = options.id ?? `msg_${Math.random().toString(36).slice(2)}`;
    const timestamp = Math.floor((options.at ?? new Date()).getTime() / 1000);
    const signature = options.signature ?? `v1,${signWebhook(options.secret ?? WEBHOOK_SECRET, id, timestamp, body)}`;
    const request = new Request("https://portal.example.org/webhooks/resend", {
      method: "POST",
      body,
      headers: { "svix-id": id, "svix-timestamp": String(timestamp), "svix-signature": signature },
    });
    return (await action({ request, params: {}, context: {} } as never)) as Response;
  }
  const bounce = (to: string) => ({
    type: "email.bounced",
    created_at: "2027-05-01T10:00:00.000Z",
    data: { to: [to], bounce: { type: "Permanent", subType: "General", message: "Mailbox does not exist" } },
  });

  it("records a signed bounce, refuses a bad, missing or stale signature, and takes each message once", async () => {
    const { mailProblemOf, peopleNotGettingMail } = await import("~/notifications/bounces.server");
    setClock("2027-05-01T10:01:00Z");

    expect(
      (await call(bounce(USA), { secret: `whsec_${Buffer.from("another secret").toString("base64")}` })).status,
    ).toBe(401);
    expect((await call(bounce(USA), { signature: "" })).status).toBe(401);
    expect((await call(bounce(USA), { at: new Date("2027-05-01T09:50:00Z") })).status).toBe(401);
    expect(await mailProblemOf(db(), USA)).toBeUndefined();

    expect((await call(bounce(USA), { id: "msg_bounce_1" })).status).toBe(204);
    expect(await mailProblemOf(db(), USA)).toMatchObject({
      kind: "bounced",
      reason: "Permanent — General — Mailbox does not exist",
    });
    const listed = await peopleNotGettingMail(db(), "en");
    expect(listed.map((row) => [row.name, row.email, row.kind])).toEqual([["Danielle Brooks", USA, "bounced"]]);

    // Mail reaches the address again; Svix retrying the old bounce does not mark it again.
    expect((await call({ type: "email.delivered", data: { to: [USA] } })).status).toBe(204);
    expect(await mailProblemOf(db(), USA)).toBeUndefined();
    expect((await call(bounce(USA), { id: "msg_bounce_1" })).status).toBe(204);
    expect(await mailProblemOf(db(), USA)).toBeUndefined();
  });

  it("sends no notice to an address that bounced, keeping it in the centre, until mail reaches it again", async () => {
    const { reply, startThread } = await import("~/discussions/commands.server");
    const { setPreferences } = await import("~/notifications/preferences.server");
    const { listNotifications } = await import("~/notifications/centre.server");
    const [usa, ghana] = await Promise.all([person(USA), person(GHANA)]);
    await setPreferences(db(), usa.id, { discussions: "immediate" });
    const at = new Date("2027-05-02T09:00:00Z");
    setClock(at);
    const threadId = await startThread(db(), usa, { topic: "Early-warning focal points", body: "Who has one?" });
    expect((await call(bounce(USA), { at })).status).toBe(204);

    await reply(db(), ghana, threadId, "Ghana's is in the national peace council.");
    await runQueue(new Date(at.getTime() + MINUTE));
    expect(sentTo(USA)).toEqual([]);
    const { notifications } = await listNotifications(db(), usa.id, 1);
    expect(notifications.filter((notice) => notice.link.startsWith(`/discussions/${threadId}`))).toMatchObject([
      { kind: "discussion_replied", readAt: null },
    ]);

    expect((await call({ type: "email.delivered", data: { to: [USA] } }, { at })).status).toBe(204);
    await reply(db(), ghana, threadId, "And its early-warning unit reports to it.");
    await runQueue(new Date(at.getTime() + 2 * MINUTE));
    expect(sentTo(USA).map((email) => email.subject)).toEqual(["Kwame Mensah replied in “Early-warning focal points”"]);
  });
});
