// The program of work against a real database and a running portal: reports, history, permissions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Portal, postForm, sessionCookieFor, startPortal } from "../helpers/portal";
import { GHANA, KOREA, SECRETARIAT } from "../helpers/people";

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(() => portal.stop());

async function benchmarkId(title: string) {
  const row = await portal.database.db
    .selectFrom("benchmarks")
    .select("id")
    .where("title", "like", `${title}%`)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function report(cookie: string, id: number, form: Record<string, string>) {
  const body = {
    status: "achieved",
    note: "",
    evidenceUrl: "",
    reportedOn: new Date().toISOString().slice(0, 10),
    ...form,
  };
  return postForm(portal, `/work/benchmarks/${id}`, body, { cookie });
}

async function memberReports(id: number, slug: string) {
  return portal.database.db
    .selectFrom("benchmark_reports as r")
    .innerJoin("members as m", "m.id", "r.member_id")
    .select(["r.status", "r.reported_by"])
    .where("r.benchmark_id", "=", id)
    .where("m.slug", "=", slug)
    .orderBy("r.id")
    .execute();
}

describe("who may report on a benchmark", () => {
  it("lets a focal point report for their own member, and refuses another member with 403", async () => {
    const id = await benchmarkId("40 members have held a training");
    const ghana = await sessionCookieFor(portal, GHANA);
    const before = await memberReports(id, "republic-of-korea");
    const refused = await report(ghana, id, { member: "republic-of-korea" });
    expect(refused.status).toBe(403);
    expect(await memberReports(id, "republic-of-korea")).toEqual(before);

    const accepted = await report(ghana, id, { member: "ghana", status: "in_progress" });
    expect(accepted.status).toBe(302);
    expect((await memberReports(id, "ghana")).at(-1)?.status).toBe("in_progress");
  });

  it("lets the secretariat report for any member, and keeps who reported", async () => {
    const id = await benchmarkId("40 members have held a training");
    const accepted = await report(await sessionCookieFor(portal, SECRETARIAT), id, { member: "uruguay" });
    expect(accepted.status).toBe(302);
    const secretariat = await portal.database.db
      .selectFrom("people")
      .select("id")
      .where("name", "=", "Claire Hartley")
      .executeTakeFirstOrThrow();
    expect((await memberReports(id, "uruguay")).at(-1)).toEqual({ status: "achieved", reported_by: secretariat.id });
  });

  it("refuses a report dated in the future or with a bad evidence link, next to the field", async () => {
    const id = await benchmarkId("40 members have held a training");
    const korea = await sessionCookieFor(portal, KOREA);
    const future = await report(korea, id, { member: "republic-of-korea", reportedOn: "2999-01-01" });
    expect(future.status).toBe(400);
    expect(await future.text()).toContain("This date is in the future.");
    const badLink = await report(korea, id, { member: "republic-of-korea", evidenceUrl: "javascript:alert(1)" });
    expect(badLink.status).toBe(400);
    expect(await badLink.text()).toContain("Enter a full web address starting with https://.");
    // Both mistakes at once: both messages, so nothing is found out one submission at a time.
    const both = await (
      await report(korea, id, { member: "republic-of-korea", reportedOn: "2999-01-01", evidenceUrl: "not a link" })
    ).text();
    expect(both).toContain("This date is in the future.");
    expect(both).toContain("Enter a full web address starting with https://.");
  });

  it("keeps every report and counts the latest", async () => {
    const id = await benchmarkId("Half of the network has mapped");
    const korea = await sessionCookieFor(portal, KOREA);
    await report(korea, id, { member: "republic-of-korea", status: "achieved", reportedOn: "2026-05-01" });
    await report(korea, id, {
      member: "republic-of-korea",
      status: "in_progress",
      reportedOn: "2026-06-01",
      note: "Correction: the mapping is still under review.",
    });
    expect((await memberReports(id, "republic-of-korea")).map((r) => r.status)).toEqual(["achieved", "in_progress"]);
    const page = await (await fetch(`${portal.baseUrl}/work/benchmarks/${id}`, { headers: { Cookie: korea } })).text();
    expect(page).toContain("Correction: the mapping is still under review.");
  });
});

describe("activities", () => {
  it("take a focal point's proposal for their own member, which only the secretariat can approve", async () => {
    const korea = await sessionCookieFor(portal, KOREA);
    const post = (path: string, cookie: string, body: Record<string, string>) =>
      postForm(portal, path, body, { cookie });
    // Asking to lead for another member and to skip approval changes nothing: a proposal is the member's own.
    const proposed = await post("/work/activities/new", korea, {
      title: "Seminar on the Framework of Analysis for East Asian ministries",
      description: "A one-day seminar in Seoul.",
      language: "en",
      category: "international",
      status: "done",
      leads: "ghana",
    });
    expect(proposed.status).toBe(302);
    const id = Number(/\/work\/activities\/(\d+)/.exec(proposed.headers.get("location") ?? "")?.[1]);
    const activity = await portal.database.db
      .selectFrom("activities")
      .select(["status"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(activity.status).toBe("proposed");
    const leads = await portal.database.db
      .selectFrom("activity_members as am")
      .innerJoin("members as m", "m.id", "am.member_id")
      .select("m.slug")
      .where("am.activity_id", "=", id)
      .where("am.role", "=", "lead")
      .execute();
    expect(leads).toEqual([{ slug: "republic-of-korea" }]);

    expect((await post(`/work/activities/${id}`, korea, { intent: "approve" })).status).toBe(403);
    // Korea may revise its own proposal; another member may not touch it.
    const ghana = await sessionCookieFor(portal, GHANA);
    expect((await fetch(`${portal.baseUrl}/work/activities/${id}/edit`, { headers: { Cookie: ghana } })).status).toBe(
      403,
    );
    const approved = await post(`/work/activities/${id}`, await sessionCookieFor(portal, SECRETARIAT), {
      intent: "approve",
    });
    expect(approved.status).toBe(302);
    const history = await portal.database.db
      .selectFrom("activity_changes")
      .select("kind")
      .where("activity_id", "=", id)
      .orderBy("id")
      .execute();
    expect(history.map((h) => h.kind)).toEqual(["proposed", "approved"]);
  });

  it("refuses the CSV export to a focal point and to anonymous visitors", async () => {
    const asKorea = await fetch(`${portal.baseUrl}/work/benchmarks.csv`, {
      headers: { Cookie: await sessionCookieFor(portal, KOREA) },
    });
    expect(asKorea.status).toBe(403);
    const anonymous = await fetch(`${portal.baseUrl}/work/benchmarks.csv`, { redirect: "manual" });
    expect(anonymous.status).toBe(302);
  });
});
