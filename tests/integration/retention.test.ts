// Retention: the secretariat sets how long a stepped-down person's details are kept; a daily job warns
// them a month ahead, then reduces them to their name and member, and their acts stay theirs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COSTA_RICA, JAPAN, KOREA, SECRETARIAT, USA } from "../helpers/people";
import { type Portal, postForm, sessionCookieFor, startPortal } from "../helpers/portal";

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal({ WORKER: "off" });
});
afterAll(() => portal?.stop());

const db = () => portal.database.db;
const DAY = 86_400_000;
const monthsAgo = (months: number, days = 0) => {
  const at = new Date();
  at.setUTCMonth(at.getUTCMonth() - months);
  return new Date(at.getTime() - days * DAY);
};

async function person(who: string | number) {
  return db()
    .selectFrom("people as p")
    .innerJoin("User as u", "u.id", "p.user_id")
    .select([
      "p.id",
      "p.name",
      "p.member_id",
      "p.title",
      "p.ministry",
      "p.phone",
      "p.postal_address",
      "p.retention_warned_at",
      "p.details_reduced_at",
      "u.email",
      "u.id as userId",
    ])
    .where(typeof who === "number" ? "p.id" : "u.email", "=", who)
    .executeTakeFirstOrThrow();
}

async function stepDown(email: string, deactivatedAt: Date, warnedAt: Date | null = null) {
  const { id } = await person(email);
  await db()
    .updateTable("people")
    .set({ status: "deactivated", deactivated_at: deactivatedAt, retention_warned_at: warnedAt, phone: "+1 555 0100" })
    .where("id", "=", id)
    .execute();
}

describe("the retention of a stepped-down person's details", () => {
  it("warns a month ahead, then keeps only the name and member, once", async () => {
    const { applyRetention } = await import("~/retention/commands.server");
    const session = await sessionCookieFor(portal, USA);
    await stepDown(JAPAN, monthsAgo(23, 10)); // the period ends in about 20 days: warned now
    await stepDown(USA, monthsAgo(25), new Date(Date.now() - 31 * DAY)); // warned a month ago: reduced
    await stepDown(COSTA_RICA, monthsAgo(25)); // never warned: warned now, reduced a month later
    const before = await person(USA);

    expect(await applyRetention(db())).toEqual({ warned: 2, reduced: 1 });

    const japan = await person(JAPAN);
    expect(japan.retention_warned_at).not.toBeNull();
    expect(japan.details_reduced_at).toBeNull();
    expect(japan.phone).toBe("+1 555 0100");
    const notice = await db()
      .selectFrom("notifications")
      .select(["kind", "params"])
      .where("person_id", "=", japan.id)
      .where("kind", "=", "security")
      .executeTakeFirstOrThrow();
    expect(notice.params).toMatchObject({
      detail: "security_retention",
      date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
    });
    expect((await person(COSTA_RICA)).details_reduced_at).toBeNull();

    const usa = await person(before.id);
    expect(usa.details_reduced_at).not.toBeNull();
    expect({ name: usa.name, member: usa.member_id }).toEqual({ name: before.name, member: before.member_id });
    expect([usa.title, usa.ministry, usa.phone, usa.postal_address]).toEqual(["", "", "", ""]);
    expect(usa.email).toBe(`former-${usa.id}@retired.invalid`);
    expect(await db().selectFrom("Session").select("id").where("userId", "=", usa.userId).execute()).toEqual([]);
    expect(
      (await fetch(`${portal.baseUrl}/profile`, { headers: { Cookie: session }, redirect: "manual" })).status,
    ).toBe(302);
    const audit = await db()
      .selectFrom("audit_log")
      .select(["action", "person_id"])
      .where("action", "in", ["retention_warned", "details_reduced"])
      .orderBy("id")
      .execute();
    expect(audit).toHaveLength(3);
    expect(audit.find((entry) => entry.action === "details_reduced")?.person_id).toBe(usa.id);

    // The next day's run has nothing left to do for them.
    expect(await applyRetention(db())).toEqual({ warned: 0, reduced: 0 });
  });

  it("is set by the secretariat only, with a message next to a wrong period", async () => {
    const secretariat = await sessionCookieFor(portal, SECRETARIAT);
    const korea = await sessionCookieFor(portal, KOREA);
    const page = await fetch(`${portal.baseUrl}/admin/retention`, { headers: { Cookie: secretariat } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Retention of personal details");
    expect(html).toMatch(/name="months"[^>]*value="24"/);
    expect(html).toContain((await person(JAPAN)).name);

    for (const months of ["abc", "3", "121", "12.5"]) {
      const refused = await postForm(portal, "/admin/retention", { months }, { cookie: secretariat });
      expect(refused.status, months).toBe(400);
      const text = await refused.text();
      expect(text).toContain("Enter a whole number of months between 6 and 120.");
      expect(text).toContain(`value="${months}"`);
    }
    expect((await fetch(`${portal.baseUrl}/admin/retention`, { headers: { Cookie: korea } })).status).toBe(403);
    expect((await postForm(portal, "/admin/retention", { months: "12" }, { cookie: korea })).status).toBe(403);
    const settings = () => db().selectFrom("network_settings").select("retention_months").executeTakeFirstOrThrow();
    expect((await settings()).retention_months).toBe(24);

    const saved = await postForm(portal, "/admin/retention", { months: "12" }, { cookie: secretariat });
    expect(saved.status).toBe(302);
    expect((await settings()).retention_months).toBe(12);
    const entry = await db()
      .selectFrom("audit_log")
      .select("details")
      .where("action", "=", "retention_period_set")
      .executeTakeFirstOrThrow();
    expect(entry.details).toEqual({ from: 24, to: 12 });
  });
});
