// The confirmation screen and the step-up over HTTP, as a browser without JavaScript meets them: an
// irreversible act asks "Confirm" first (409), an act of state also asks for a fresh emailed code (403
// with the way forward), and someone who may not act is refused as before, never shown the screen.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Portal, postForm, sessionCookieFor, startPortal } from "../helpers/portal";
import { waitForEmails } from "../helpers/emails";
import { COSTA_RICA, GHANA, JAPAN, KOREA, SECRETARIAT } from "../helpers/people";

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(() => portal.stop());

const db = () => portal.database.db;
const post = async (path: string, form: Record<string, string>, cookie: string) => {
  const response = await postForm(portal, path, form, { cookie });
  return {
    status: response.status,
    text: await response.text(),
    location: response.headers.get("location"),
    cookies: response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!),
  };
};

async function memberId(slug: string) {
  return (await db().selectFrom("members").select("id").where("slug", "=", slug).executeTakeFirstOrThrow()).id;
}

async function personId(email: string) {
  return (
    await db()
      .selectFrom("people")
      .innerJoin("User", "User.id", "people.user_id")
      .select("people.id")
      .where("User.email", "=", email)
      .executeTakeFirstOrThrow()
  ).id;
}

/** The step-up codes emailed to someone, newest first. */
async function codesFor(email: string, count: number): Promise<string[]> {
  const rows = await waitForEmails(
    () =>
      db()
        .selectFrom("emails")
        .select(["text", "recipient"])
        .where("recipient", "=", email)
        .where("purpose", "=", "step_up_code")
        .orderBy("id", "desc")
        .execute(),
    (found) => found.length >= count,
  );
  expect(rows).toHaveLength(count);
  return rows.map((row) => /\b(\d{6})\b/.exec(row.text)![1]!);
}

/** A draft by Costa Rica with Korea in its group, put straight into the stage a case needs. */
async function statementAt(stage: "silence" | "signature", koreaSigned = false): Promise<number> {
  const penholder = await sessionCookieFor(portal, COSTA_RICA);
  const created = await post(
    "/statements/new",
    {
      title: `Joint statement on confirmation (${stage}${koreaSigned ? ", signed" : ""})`,
      kind: "joint_statement",
      language: "en",
      topic: "",
      occasion: "",
      group: "republic-of-korea",
      text: "We call on all parties to protect civilians.",
    },
    penholder,
  );
  const id = Number(/\/statements\/(\d+)/.exec(created.location ?? "")![1]);
  await db()
    .updateTable("statements")
    .set({ stage, silence_deadline: stage === "silence" ? new Date(Date.now() + 86_400_000) : null })
    .where("id", "=", id)
    .execute();
  if (stage === "signature") {
    await db()
      .insertInto("statement_signatures")
      .values({
        statement_id: id,
        member_id: await memberId("republic-of-korea"),
        signed_by: koreaSigned ? await personId(KOREA) : null,
        signed_at: koreaSigned ? new Date() : null,
      })
      .execute();
  }
  return id;
}

describe("an irreversible act", () => {
  it("asks for confirmation, carrying what was posted, and happens only once confirmed", async () => {
    const secretariat = await sessionCookieFor(portal, SECRETARIAT);
    const event = await db()
      .selectFrom("events")
      .select("id")
      .where("status", "=", "scheduled")
      .where("starts_at", ">", new Date())
      .orderBy("starts_at")
      .executeTakeFirstOrThrow();
    const asked = await post(`/calendar/${event.id}`, { intent: "cancel" }, secretariat);
    expect(asked.status).toBe(409);
    expect(asked.text).toContain("Cancel this event?");
    expect(asked.text).toContain("Everyone invited is told that the event is cancelled");
    expect(asked.text).toMatch(/<input type="hidden" name="intent" value="cancel"\/>/);
    expect(asked.text).toMatch(/<button type="submit" name="_confirm" value="cancel_event">Confirm<\/button>/);
    expect(asked.text).not.toContain("Code from the email"); // no step-up for this act
    const unchanged = await db().selectFrom("events").select("status").where("id", "=", event.id).executeTakeFirst();
    expect(unchanged?.status).toBe("scheduled");

    // A confirmation of another act does not do.
    expect(
      (await post(`/calendar/${event.id}`, { intent: "cancel", _confirm: "publish_statement" }, secretariat)).status,
    ).toBe(409);
    const done = await post(`/calendar/${event.id}`, { intent: "cancel", _confirm: "cancel_event" }, secretariat);
    expect(done.status).toBe(302);
    const cancelled = await db().selectFrom("events").select("status").where("id", "=", event.id).executeTakeFirst();
    expect(cancelled?.status).toBe("cancelled");
  });

  it("is refused as before to someone who may not do it, without the screen", async () => {
    const japan = await sessionCookieFor(portal, JAPAN);
    const id = await statementAt("silence");
    // Japan is outside the drafting group: the draft is not found, and no code is emailed.
    const refused = await post(`/statements/${id}`, { intent: "break_silence", reason: "No." }, japan);
    expect(refused.status).toBe(404);
    expect(refused.text).not.toContain("Confirm");
    const ghana = await sessionCookieFor(portal, GHANA);
    expect(
      (
        await post(
          "/admin/invite",
          { name: "A", email: "a@example.org", role: "secretariat", member: "", locale: "en" },
          ghana,
        )
      ).status,
    ).toBe(403);
    const codes = await db().selectFrom("step_up_codes").select("id").execute();
    expect(codes).toHaveLength(0);
  });
});

describe("an act of state", () => {
  it("needs a fresh emailed code: wrong codes refused, the right one used once, fresh for 10 minutes", async () => {
    let korea = await sessionCookieFor(portal, KOREA);
    const id = await statementAt("signature");
    const sign = { intent: "sign", _confirm: "sign_statement" };

    const asked = await post(`/statements/${id}`, { intent: "sign" }, korea);
    expect(asked.status).toBe(403);
    expect(asked.text).toContain("Sign on behalf of your member?");
    expect(asked.text).toContain("We emailed you a 6-digit code");
    expect(asked.text).toContain("Code from the email");
    const [code] = await codesFor(KOREA, 1);
    const stored = await db().selectFrom("step_up_codes").select("code_hash").executeTakeFirstOrThrow();
    expect(stored.code_hash).not.toContain(code!); // kept only as a hash

    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    const refused = await post(`/statements/${id}`, { ...sign, _stepUpCode: wrong }, korea);
    expect(refused.status).toBe(403);
    expect(refused.text).toContain("This code is not right.");
    expect(refused.text).toMatch(/<input type="hidden" name="intent" value="sign"\/>/);
    const unsigned = await db()
      .selectFrom("statement_signatures")
      .select("signed_at")
      .where("statement_id", "=", id)
      .executeTakeFirst();
    expect(unsigned?.signed_at).toBeNull();

    const before = korea;
    const signed = await post(`/statements/${id}`, { ...sign, _stepUpCode: code! }, before);
    expect(signed.status).toBe(302);
    // The session was given a new token at the step-up: the old one, if copied, now signs no one in.
    korea = signed.cookies.find((cookie) => cookie.startsWith("authjs.session-token="))!;
    expect(korea).toMatch(/^authjs\.session-token=[\w-]+$/);
    expect(korea).not.toBe(before);
    expect((await post(`/statements/${id}`, { intent: "withdraw" }, before)).location).toMatch(/^\/login/);
    const row = await db()
      .selectFrom("statement_signatures")
      .select("signed_at")
      .where("statement_id", "=", id)
      .executeTakeFirst();
    expect(row?.signed_at).not.toBeNull();

    // The step-up is in the audit log with who, when and which session.
    const session = await db()
      .selectFrom("Session")
      .select(["id", "steppedUpAt"])
      .where("sessionToken", "=", korea.split("=")[1]!)
      .executeTakeFirstOrThrow();
    expect(session.steppedUpAt).not.toBeNull();
    const entry = await db()
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "step_up")
      .executeTakeFirstOrThrow();
    expect(entry.actor_id).toBe(await personId(KOREA));
    expect(entry.details).toEqual({ method: "email_code", session: session.id });

    // Fresh now: withdrawing asks only for confirmation; the used code does not work again elsewhere.
    const withdraw = await post(`/statements/${id}`, { intent: "withdraw" }, korea);
    expect(withdraw.status).toBe(409);
    expect(withdraw.text).not.toContain("Code from the email");
    expect(
      (await post(`/statements/${id}`, { intent: "withdraw", _confirm: "withdraw_signature" }, korea)).status,
    ).toBe(302);

    // Ten minutes on, the step-up is stale again.
    await db()
      .updateTable("Session")
      .set({ steppedUpAt: new Date(Date.now() - 11 * 60_000) })
      .where("id", "=", session.id)
      .execute();
    const stale = await post(`/statements/${id}`, { ...sign, _stepUpCode: code! }, korea);
    expect(stale.status).toBe(403);
  });

  it("stops a code after five wrong tries, and limits how many codes are sent", async () => {
    const ghana = await sessionCookieFor(portal, GHANA);
    const ghanaId = await personId(GHANA);
    const handover = {
      name: "Abena Boateng",
      email: "abena.boateng@mfa-ghana.example.org",
      locale: "en",
      when: "acceptance",
    };
    await post("/members/ghana/handover", handover, ghana);
    const [code] = await codesFor(GHANA, 1);
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    for (let i = 0; i < 5; i += 1) {
      const answer = await post(
        "/members/ghana/handover",
        { ...handover, _confirm: "hand_over_seat", _stepUpCode: wrong },
        ghana,
      );
      expect(answer.text).toContain("This code is not right.");
    }
    // The right code no longer works: a new one is sent instead.
    const late = await post(
      "/members/ghana/handover",
      { ...handover, _confirm: "hand_over_seat", _stepUpCode: code! },
      ghana,
    );
    expect(late.status).toBe(403);
    expect(late.text).toContain("That code has expired or was tried too many times.");
    const person = await db().selectFrom("people").select("status").where("id", "=", ghanaId).executeTakeFirstOrThrow();
    expect(person.status).toBe("active");

    // Five codes in ten minutes (two so far); the sixth ask is refused with a way forward.
    await db()
      .updateTable("step_up_codes")
      .set({ created_at: new Date(Date.now() - 120_000) })
      .execute();
    for (let sent = 3; sent <= 5; sent += 1) {
      await post("/members/ghana/handover", handover, ghana);
      await db()
        .updateTable("step_up_codes")
        .set({ created_at: new Date(Date.now() - 120_000) })
        .execute();
    }
    const limited = await post("/members/ghana/handover", handover, ghana);
    expect(limited.status).toBe(403);
    expect(limited.text).toContain("You asked for many codes in a short time.");
    expect(await db().selectFrom("step_up_codes").select("id").where("person_id", "=", ghanaId).execute()).toHaveLength(
      5,
    );
  });

  // A past date in the penholder's zone at any hour of the UTC day (today's UTC date is "future" in Costa Rica).
  const twoDaysAgo = () => new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);

  it("is asked on each act of state: sign, withdraw, silence, publish, hand over, invite, deactivate", async () => {
    const korea = await sessionCookieFor(portal, KOREA);
    const penholder = await sessionCookieFor(portal, COSTA_RICA);
    const japan = await sessionCookieFor(portal, JAPAN);
    const secretariat = await sessionCookieFor(portal, SECRETARIAT);
    const usa = await personId("danielle.brooks@state-usa.example.org");
    const cases: [string, string, Record<string, string>, string][] = [
      [`/statements/${await statementAt("signature")}`, "sign_statement", { intent: "sign" }, korea],
      [`/statements/${await statementAt("signature", true)}`, "withdraw_signature", { intent: "withdraw" }, korea],
      [
        `/statements/${await statementAt("silence")}`,
        "break_silence",
        { intent: "break_silence", reason: "More time." },
        korea,
      ],
      [
        `/statements/${await statementAt("signature", true)}`,
        "publish_statement",
        { intent: "publish", deliveredOn: twoDaysAgo(), venue: "Geneva" },
        penholder,
      ],
      [
        "/members/japan/handover",
        "hand_over_seat",
        { name: "Sato Kenji", email: "kenji.sato@mofa-japan.example.org", locale: "en", when: "now" },
        japan,
      ],
      [
        "/admin/invite",
        "invite_person",
        {
          name: "Lucia Ferrari",
          email: "lucia.ferrari@esteri-italy.example.org",
          role: "focal_point",
          member: "italy",
          locale: "en",
        },
        secretariat,
      ],
      [
        `/admin/people/${usa}`,
        "deactivate_person",
        { intent: "deactivate", returnTo: "/members/united-states" },
        secretariat,
      ],
    ];
    const auditBefore = await db().selectFrom("audit_log").select("id").execute();
    for (const [path, act, form, cookie] of cases) {
      const answer = await post(path, { ...form, _confirm: act }, cookie);
      expect(answer.status, act).toBe(403);
      // (In each person's language: the field, whatever its label.)
      expect(answer.text, act).toContain('name="_stepUpCode"');
    }
    // Nothing was done: the only new audit entries are none at all (a code request is not an act).
    expect(await db().selectFrom("audit_log").select("id").execute()).toHaveLength(auditBefore.length);
  });
});

describe("what was done in a member's name", () => {
  const page = async (path: string, cookie: string) => {
    const response = await fetch(portal.baseUrl + path, { headers: { Cookie: cookie }, redirect: "manual" });
    return { status: response.status, text: await response.text() };
  };

  it("names the session and device of each act of state, for the member's people and the secretariat", async () => {
    const korea = await sessionCookieFor(portal, KOREA, { steppedUp: true });
    await db()
      .updateTable("Session")
      .set({ userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0" })
      .where("sessionToken", "=", korea.split("=")[1]!)
      .execute();
    const id = await statementAt("signature");
    expect((await post(`/statements/${id}`, { intent: "sign", _confirm: "sign_statement" }, korea)).status).toBe(302);
    const session = await db()
      .selectFrom("Session")
      .select("id")
      .where("sessionToken", "=", korea.split("=")[1]!)
      .executeTakeFirstOrThrow();
    const act = await db()
      .selectFrom("audit_log")
      .select(["session_id", "device", "member_id"])
      .where("action", "=", "statement_signed")
      .where("subject_id", "=", id)
      .executeTakeFirstOrThrow();
    expect(act).toEqual({
      session_id: session.id,
      device: "Firefox · Windows",
      member_id: await memberId("republic-of-korea"),
    });

    const own = await page("/members/republic-of-korea/acts", korea);
    expect(own.status).toBe(200);
    expect(own.text).toContain("Done in the name of Republic of Korea");
    const row = own.text.slice(
      own.text.indexOf(`/statements/${id}"`) - 400,
      own.text.indexOf(`/statements/${id}"`) + 600,
    );
    expect(row).toContain("Statement signed");
    expect(row).toContain(`Firefox · Windows, session ${session.id.slice(0, 8)}`);
    expect(row).toMatch(/Lee Seo-?yeon|Seo-?yeon Lee/);
    expect((await page("/members/republic-of-korea", korea)).text).toContain("Done in this member&#x27;s name");

    const japan = await sessionCookieFor(portal, JAPAN);
    expect((await page("/members/republic-of-korea/acts", japan)).status).toBe(403);
    expect((await page("/members/republic-of-korea", japan)).text).not.toContain("Done in this member");
    const secretariat = await sessionCookieFor(portal, SECRETARIAT);
    expect((await page("/members/republic-of-korea/acts", secretariat)).status).toBe(200);
    expect((await page("/members/no-such-member/acts", secretariat)).status).toBe(404);
  });
});
