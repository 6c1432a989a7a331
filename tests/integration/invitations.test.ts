// Invitation emails go through the job queue: the command records the invitation and its job; the
// job mints the token, stores its hash and sends, in one transaction with the delivery claim. No
// token is ever stored in clear. Only Resend's HTTP API is stubbed.
import { Logger, runOnce } from "graphile-worker";
import { sql } from "kysely";
import { beforeEach, describe, expect, it } from "vitest";
import { hashInvitationToken } from "~/members/tokens.server";
import { SECRETARIAT, viewerFor } from "../helpers/people";
import { TEST_AUTH_SECRET } from "../helpers/portal";
import { resendSuite } from "../helpers/resend";

const resend = resendSuite({
  seeded: true,
  env: { AUTH_SECRET: TEST_AUTH_SECRET, APP_URL: "https://portal.example.org" },
});
beforeEach(() => {
  resend.calls.length = 0;
  resend.answer = () => Response.json({ id: "email_ok" });
});

const db = () => resend.database.db;

async function runQueue() {
  const { taskList } = await import("~/jobs/task-list.server");
  await runOnce({ connectionString: resend.database.url, taskList, logger: new Logger(() => () => {}) });
}

/** The invitation jobs still in the queue (done ones are deleted; failed ones wait for a retry). */
async function invitationJobs() {
  const { rows } = await sql<{ payload: unknown; attempts: number }>`
    select j.payload, j.attempts from graphile_worker._private_jobs j
    join graphile_worker._private_tasks k on k.id = j.task_id
    where k.identifier = 'members.send_invitation' order by j.id`.execute(db());
  return rows;
}

async function invite(email: string, name: string) {
  const { invitePerson } = await import("~/members/commands.server");
  const outcome = await invitePerson(db(), await viewerFor(db(), SECRETARIAT), {
    name,
    email,
    role: "focal_point",
    member: "portugal",
    isAlternate: true,
    locale: "en",
    title: "",
  });
  if (!outcome.ok) throw new Error(outcome.error);
  const invitation = await db()
    .selectFrom("invitations")
    .select(["id", "token_hash"])
    .where("person_id", "=", outcome.personId)
    .orderBy("id", "desc")
    .executeTakeFirstOrThrow();
  return { personId: outcome.personId, invitation };
}

const tokenIn = (text: unknown) => /\/invitations\/(\S+)/.exec(String(text))![1]!;

/** Every place a token could be left in clear, but the email itself. */
async function storedText() {
  const { rows } = await sql<{ text: string }>`
    select payload::text as text from graphile_worker._private_jobs
    union all select row_to_json(i)::text from invitations i
    union all select row_to_json(d)::text from deliveries d`.execute(db());
  return rows.map((row) => row.text).join("\n");
}

describe("an invitation email", () => {
  it("is queued with the invitation; its job mints the token, and a failed send mints none", async () => {
    const { findInvitation } = await import("~/members/queries.server");
    const { sendInvitation } = await import("~/members/invitation-email.server");
    const { invitation } = await invite("ines.duarte@mne-portugal.example.org", "Inês Duarte");
    expect(invitation.token_hash).toBeNull();
    expect(await invitationJobs()).toEqual([{ payload: { invitationId: invitation.id }, attempts: 0 }]);
    expect(resend.calls).toEqual([]); // nothing sent by the command itself

    // Resend refuses: nothing of that attempt is kept, and the job is there to try again.
    resend.answer = () => Response.json({ name: "application_error", message: "Down" }, { status: 500 });
    await runQueue();
    expect(await invitationJobs()).toEqual([expect.objectContaining({ attempts: 1 })]);
    const afterFailure = await db()
      .selectFrom("invitations")
      .select("token_hash")
      .where("id", "=", invitation.id)
      .executeTakeFirstOrThrow();
    expect(afterFailure.token_hash).toBeNull();
    expect(
      await db().selectFrom("deliveries").select("key").where("key", "=", `invitation:${invitation.id}`).execute(),
    ).toEqual([]);

    // The retry mints a token, stores its hash and sends it; its link opens the invitation.
    resend.answer = () => Response.json({ id: "email_ok" });
    expect(await sendInvitation(invitation.id, db())).toBe(true);
    expect(resend.calls).toHaveLength(1);
    const token = tokenIn(resend.calls[0]!.body.text);
    const stored = await db()
      .selectFrom("invitations")
      .select("token_hash")
      .where("id", "=", invitation.id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).toBe(hashInvitationToken(token));
    expect(await findInvitation(db(), token, "en")).toMatchObject({ name: "Inês Duarte", memberName: "Portugal" });
    expect(await storedText()).not.toContain(token);

    // Run again (the worker retrying after a crash): the delivery is claimed, nothing more goes out.
    expect(await sendInvitation(invitation.id, db())).toBe(false);
    expect(resend.calls).toHaveLength(1);
  });

  it("sent again replaces the earlier link; revoked before its job runs, sends nothing", async () => {
    const { resendInvitation, revokeInvitation } = await import("~/members/commands.server");
    const { findInvitation } = await import("~/members/queries.server");
    const secretariat = await viewerFor(db(), SECRETARIAT);
    const { personId } = await invite("lucia.ferrari@esteri-italy.example.org", "Lucia Ferrari");
    await runQueue();
    const first = tokenIn(resend.calls[0]!.body.text);
    await resendInvitation(db(), secretariat, personId);
    expect(await findInvitation(db(), first, "en")).toBeUndefined();
    await runQueue();
    const second = tokenIn(resend.calls[1]!.body.text);
    expect(second).not.toBe(first);
    expect(await findInvitation(db(), second, "en")).toMatchObject({ name: "Lucia Ferrari" });

    const revoked = await invite("jan.novak@mzv-czechia.example.org", "Jan Novák");
    await revokeInvitation(db(), secretariat, revoked.personId);
    await runQueue();
    expect(resend.calls.map((call) => call.body.to)).not.toContain("jan.novak@mzv-czechia.example.org");
  });

  it("goes out while a secretariat act on the same person is under way, so neither waits on the other", async () => {
    const { lockPerson } = await import("~/members/steps.server");
    const { sendInvitation } = await import("~/members/invitation-email.server");
    const { personId, invitation } = await invite("eva.lindqvist@gov-sweden.example.org", "Eva Lindqvist");
    // A resend or deactivation holds the person until it commits; the email job records its delivery
    // against that person meanwhile. Were the lock to block that, the two could deadlock (seen in CI).
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked = () => {};
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const act = db()
      .transaction()
      .execute(async (trx) => {
        await lockPerson(trx, personId);
        locked();
        await held;
      });
    await isLocked;
    const outcome = await Promise.race([
      sendInvitation(invitation.id, db()),
      new Promise((resolve) => setTimeout(() => resolve("still waiting on the lock"), 10_000)),
    ]);
    release();
    await act;
    expect(outcome).toBe(true);
    expect(resend.calls.map((call) => call.body.to)).toEqual(["eva.lindqvist@gov-sweden.example.org"]);
  });
});
