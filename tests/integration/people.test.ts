// People of the network through a running portal: who may hand a seat over, an invitation used once
// however many times it is posted at once, the audit log in each act's own words, and bad input.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reached, waitForEmails } from "../helpers/emails";
import { GHANA, JAPAN, SECRETARIAT, USA } from "../helpers/people";
import { type Portal, postForm, sessionCookieFor, startPortal } from "../helpers/portal";
import { queueDrained } from "../helpers/queue";

let portal: Portal;
let secretariat: string;
beforeAll(async () => {
  portal = await startPortal();
  // Stepped up: handovers, invitations and deactivations are acts of state (tests/integration/confirmation.test.ts).
  secretariat = await sessionCookieFor(portal, SECRETARIAT, { steppedUp: true });
});
afterAll(() => portal?.stop());

const db = () => portal.database.db;
const get = (path: string, cookie?: string) =>
  fetch(portal.baseUrl + path, { headers: cookie ? { Cookie: cookie } : {}, redirect: "manual" });

async function personOf(email: string) {
  return db()
    .selectFrom("people")
    .innerJoin("User", "User.id", "people.user_id")
    .select(["people.id", "people.status", "people.user_id as userId"])
    .where("User.email", "=", email)
    .executeTakeFirstOrThrow();
}

/** The invitation link emailed to `email` (by the job that mints its token). */
async function invitationTokenFor(email: string): Promise<string> {
  const [message] = await waitForEmails(
    () => db().selectFrom("emails").select(["text", "recipient"]).where("recipient", "=", email).execute(),
    reached(email),
  );
  return /\/invitations\/(\S+)/.exec(message!.text)![1]!;
}

async function auditSince(id: number) {
  return db()
    .selectFrom("audit_log as a")
    .leftJoin("people as actor", "actor.id", "a.actor_id")
    .leftJoin("people as person", "person.id", "a.person_id")
    .select(["a.action", "actor.name as actor", "person.name as person", "a.details"])
    .where("a.id", ">", id)
    .orderBy("a.id")
    .execute();
}

async function lastAuditId() {
  const row = await db()
    .selectFrom("audit_log")
    .select((eb) => eb.fn.max("id").as("id"))
    .executeTakeFirst();
  return Number(row?.id ?? 0);
}

const successor = { name: "Abena Boateng", email: "abena.boateng@mfa-ghana.example.org", locale: "en" };

describe("handing over a seat", () => {
  it("is refused to a second focal point of the member who does not hold the seat", async () => {
    const ghana = await db().selectFrom("members").select("id").where("slug", "=", "ghana").executeTakeFirstOrThrow();
    // A second focal point (not an alternate) of Ghana, who came before the seat's holder took it.
    const user = await db()
      .insertInto("User")
      .values({ email: "yaw.darko@mfa-ghana.example.org", name: "Yaw Darko" })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db()
      .insertInto("people")
      .values({
        user_id: user.id,
        name: "Yaw Darko",
        role: "focal_point",
        member_id: ghana.id,
        status: "active",
        activated_at: new Date("2001-01-01T00:00:00Z"),
      })
      .execute();
    const second = await sessionCookieFor(portal, "yaw.darko@mfa-ghana.example.org");

    const page = await get("/members/ghana", second);
    expect(page.status).toBe(200);
    expect(await page.text()).not.toContain("Hand over the seat");
    expect((await get("/members/ghana/handover", second)).status).toBe(403);
    const attempt = await postForm(
      portal,
      "/members/ghana/handover",
      { ...successor, when: "now" },
      { cookie: second },
    );
    expect(attempt.status).toBe(403);
    expect((await personOf(GHANA)).status).toBe("active");
    expect(await db().selectFrom("User").select("id").where("email", "=", successor.email).execute()).toEqual([]);

    // The holder may.
    const holder = await sessionCookieFor(portal, GHANA);
    expect(await (await get("/members/ghana", holder)).text()).toContain("Hand over the seat");
    expect((await get("/members/ghana/handover", holder)).status).toBe(200);
  });

  it("logs each step in its own words: started by whoever asked, completed by the successor accepting", async () => {
    const since = await lastAuditId();
    const started = await postForm(
      portal,
      "/members/ghana/handover",
      { ...successor, when: "acceptance", _confirm: "hand_over_seat" },
      { cookie: secretariat },
    );
    expect(started.headers.get("location")).toBe("/members/ghana?notice=handover");
    const token = await invitationTokenFor(successor.email);
    const accepted = await postForm(portal, `/invitations/${token}`, {});
    expect(accepted.headers.get("location")).toBe("/profile?welcome=1");

    expect(await auditSince(since)).toEqual([
      {
        action: "handover_started",
        actor: "Claire Hartley",
        person: "Abena Boateng",
        details: { successor: "Abena Boateng", predecessor: "Kwame Mensah", when: "acceptance" },
      },
      { action: "invitation_accepted", actor: "Abena Boateng", person: "Abena Boateng", details: {} },
      {
        action: "handover_completed",
        actor: "Abena Boateng",
        person: "Kwame Mensah",
        details: { successor: "Abena Boateng" },
      },
    ]);
    expect((await personOf(GHANA)).status).toBe("deactivated");

    const page = await (await get("/admin/audit", secretariat)).text();
    expect(page).toContain("Seat handover started");
    expect(page).toContain("Abena Boateng invited to succeed Kwame Mensah, who steps down when they accept");
    expect(page).toContain("Stepped down; the seat is now Abena Boateng&#x27;s");
    expect(page).not.toContain("Person deactivated");
  });

  it("completes at once, by the holder, when the holder hands over now", async () => {
    const since = await lastAuditId();
    const japan = await sessionCookieFor(portal, JAPAN, { steppedUp: true });
    const done = await postForm(
      portal,
      "/members/japan/handover",
      {
        name: "Sato Kenji",
        email: "kenji.sato@mofa-japan.example.org",
        locale: "en",
        when: "now",
        _confirm: "hand_over_seat",
      },
      { cookie: japan },
    );
    expect(done.headers.get("location")).toBe("/login?handedOver=1");
    expect((await auditSince(since)).map(({ action, actor, person }) => ({ action, actor, person }))).toEqual([
      { action: "handover_started", actor: "Haruka Nakamura", person: "Sato Kenji" },
      { action: "handover_completed", actor: "Haruka Nakamura", person: "Haruka Nakamura" },
    ]);
    expect((await get("/profile", japan)).status).toBe(302); // signed out at once
  });
});

describe("an invitation", () => {
  it("opens one session however many times it is accepted at once", async () => {
    const email = "lucia.ferrari@esteri-italy.example.org";
    await postForm(
      portal,
      "/admin/invite",
      {
        name: "Lucia Ferrari",
        email,
        role: "focal_point",
        member: "italy",
        alternate: "on",
        locale: "en",
        _confirm: "invite_person",
      },
      { cookie: secretariat },
    );
    const token = await invitationTokenFor(email);
    const answers = await Promise.all(Array.from({ length: 10 }, () => postForm(portal, `/invitations/${token}`, {})));
    const signedIn = answers.filter((answer) =>
      answer.headers.getSetCookie().some((cookie) => cookie.startsWith("authjs.session-token=")),
    );
    expect(signedIn).toHaveLength(1);
    const { userId } = await personOf(email);
    expect(await db().selectFrom("Session").select("id").where("userId", "=", userId).execute()).toHaveLength(1);
    for (const answer of answers) expect(answer.status).toBe(302);
  });
});

describe("asking for a sign-in link", () => {
  it("is logged for the secretariat, known address or not, and sends a link only to a member", async () => {
    const since = await lastAuditId();
    const emailsBefore = await db()
      .selectFrom("emails")
      .select((eb) => eb.fn.max("id").as("id"))
      .executeTakeFirst();
    for (const email of ["nobody@mofa-japan.example.org", "kwame.mensah@mfa-ghana.example.org", SECRETARIAT]) {
      expect((await postForm(portal, "/login", { email })).headers.get("location")).toBe("/login/check-email");
    }
    expect((await auditSince(since)).map((entry) => [entry.action, entry.details])).toEqual([
      ["sign_in_link_requested", { email: "nobody@mofa-japan.example.org" }],
      ["sign_in_link_requested", { email: "kwame.mensah@mfa-ghana.example.org" }],
      ["sign_in_link_requested", { email: SECRETARIAT }],
    ]);
    await waitForEmails(
      () =>
        db()
          .selectFrom("emails")
          .select("recipient")
          .where("id", ">", Number(emailsBefore?.id ?? 0))
          .execute(),
      reached(SECRETARIAT),
    );
    await queueDrained(db());
    const sent = await db()
      .selectFrom("emails")
      .select("recipient")
      .where("id", ">", Number(emailsBefore?.id ?? 0))
      .execute();
    // Kwame handed his seat over above: no longer active, no link.
    expect(sent.map((row) => row.recipient)).toEqual([SECRETARIAT]);
  });
});

describe("bad input on the people's pages", () => {
  it("never answers 500: odd ids, NUL bytes, unknown roles, languages and time zones", async () => {
    const korea = await sessionCookieFor(portal, "seoyeon.lee@mofa-korea.example.org");
    const usa = await sessionCookieFor(portal, USA);
    const gets: [string, string | undefined, number][] = [
      // A NUL byte in an address is refused before any page: it names nothing.
      ["/members/%00", korea, 400],
      ["/members/ghana%00/handover", korea, 400],
      ["/members?group=%00&q=%00", korea, 400],
      ["/invitations/%00", undefined, 400],
      ["/admin/audit?page=%00", secretariat, 400],
      ["/admin/audit?page=99999999999", secretariat, 200],
      ["/admin/invite?member=%00", secretariat, 400],
      ["/notifications/abc", korea, 404],
      ["/notifications/99999999999", korea, 404],
      ["/notifications?page=-1", korea, 200],
      ["/login/confirm?token=%00&email=%00", undefined, 400],
      ["/login/error?error=%00&email=%00", undefined, 400],
    ];
    for (const [path, cookie, status] of gets) expect((await get(path, cookie)).status, path).toBe(status);

    const posts: [string, Record<string, string>, string | undefined, number][] = [
      ["/admin/people/abc", { intent: "deactivate" }, secretariat, 404],
      ["/admin/people/99999999999", { intent: "deactivate" }, secretariat, 404],
      ["/admin/people/2147483647", { intent: "resend" }, secretariat, 404],
      ["/admin/people/1", { intent: "promote" }, secretariat, 400],
      ["/notifications", { intent: "markRead", id: "99999999999" }, korea, 400],
      ["/notifications", { intent: "markRead", id: "abc" }, korea, 400],
      ["/language", { locale: "xx" }, usa, 400],
      ["/language", { locale: "fr", redirectTo: "/\u0000" }, usa, 302],
      ["/login", { email: "a\u0000@example.org" }, undefined, 400],
      ["/invitations/%00", {}, undefined, 400],
    ];
    for (const [path, body, cookie, status] of posts) {
      expect((await postForm(portal, path, body, { cookie })).status, path).toBe(status);
    }
  });

  it("gives forms back with a message next to the field and what was typed", async () => {
    const korea = await sessionCookieFor(portal, "seoyeon.lee@mofa-korea.example.org");
    const forms: [string, Record<string, string>, string, string[]][] = [
      [
        "/admin/invite",
        { name: "Ana\u0000 Ruiz", email: "ana.ruiz@example.org", role: "king", member: "", locale: "xx" },
        secretariat,
        ["ana.ruiz@example.org", "Choose one of the options."],
      ],
      [
        "/admin/invite",
        { name: "Ana\u0000 Ruiz", email: "ana.ruiz@example.org", role: "secretariat", member: "", locale: "en" },
        secretariat,
        ["ana.ruiz@example.org", "Remove the invisible control character from this text."],
      ],
      [
        "/admin/members/new",
        {
          name: "Atlantis",
          nameFr: "Atlantide",
          nameEs: "Atlántida",
          kind: "state",
          regionalGroup: "weog",
          timeZone: "UTC",
          joinedOn: "2026-02-30",
        },
        secretariat,
        ["Atlantis", "2026-02-30", "Enter a date as YYYY-MM-DD."],
      ],
      [
        "/admin/invite",
        // Confirmed: the member is looked up by the invitation itself, after the confirmation screen.
        {
          name: "Ana Ruiz",
          email: "ana.ruiz@example.org",
          role: "focal_point",
          member: "atlantis",
          locale: "en",
          _confirm: "invite_person",
        },
        secretariat,
        ["Ana Ruiz", "Choose one of the options."],
      ],
      [
        "/admin/members/new",
        {
          name: "日本",
          nameFr: "Japon",
          nameEs: "Japón",
          kind: "state",
          regionalGroup: "weog",
          timeZone: "Mars/Olympus",
          joinedOn: "2026-13-45",
        },
        secretariat,
        ["日本", "Mars/Olympus", "2026-13-45"],
      ],
      [
        "/admin/members/new",
        {
          name: "中国",
          nameFr: "Chine",
          nameEs: "China",
          kind: "state",
          regionalGroup: "weog",
          timeZone: "Asia/Shanghai",
          joinedOn: "2026-01-05",
        },
        secretariat,
        ["中国", "Write the name in Latin letters"],
      ],
      [
        "/profile",
        { name: "Lee Seo-yeon", title: "", ministry: "", timeZone: "Asia/Seoul\u0000", locale: "ko" },
        korea,
        ["Lee Seo-yeon", "Choose one of the options."],
      ],
      ["/notifications/preferences", { amendments: "hourly" }, korea, ["Choose one of the options."]],
      [
        "/members/republic-of-korea/handover",
        { name: "Kim", email: "kim@example.org", locale: "ko", when: "later" },
        korea,
        ["kim@example.org", "Choose one of the options."],
      ],
    ];
    for (const [path, body, cookie, shown] of forms) {
      const response = await postForm(portal, path, body, { cookie });
      expect(response.status, path).toBe(400);
      const page = await response.text();
      for (const text of shown) expect(page, `${path}: ${text}`).toContain(text);
    }
  });
});
