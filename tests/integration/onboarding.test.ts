// A newly appointed focal point's first page after accepting their invitation: a welcome and where to
// start (the manual's "Your first months", their member's reports to file, the next Global Call and
// the next training).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KOREA, SECRETARIAT, USA } from "../helpers/people";
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

  it("lists the five nearest deadlines to report on and points to the rest", async () => {
    const db = portal.database.db;
    const later = await db
      .insertInto("benchmarks")
      .values(
        Array.from({ length: 6 }, (_, i) => ({
          title: `Benchmark due in 20${90 + i}`,
          measure: "Reported by each member.",
          target_kind: "count" as const,
          target_value: 10,
          set_on: "2026-01-01",
          deadline: `20${90 + i}-12-31`,
        })),
      )
      .returning("id")
      .execute();
    const html = await get("/profile?welcome=1");
    const linked = [...html.matchAll(/href="\/work\/benchmarks\/(\d+)#report"/g)].map((match) => Number(match[1]));
    expect(linked).toHaveLength(5);
    // The farthest deadlines are the ones left for the full list.
    expect(linked).not.toContain(later.at(-1)!.id);
    expect(html).toMatch(
      /<a [^>]*href="\/members\/republic-of-korea#to-report-heading">And \d+ more benchmarks: see them all<\/a>/,
    );
  });
});

const MARIA = "maria.santos@dfa-philippines.example.org";

const page = async (path: string, cookie: string) => {
  const response = await fetch(portal.baseUrl + path, { headers: { Cookie: cookie, "Accept-Language": "en" } });
  const statements = Number(/sql;desc="(\d+)"/.exec(response.headers.get("server-timing") ?? "")?.[1]);
  return { status: response.status, statements, html: await response.text() };
};
const pairingsCard = (html: string) => /<section[^>]*id="pairings".*?<\/section>/s.exec(html)?.[0];

describe("pairing", () => {
  it("shows a mentor and the newcomer to each other on their dashboards, at no extra query", async () => {
    const mentor = await page("/", korea);
    expect(pairingsCard(mentor.html)).toContain("Maria Santos");
    expect(pairingsCard(mentor.html)).toContain("you mentor them");
    expect(pairingsCard(mentor.html)).toContain(`href="mailto:${MARIA}"`);
    expect(pairingsCard(mentor.html)).toContain('href="/members/philippines"');
    expect(mentor.statements).toBeGreaterThan(0);
    expect(mentor.statements).toBeLessThanOrEqual(6);

    const maria = await sessionCookieFor(portal, MARIA);
    const newcomer = await page("/", maria);
    expect(pairingsCard(newcomer.html)).toContain("Lee Seo-yeon");
    expect(pairingsCard(newcomer.html)).toContain("your mentor");
    expect(pairingsCard(newcomer.html)).toContain('href="mailto:seoyeon.lee@mofa-korea.example.org"');
    // The welcome path names the mentor too.
    const welcome = await page("/profile?welcome=1", maria);
    expect(welcome.html).toContain("Your mentor");
    expect(welcome.html).toContain("Lee Seo-yeon");

    // Someone in no pairing has no such card, and does not see the pair.
    const usa = await page("/", await sessionCookieFor(portal, USA));
    expect(pairingsCard(usa.html)).toBeUndefined();
    expect(usa.html).not.toContain("Maria Santos");
  });

  it("gives the secretariat its overview in at most 5 statements, and nobody else", async () => {
    const secretariat = await sessionCookieFor(portal, SECRETARIAT);
    const overview = await page("/onboarding", secretariat);
    expect(overview.status).toBe(200);
    expect(overview.statements).toBeLessThanOrEqual(5);
    expect(overview.html).toContain("Grace Nakato");
    expect(overview.html).toContain("Mentor: Lee Seo-yeon");
    expect(overview.html).toContain("Great Lakes pairing");
    const unpaired = await page("/onboarding?state=unpaired&group=african", secretariat);
    expect(unpaired.html).toContain("Grace Nakato");
    expect(unpaired.html).not.toContain("Patrick Ilunga");
    expect((await page("/onboarding", korea)).status).toBe(403);
    expect((await page("/onboarding/pair", korea)).status).toBe(403);
  });

  it("suggests mentors of the newcomer's regional group first, then of their language", async () => {
    const secretariat = await sessionCookieFor(portal, SECRETARIAT);
    const grace = await portal.database.db
      .selectFrom("people")
      .select("id")
      .where("name", "=", "Grace Nakato")
      .executeTakeFirstOrThrow();
    const form = await page(`/onboarding/pair?newcomer=${grace.id}`, secretariat);
    const groups = [...form.html.matchAll(/<optgroup label="([^"]+)">(.*?)<\/optgroup>/gs)];
    expect(groups.map((group) => group[1])).toEqual(["Same regional group", "Same language", "Other focal points"]);
    expect(groups[0]![2]).toContain("Kwame Mensah (Ghana)");
    expect(groups[0]![2]).not.toContain("Uganda");
    expect(groups[1]![2]).toContain("Lee Seo-yeon");
    // An experienced focal point is no newcomer: nothing to pair.
    const korean = await portal.database.db
      .selectFrom("people")
      .select("id")
      .where("name", "=", "Lee Seo-yeon")
      .executeTakeFirstOrThrow();
    expect((await page(`/onboarding/pair?newcomer=${korean.id}`, secretariat)).status).toBe(404);
  });
});
