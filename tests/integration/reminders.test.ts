// "A reminder to those who have not acted", in one click, through the notifications (and their queued
// emails), at most once a day per subject: on a statement open for signature, the penholder or the
// secretariat reminds the invited members who have not signed; on a Global Call, the secretariat
// reminds everyone who has not answered.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Portal, postForm, sessionCookieFor, startPortal } from "../helpers/portal";
import { COSTA_RICA, GHANA, KOREA, SECRETARIAT } from "../helpers/people";
import { queueDrained } from "../helpers/queue";

let portal: Portal;
let statementId: number;
const db = () => portal.database.db;

async function memberId(slug: string) {
  return (await db().selectFrom("members").select("id").where("slug", "=", slug).executeTakeFirstOrThrow()).id;
}

beforeAll(async () => {
  portal = await startPortal();
  // The seeded draft by Costa Rica, open for signature: Korea and Chile invited, Korea has signed.
  const draft = await db()
    .selectFrom("statements")
    .select("id")
    .where("stage", "=", "drafting")
    .executeTakeFirstOrThrow();
  statementId = draft.id;
  await db().updateTable("statements").set({ stage: "signature" }).where("id", "=", statementId).execute();
  await db()
    .insertInto("statement_signatures")
    .values([
      { statement_id: statementId, member_id: await memberId("republic-of-korea"), signed_at: new Date() },
      { statement_id: statementId, member_id: await memberId("chile") },
    ])
    .execute();
});
afterAll(() => portal.stop());

const remind = async (email: string) =>
  postForm(
    portal,
    `/statements/${statementId}`,
    { intent: "remind" },
    { cookie: await sessionCookieFor(portal, email) },
  );

const reminded = () =>
  db()
    .selectFrom("notifications as n")
    .innerJoin("people as p", "p.id", "n.person_id")
    .innerJoin("members as m", "m.id", "p.member_id")
    .select(["m.slug", "n.link"])
    .where("n.kind", "=", "signature_reminder")
    .execute();

describe("a reminder to sign", () => {
  it("is the penholder's or the secretariat's to send, not a co-signatory's", async () => {
    expect((await remind(KOREA)).status).toBe(403);
    expect(await reminded()).toEqual([]);
  });

  it("reaches the members who have not signed, once a day however often it is asked for", async () => {
    const page = await (
      await fetch(`${portal.baseUrl}/statements/${statementId}`, {
        headers: { Cookie: await sessionCookieFor(portal, COSTA_RICA) },
      })
    ).text();
    expect(page).toMatch(/Enviar un recordatorio a quienes no han firmado/);

    const sent = await remind(COSTA_RICA);
    expect(sent.status).toBe(302);
    expect(sent.headers.get("location")).toBe(`/statements/${statementId}?notice=reminded#signatures`);
    const first = await reminded();
    expect(new Set(first.map((row) => row.slug))).toEqual(new Set(["chile"]));
    expect(first[0]?.link).toBe(`/statements/${statementId}`);

    // Again the same day, by anyone: refused with the reason, and nobody is told twice.
    const again = await remind(SECRETARIAT);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("A reminder was sent less than 24 hours ago");
    expect(await reminded()).toHaveLength(first.length);
    const after = await (
      await fetch(`${portal.baseUrl}/statements/${statementId}`, {
        headers: { Cookie: await sessionCookieFor(portal, SECRETARIAT) },
      })
    ).text();
    expect(after).toContain("Reminder sent");
    expect(after).not.toContain("Send a reminder to those who have not signed");

    // A day later the secretariat may send the next one.
    await db()
      .updateTable("reminders_sent")
      .set({ sent_at: new Date(Date.now() - 25 * 3_600_000) })
      .where("subject_id", "=", statementId)
      .execute();
    expect((await remind(SECRETARIAT)).status).toBe(302);
    expect(await reminded()).toHaveLength(first.length * 2);
  });

  it("is refused once every invited member has signed", async () => {
    await db()
      .updateTable("statement_signatures")
      .set({ signed_at: new Date() })
      .where("statement_id", "=", statementId)
      .execute();
    await db().deleteFrom("reminders_sent").execute();
    const refused = await remind(COSTA_RICA);
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain("nadie necesita un recordatorio");
  });
});

describe("a reminder to answer a Global Call", () => {
  it("reaches everyone who has not answered, from the secretariat only, once a day", async () => {
    const call = await db()
      .selectFrom("events")
      .select("id")
      .where("type", "=", "global_call")
      .where("status", "=", "scheduled")
      .where("starts_at", ">", new Date())
      .orderBy("starts_at")
      .executeTakeFirstOrThrow();
    const post = async (email: string, body: Record<string, string>) =>
      postForm(portal, `/calendar/${call.id}`, body, { cookie: await sessionCookieFor(portal, email) });
    // Ghana answers; Korea may not chase the others.
    expect((await post(GHANA, { intent: "rsvp", response: "maybe" })).status).toBe(302);
    expect((await post(KOREA, { intent: "remind" })).status).toBe(403);

    const sent = await post(SECRETARIAT, { intent: "remind" });
    expect(sent.status).toBe(302);
    await queueDrained(db());
    const told = await db()
      .selectFrom("notifications as n")
      .innerJoin("people as p", "p.id", "n.person_id")
      .innerJoin("User as u", "u.id", "p.user_id")
      .select("u.email")
      .where("n.kind", "=", "call_unanswered")
      .execute();
    const emails = told.map((row) => row.email).sort();
    expect(emails).not.toContain(GHANA); // answered
    expect(emails).not.toContain(SECRETARIAT); // sent it
    // Exactly the active people who have not answered, but the sender.
    const unanswered = await db()
      .selectFrom("people as p")
      .innerJoin("User as u", "u.id", "p.user_id")
      .select("u.email")
      .where("p.status", "=", "active")
      .where("u.email", "!=", SECRETARIAT)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom("event_rsvps as r")
              .select("r.person_id")
              .whereRef("r.person_id", "=", "p.id")
              .where("r.event_id", "=", call.id),
          ),
        ),
      )
      .execute();
    expect(emails.length).toBeGreaterThan(0);
    expect(emails).toEqual(unanswered.map((row) => row.email).sort());
    // Their emails (the call's own, with the answer links) were written and sent without a failure.
    const failed = await sql<{ n: number }>`select count(*)::int as n from graphile_worker._private_jobs
      where last_error is not null`.execute(db());
    expect(failed.rows[0]?.n).toBe(0);

    // A second click the same day: refused with the reason on the page, nobody told twice.
    const again = await post(SECRETARIAT, { intent: "remind" });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("A reminder was sent less than 24 hours ago");
    await queueDrained(db());
    expect(
      await db().selectFrom("notifications").select("id").where("kind", "=", "call_unanswered").execute(),
    ).toHaveLength(told.length);
  });
});
