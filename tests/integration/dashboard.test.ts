// The dashboard's "needs your action" queue over HTTP against the seeded network: what waits for each
// person, gone once done, read in at most five SQL statements for a focal point and the secretariat.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Portal, postForm, sessionCookieFor, startPortal } from "../helpers/portal";
import { COSTA_RICA, KOREA, SECRETARIAT } from "../helpers/people";

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(() => portal.stop());

const db = () => portal.database.db;

async function dashboard(cookie: string) {
  const response = await fetch(portal.baseUrl + "/", { headers: { Cookie: cookie } });
  const statements = Number(/sql;desc="(\d+)"/.exec(response.headers.get("server-timing") ?? "")?.[1]);
  const html = await response.text();
  const panel = /<section[^>]*aria-labelledby="actions-heading".*?<\/section>/s.exec(html)?.[0] ?? "";
  /** The items under one kind's heading, as their links' text. */
  const items = (kind: string) => {
    const list = new RegExp(`<ul[^>]*aria-labelledby="action-${kind}".*?</ul>`, "s").exec(panel)?.[0] ?? "";
    return [...list.matchAll(/<a [^>]*>([^<]+)<\/a>/g)].map((link) => link[1]);
  };
  return { statements, panel, items };
}

const statementTitled = (stage: "drafting" | "silence") =>
  db().selectFrom("statements").select(["id", "title"]).where("stage", "=", stage).executeTakeFirstOrThrow();

describe("needs your action", () => {
  it("leads the penholder's dashboard with the amendments waiting for its decision", async () => {
    const draft = await statementTitled("drafting");
    const { panel, items } = await dashboard(await sessionCookieFor(portal, COSTA_RICA));
    // In Costa Rica's focal point's language.
    expect(panel).toContain("Pendiente de su acción");
    expect(items("amendments")).toEqual([draft.title]);
    const pending = await db()
      .selectFrom("amendments")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("statement_id", "=", draft.id)
      .where("status", "=", "pending")
      .executeTakeFirstOrThrow();
    expect(panel).toContain(`${pending.n} enmiendas pendientes`);
  });

  it("shows a group member the silence running, the reports its member owes and the calls not answered", async () => {
    const korea = await sessionCookieFor(portal, KOREA);
    const silence = await statementTitled("silence");
    const before = await dashboard(korea);
    expect(before.items("silences")).toEqual([silence.title]);
    expect(before.panel).toContain("Silence ends");
    // Korea is no penholder: no amendment waits for it.
    expect(before.items("amendments")).toEqual([]);
    const calls = before.items("calls");
    expect(calls.length).toBeGreaterThan(0);
    expect(before.items("benchmarks").length).toBeGreaterThan(0);

    // Answering the first call takes it off the queue.
    const first = await db()
      .selectFrom("events")
      .select("id")
      .where("title", "=", calls[0])
      .where("type", "=", "global_call")
      .executeTakeFirstOrThrow();
    const answered = await postForm(
      portal,
      `/calendar/${first.id}`,
      { intent: "rsvp", response: "attending" },
      { cookie: korea },
    );
    expect(answered.status).toBe(302);
    expect((await dashboard(korea)).items("calls")).not.toContain(calls[0]);
  });

  it("lists a signature request until the member signs", async () => {
    const draft = await statementTitled("drafting");
    await db().updateTable("statements").set({ stage: "signature" }).where("id", "=", draft.id).execute();
    const korea = await db()
      .selectFrom("members")
      .select("id")
      .where("slug", "=", "republic-of-korea")
      .executeTakeFirstOrThrow();
    await db().insertInto("statement_signatures").values({ statement_id: draft.id, member_id: korea.id }).execute();
    const cookie = await sessionCookieFor(portal, KOREA);
    expect((await dashboard(cookie)).items("signatures")).toEqual([draft.title]);
    await db()
      .updateTable("statement_signatures")
      .set({ signed_at: new Date() })
      .where("statement_id", "=", draft.id)
      .where("member_id", "=", korea.id)
      .execute();
    expect((await dashboard(cookie)).items("signatures")).toEqual([]);
  });

  it("reads the whole dashboard in at most five SQL statements, for focal points and the secretariat", async () => {
    for (const email of [KOREA, COSTA_RICA, SECRETARIAT]) {
      const { statements } = await dashboard(await sessionCookieFor(portal, email));
      expect(statements, email).toBeGreaterThan(0);
      expect(statements, email).toBeLessThanOrEqual(5);
    }
  });
});
