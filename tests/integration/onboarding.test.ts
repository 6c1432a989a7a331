// A newly appointed focal point's first page after accepting their invitation: a welcome and where to
// start (the manual's "Your first months", their member's reports to file, the next Global Call and
// the next training).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KOREA } from "../helpers/people";
import { type Portal, sessionCookieFor, startPortal } from "../helpers/portal";

let portal: Portal;
let korea: string;
beforeAll(async () => {
  portal = await startPortal();
  korea = await sessionCookieFor(portal, KOREA);
});
afterAll(() => portal?.stop());

const get = async (path: string) =>
  (await fetch(portal.baseUrl + path, { headers: { Cookie: korea, "Accept-Language": "en" } })).text();

describe("the welcome", () => {
  it("shows the onboarding path on the first page after an invitation", async () => {
    const html = await get("/profile?welcome=1");
    expect(html).toContain("Welcome to the network, Lee Seo-yeon");
    expect(html).toMatch(/href="\/manual\/[a-z-]+\/your-first-months"/);
    const db = portal.database.db;
    const [call, training] = await Promise.all(
      (["global_call", "training"] as const).map((type) =>
        db
          .selectFrom("events")
          .select(["id", "title"])
          .where("type", "=", type)
          .where("status", "=", "scheduled")
          .where("starts_at", ">", new Date())
          .orderBy("starts_at")
          .executeTakeFirstOrThrow(),
      ),
    );
    expect(html).toContain(`href="/calendar/${call!.id}"`);
    expect(html).toContain(`href="/calendar/${training!.id}"`);
    const korea = await db
      .selectFrom("members")
      .select("id")
      .where("slug", "=", "republic-of-korea")
      .executeTakeFirstOrThrow();
    const open = await db
      .selectFrom("benchmarks as b")
      .select("b.id")
      .where("b.deadline", ">=", new Date().toISOString().slice(0, 10))
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom("benchmark_reports as r")
              .select("r.id")
              .whereRef("r.benchmark_id", "=", "b.id")
              .where("r.member_id", "=", korea.id),
          ),
        ),
      )
      .execute();
    expect(open.length).toBeGreaterThan(0);
    for (const benchmark of open) expect(html).toContain(`href="/work/benchmarks/${benchmark.id}#report"`);
    expect(html).toContain('href="/members#secretariat"');
  });

  it("is not shown on the profile otherwise", async () => {
    expect(await get("/profile")).not.toContain("Welcome to the network");
  });
});
