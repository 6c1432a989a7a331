// Who hears what: preferences per category, essential messages, the centre, one-click unsubscribe.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publish } from "~/notifications/publish.server";
import { setPreferences } from "~/notifications/preferences.server";
import { readUnsubscribeToken, unsubscribeToken } from "~/notifications/unsubscribe.server";
import { CATEGORIES } from "~/notifications/categories";
import { type Portal, postForm, sessionCookieFor, startPortal, TEST_AUTH_SECRET } from "../helpers/portal";
import { GHANA, KOREA } from "../helpers/people";

// Tokens made here must verify in the portal under test, which signs with the same secret.
process.env.AUTH_SECRET = TEST_AUTH_SECRET;

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(() => portal.stop());

async function personId(email: string) {
  const row = await portal.database.db
    .selectFrom("people")
    .innerJoin("User", "User.id", "people.user_id")
    .select("people.id")
    .where("User.email", "=", email)
    .executeTakeFirstOrThrow();
  return row.id;
}

const amendment = (recipients: number[], occurrence?: string) => ({
  kind: "amendment_proposed" as const,
  recipients,
  params: { member: "Ghana", statement: "Joint statement on veto restraint" },
  link: "/statements/1",
  occurrence,
});

describe("email preferences", () => {
  it("send each category immediately, in a daily or weekly digest, or not at all, as the person chose", async () => {
    const { db } = portal.database;
    const korea = await personId(KOREA);
    for (const cadence of ["immediate", "daily", "weekly", "off"] as const) {
      await setPreferences(db, korea, { amendments: cadence });
      const [told] = await publish(db, amendment([korea]));
      expect(told?.cadence).toBe(cadence);
    }
  });

  it("fall back to the defaults for someone who never chose, and keep categories apart", async () => {
    const { db } = portal.database;
    const ghana = await personId(GHANA);
    await setPreferences(db, ghana, { events: "off" });
    const [amended] = await publish(db, amendment([ghana]));
    const [event] = await publish(db, {
      kind: "event_added",
      recipients: [ghana],
      params: { event: "HRC 62" },
      link: "/calendar",
    });
    expect(amended?.cadence).toBe("immediate");
    expect(event?.cadence).toBe("off");
  });

  it(
    "email a Global Call reminder only immediately: with a digest chosen it stays in the centre, " +
      "as a digest could bring it after the call",
    async () => {
      const { db } = portal.database;
      const korea = await personId(KOREA);
      const reminder = {
        kind: "call_reminder" as const,
        recipients: [korea],
        params: { event: "Global Call" },
        link: "/calendar/1",
      };
      const moved = { ...reminder, kind: "call_rescheduled" as const };
      for (const [chosen, reminded] of [
        ["immediate", "immediate"],
        ["daily", "off"],
        ["weekly", "off"],
        ["off", "off"],
      ] as const) {
        await setPreferences(db, korea, { global_calls: chosen });
        expect((await publish(db, reminder))[0]?.cadence, chosen).toBe(reminded);
        expect((await publish(db, moved))[0]?.cadence, chosen).toBe(chosen);
      }
    },
  );

  it("never hold back sign-in, invitation or security messages, even with everything off", async () => {
    const { db } = portal.database;
    const korea = await personId(KOREA);
    await setPreferences(db, korea, Object.fromEntries(CATEGORIES.map((category) => [category, "off"])));
    const [security] = await publish(db, { kind: "security", recipients: [korea], params: {}, link: "/profile" });
    expect(security?.cadence).toBe("immediate");
  });

  it("tell each person about one occurrence once, and skip people who are no longer active", async () => {
    const { db } = portal.database;
    const [korea, ghana] = [await personId(KOREA), await personId(GHANA)];
    await db.updateTable("people").set({ status: "deactivated" }).where("id", "=", ghana).execute();
    const first = await publish(db, amendment([korea, ghana], "amendment-77"));
    const again = await publish(db, amendment([korea], "amendment-77"));
    await db.updateTable("people").set({ status: "active" }).where("id", "=", ghana).execute();
    expect(first.map((told) => told.personId)).toEqual([korea]);
    expect(again).toEqual([]);
  });
});

describe("the notification centre", () => {
  it("shows a person their unread count and notifications, and marks them read", async () => {
    const { db } = portal.database;
    const korea = await personId(KOREA);
    await db.deleteFrom("notifications").where("person_id", "=", korea).execute();
    await publish(db, amendment([korea]));
    const cookie = await sessionCookieFor(portal, KOREA);
    const page = await (await fetch(`${portal.baseUrl}/notifications`, { headers: { Cookie: cookie } })).text();
    // The link reads "Notifications 1", and "1 unread" to a screen reader.
    const unreadOne = /class="unread-count">1<span class="sr-only"> (<!-- -->)?unread<\/span>/;
    expect(page).toMatch(unreadOne);
    expect(page).toContain(">Unread<");
    expect(page).toContain("Ghana proposed an amendment to “Joint statement on veto restraint”");

    const marked = await postForm(
      portal,
      "/notifications",
      { intent: "markAllRead" },
      { cookie, followRedirects: true },
    );
    const after = await marked.text();
    expect(after).toContain("1 notification marked as read.");
    expect(after).not.toMatch(unreadOne);
    expect(after).not.toContain(">Unread<");
  });

  it("answers 404 to someone opening another person's notification, and leaves it unread", async () => {
    const { db } = portal.database;
    const korea = await personId(KOREA);
    const [told] = await publish(db, amendment([korea]));
    const ghanaCookie = await sessionCookieFor(portal, GHANA);
    const response = await fetch(`${portal.baseUrl}/notifications/${told!.id}`, {
      headers: { Cookie: ghanaCookie },
      redirect: "manual",
    });
    expect(response.status).toBe(404);
    const row = await db
      .selectFrom("notifications")
      .select("read_at")
      .where("id", "=", told!.id)
      .executeTakeFirstOrThrow();
    expect(row.read_at).toBeNull();

    const own = await fetch(`${portal.baseUrl}/notifications/${told!.id}`, {
      headers: { Cookie: await sessionCookieFor(portal, KOREA) },
      redirect: "manual",
    });
    expect(own.status).toBe(302);
    expect(own.headers.get("location")).toBe("/statements/1");
  });

  it("sends anonymous visitors to sign in", async () => {
    for (const path of ["/notifications", "/notifications/preferences", "/notifications/1"]) {
      const response = await fetch(portal.baseUrl + path, { redirect: "manual" });
      expect(response.status, path).toBe(302);
      expect(response.headers.get("location"), path).toContain("/login?redirectTo=");
    }
  });
});

describe("one-click unsubscribe", () => {
  it("turns one category off for the person the link was made for, without signing in (RFC 8058)", async () => {
    const { db } = portal.database;
    const korea = await personId(KOREA);
    await setPreferences(db, korea, { minutes: "immediate", amendments: "immediate" });
    const response = await fetch(`${portal.baseUrl}/unsubscribe/${unsubscribeToken(korea, "minutes")}`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    expect(response.status).toBe(200);
    const rows = await db
      .selectFrom("notification_preferences")
      .select(["category", "cadence"])
      .where("person_id", "=", korea)
      .execute();
    expect(rows.find((row) => row.category === "minutes")?.cadence).toBe("off");
    expect(rows.find((row) => row.category === "amendments")?.cadence).toBe("immediate");
  });

  it("stops a whole digest: every category it gathers goes quiet, the others stay as they were", async () => {
    const { db } = portal.database;
    const korea = await personId(KOREA);
    await setPreferences(db, korea, {
      amendments: "daily",
      signatures: "daily",
      minutes: "weekly",
      publications: "immediate",
    });
    const response = await fetch(`${portal.baseUrl}/unsubscribe/${unsubscribeToken(korea, "daily")}`, {
      method: "POST",
      body: "List-Unsubscribe=One-Click",
    });
    expect(response.status).toBe(200);
    const rows = await db
      .selectFrom("notification_preferences")
      .select(["category", "cadence"])
      .where("person_id", "=", korea)
      .execute();
    const cadence = Object.fromEntries(rows.map((row) => [row.category, row.cadence]));
    expect(cadence).toMatchObject({
      amendments: "off",
      signatures: "off",
      minutes: "weekly",
      publications: "immediate",
    });
  });

  it("refuses a token that was tampered with or made for someone else", async () => {
    const [korea, ghana] = [await personId(KOREA), await personId(GHANA)];
    const token = unsubscribeToken(korea, "amendments");
    const signature = token.split(".")[2]!;
    const forged = [
      `${ghana}.amendments.${signature}`,
      `${korea}.minutes.${signature}`,
      `${korea}.amendments.${signature.slice(0, -1)}${signature.endsWith("A") ? "B" : "A"}`,
      `${korea}.amendments`,
    ];
    for (const candidate of forged) {
      expect(readUnsubscribeToken(candidate), candidate).toBeNull();
      const response = await fetch(`${portal.baseUrl}/unsubscribe/${candidate}`, {
        method: "POST",
        body: "List-Unsubscribe=One-Click",
      });
      expect(response.status, candidate).toBe(404);
    }
    expect(readUnsubscribeToken(token)).toEqual({ personId: korea, scope: "amendments" });
    const ghanaAmendments = await portal.database.db
      .selectFrom("notification_preferences")
      .select("cadence")
      .where("person_id", "=", ghana)
      .where("category", "=", "amendments")
      .executeTakeFirst();
    expect(ghanaAmendments).toBeUndefined();
  });
});

describe("email previews in local mode", () => {
  it("list every template and show each in every language, as HTML and as plain text", async () => {
    const list = await (await fetch(`${portal.baseUrl}/dev/emails`)).text();
    for (const subject of [
      "Your sign-in link for the R2P Focal Points portal",
      "Your daily digest: 3 updates",
      "Reminder: Global Call: The Kigali Principles",
      "Seat handover for Republic of Korea",
    ]) {
      expect(list).toContain(subject);
    }
    const reminder = await (await fetch(`${portal.baseUrl}/dev/emails/call-reminder?lang=en&format=text`)).text();
    expect(reminder).toContain("Thursday, June 17, 2027, 23:00 GMT+9");
    expect(reminder).toMatch(
      /Stop emails about “Global Call reminders” http:\/\/localhost:\d+\/unsubscribe\/1\.global_calls\./,
    );
    const event = await (await fetch(`${portal.baseUrl}/dev/emails/event-added?lang=fr&format=text`)).text();
    expect(event).toContain("Votre heure (Asia/Seoul) : mardi 22 juin 2027, 17:00 UTC+9");
    const french = await (await fetch(`${portal.baseUrl}/dev/emails/daily-digest?lang=fr&format=text`)).text();
    expect(french).toContain("Subject: Votre résumé quotidien : 3 nouveautés");
    expect(french).toMatch(/Ne plus recevoir ce résumé http:\/\/localhost:\d+\/unsubscribe\/1\.daily\./);
    const html = await fetch(`${portal.baseUrl}/dev/emails/notification?lang=es`);
    expect(html.headers.get("content-security-policy")).toContain("sandbox");
    expect(await html.text()).toContain("Ghana propuso una enmienda a «Joint statement on veto restraint»");
    expect((await fetch(`${portal.baseUrl}/dev/emails/no-such-template`)).status).toBe(404);
  });
});
