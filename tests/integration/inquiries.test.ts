// Asking the secretariat against a real database: an inquiry's status flow, the answer emailed
// through the job queue (once), who may see and act on an inquiry, and the public form's limits.
// Only Resend's HTTP API is stubbed.
import { Logger, runOnce } from "graphile-worker";
import { beforeEach, describe, expect, it } from "vitest";
import { COSTA_RICA, JAPAN, KOREA, SECRETARIAT, viewerFor } from "../helpers/people";
import { TEST_AUTH_SECRET } from "../helpers/portal";
import { resendSuite } from "../helpers/resend";

const resend = resendSuite({
  seeded: true,
  env: { AUTH_SECRET: TEST_AUTH_SECRET, APP_URL: "https://portal.example.org" },
});
beforeEach(() => {
  resend.calls.length = 0;
});

const commands = () => import("~/inquiries/commands.server");
const db = () => resend.database.db;

/** Runs every queued job, as the worker would. */
async function runQueue() {
  const { taskList } = await import("~/jobs/task-list.server");
  await runOnce({ connectionString: resend.database.url, taskList, logger: new Logger(() => () => {}) });
}

const emailsTo = (email: string) =>
  resend.calls
    .filter(({ body }) => body.to === email)
    .map(({ body }) => ({ subject: String(body.subject), text: String(body.text) }));

const inquiry = (id: number) => db().selectFrom("inquiries").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

const auditOf = (id: number) =>
  db()
    .selectFrom("audit_log")
    .select(["action", "actor_id"])
    .where("subject_kind", "=", "inquiry")
    .where("subject_id", "=", id)
    .orderBy("id")
    .execute();

/** What a command threw, as the HTTP status a route would answer. */
async function statusOf(promise: Promise<unknown>): Promise<number | "ok"> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof Response) return error.status;
    throw error;
  }
}

const proposal = {
  kind: "project_proposal" as const,
  subject: "Pairing for the translation of the Framework of Analysis",
  body: "Could the secretariat pair us with a member that has translated it?",
};
const ANSWER = "Yes: Chile's focal point has agreed to share their experience.\n\nWe will introduce you this week.";

describe("an inquiry from a member", () => {
  it("goes from received to in progress to answered, each step audited, and the answer is emailed once", async () => {
    const { sendInquiry, setInquiryStatus, answerInquiry } = await commands();
    const [korea, secretariat] = await Promise.all([viewerFor(db(), KOREA), viewerFor(db(), SECRETARIAT)]);
    const id = await sendInquiry(db(), korea, proposal);
    expect(await inquiry(id)).toMatchObject({ status: "received", member_id: korea.memberId, asked_by: korea.id });

    await setInquiryStatus(db(), secretariat, id, "in_progress");
    expect((await inquiry(id)).status).toBe("in_progress");
    await answerInquiry(db(), secretariat, id, ANSWER);
    expect(await inquiry(id)).toMatchObject({ status: "answered", answer: ANSWER, answered_by: secretariat.id });
    expect((await auditOf(id)).map((entry) => entry.action)).toEqual([
      "inquiry_sent",
      "inquiry_status_set",
      "inquiry_answered",
    ]);

    // Nothing is sent by the command itself: the email waits in the queue for the worker.
    expect(emailsTo(KOREA)).toEqual([]);
    await runQueue();
    const [email, ...more] = emailsTo(KOREA);
    expect(more).toEqual([]);
    expect(email!.subject).toBe(`The secretariat's answer: ${proposal.subject}`);
    expect(email!.text).toContain("Chile's focal point has agreed to share their experience.");
    expect(email!.text).toContain(`https://portal.example.org/inquiries/${id}`);

    // A second run of the job (a retry) sends nothing more.
    const { sendInquiryAnswer } = await import("~/inquiries/emails.server");
    expect(await sendInquiryAnswer(id, db())).toBe(false);
    expect(emailsTo(KOREA)).toHaveLength(1);
  });

  it("is closed once answered: no second answer, no status change", async () => {
    const { sendInquiry, setInquiryStatus, answerInquiry } = await commands();
    const [korea, secretariat] = await Promise.all([viewerFor(db(), KOREA), viewerFor(db(), SECRETARIAT)]);
    const id = await sendInquiry(db(), korea, proposal);
    await answerInquiry(db(), secretariat, id, ANSWER);
    expect(await statusOf(answerInquiry(db(), secretariat, id, "Another answer"))).toBe(403);
    expect(await statusOf(setInquiryStatus(db(), secretariat, id, "received"))).toBe(403);
    expect((await inquiry(id)).answer).toBe(ANSWER);
  });

  it("is its member's and the secretariat's: another member gets 404, the member 403 on others' acts", async () => {
    const { sendInquiry, setInquiryStatus, answerInquiry } = await commands();
    const [korea, japan, secretariat] = await Promise.all([
      viewerFor(db(), KOREA),
      viewerFor(db(), JAPAN),
      viewerFor(db(), SECRETARIAT),
    ]);
    const id = await sendInquiry(db(), korea, proposal);
    expect(await statusOf(setInquiryStatus(db(), japan, id, "in_progress"))).toBe(404);
    expect(await statusOf(answerInquiry(db(), japan, id, ANSWER))).toBe(404);
    expect(await statusOf(setInquiryStatus(db(), korea, id, "in_progress"))).toBe(403);
    expect(await statusOf(answerInquiry(db(), korea, id, ANSWER))).toBe(403);
    expect(await statusOf(sendInquiry(db(), secretariat, proposal))).toBe(403);
    expect((await inquiry(id)).status).toBe("received");
  });
});

describe("a question about joining from the public site", () => {
  const visitor = {
    name: "Bat-Erdene Tsogt",
    email: "b.tsogt@mfa-mongolia.example.org",
    organisation: "Ministry of Foreign Affairs of Mongolia",
    message: "How does a state appoint its R2P Focal Point?",
    locale: "fr" as const,
    clientIp: "203.0.113.7",
  };

  it("reaches the queue, and its answer is emailed to the visitor in their language, with no portal link", async () => {
    const { askToJoin, answerInquiry } = await commands();
    const { listQueue } = await import("~/inquiries/queries.server");
    const id = await askToJoin(db(), visitor);
    if (id === "limited") throw new Error("the first question is never limited");
    const queue = await listQueue(db(), { status: "open", page: 1 }, "en");
    expect(queue.rows.map((row) => row.id)).toContain(id);
    expect((await auditOf(id)).map((entry) => entry)).toEqual([{ action: "inquiry_sent", actor_id: null }]);

    await answerInquiry(
      db(),
      await viewerFor(db(), SECRETARIAT),
      id,
      "Votre gouvernement désigne un haut fonctionnaire.",
    );
    await runQueue();
    const [email] = emailsTo(visitor.email);
    expect(email!.subject).toBe(`Réponse du secrétariat : ${visitor.organisation}`);
    expect(email!.text).toContain("Votre gouvernement désigne un haut fonctionnaire.");
    expect(email!.text).not.toContain("/inquiries/");
    expect(email!.text).toContain("https://portal.example.org/about/join");
  });

  it("is limited per connection and per address: past the allowance nothing is written", async () => {
    const { askToJoin, JOIN_LIMITS } = await commands();
    const count = async () =>
      Number(
        (
          await db()
            .selectFrom("inquiries")
            .select((eb) => eb.fn.countAll<string>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const sameAddress = { ...visitor, email: "same@example.org", clientIp: "198.51.100.1" };
    for (let i = 0; i < JOIN_LIMITS.perAddress.max; i++)
      expect(await askToJoin(db(), { ...sameAddress, clientIp: `198.51.100.${i + 1}` })).not.toBe("limited");
    const before = await count();
    expect(await askToJoin(db(), { ...sameAddress, clientIp: "198.51.100.99" })).toBe("limited");

    const sameConnection = { ...visitor, clientIp: "192.0.2.50" };
    for (let i = 0; i < JOIN_LIMITS.perConnection.max; i++)
      expect(await askToJoin(db(), { ...sameConnection, email: `person${i}@example.org` })).not.toBe("limited");
    expect(await askToJoin(db(), { ...sameConnection, email: "another@example.org" })).toBe("limited");
    expect(await count()).toBe(before + JOIN_LIMITS.perConnection.max);
  });
});

describe("an event on the public site", () => {
  it("is shown or withdrawn by the secretariat alone, and the act is audited", async () => {
    const { setEventPublic } = await import("~/calendar/commands.server");
    const event = await db()
      .selectFrom("events")
      .select(["id", "public"])
      .where("public", "=", false)
      .where("status", "=", "scheduled")
      .orderBy("id")
      .executeTakeFirstOrThrow();
    const [costaRica, secretariat] = await Promise.all([viewerFor(db(), COSTA_RICA), viewerFor(db(), SECRETARIAT)]);
    expect(await statusOf(setEventPublic(db(), event.id, costaRica, true))).toBe(403);
    await setEventPublic(db(), event.id, secretariat, true);
    const shown = await db().selectFrom("events").select("public").where("id", "=", event.id).executeTakeFirstOrThrow();
    expect(shown.public).toBe(true);
    const audit = await db()
      .selectFrom("audit_log")
      .select(["action", "details"])
      .where("subject_kind", "=", "event")
      .where("subject_id", "=", event.id)
      .where("action", "=", "event_publicity_set")
      .execute();
    expect(audit).toEqual([{ action: "event_publicity_set", details: { public: true } }]);
  });
});
