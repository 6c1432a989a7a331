// The report to the annual meeting against a running portal: a benchmark's progress, the members' reports in
// the period counted by regional group on the page and listed with their notes (not one outside it) in the
// Word file, for the secretariat and a focal point, each in their language; a bad period comes back with its
// message, never a 500.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docxDocumentXml } from "../helpers/docx";
import { KOREA, SECRETARIAT } from "../helpers/people";
import { type Portal, sessionCookieFor, startPortal } from "../helpers/portal";

const PLAN = "Members publish a national atrocity-prevention plan";
const INSIDE = "Korea published its national plan in March.";
const OUTSIDE = "Ghana published its plan in May.";
const MARCH = "from=2026-03-01&to=2026-03-31";

let portal: Portal;
let secretariat: string;
let korea: string;
beforeAll(async () => {
  // The period's end may not be after today: today is pinned after the dates below.
  portal = await startPortal({ CLOCK_NOW: "2026-12-01T12:00:00Z" });
  [secretariat, korea] = await Promise.all([sessionCookieFor(portal, SECRETARIAT), sessionCookieFor(portal, KOREA)]);
  const db = portal.database.db;
  const members = await db
    .selectFrom("members")
    .select(["id", "slug"])
    .where("slug", "in", ["republic-of-korea", "ghana"])
    .execute();
  const id = (slug: string) => members.find((member) => member.slug === slug)!.id;
  const { id: benchmarkId } = await db
    .insertInto("benchmarks")
    .values({
      title: PLAN,
      measure: "The plan is published by the government.",
      target_kind: "count",
      target_value: 3,
      set_on: "2026-01-01",
      deadline: "2026-12-31",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("benchmark_reports")
    .values([
      {
        benchmark_id: benchmarkId,
        member_id: id("republic-of-korea"),
        status: "achieved",
        note: INSIDE,
        reported_on: "2026-03-10",
      },
      {
        benchmark_id: benchmarkId,
        member_id: id("ghana"),
        status: "achieved",
        note: OUTSIDE,
        reported_on: "2026-05-20",
      },
    ])
    .execute();
});
afterAll(() => portal?.stop());

const get = (path: string, cookie: string) =>
  fetch(portal.baseUrl + path, { headers: { Cookie: cookie }, redirect: "manual" });
const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/&#x27;/g, "'");
/** The first table row that names the plan (the benchmarks table comes first), as text. */
const planRow = (html: string) => text(html.split("</tr>").find((row) => row.includes(PLAN)) ?? "");
/** A regional group's row in the members' reports, cell by cell: name, members that reported, reports, each status. */
const groupCells = (html: string, name: string) =>
  (html.split("</tr>").find((row) => row.includes(`<th scope="row">${name}</th>`)) ?? "")
    .split(/<\/t[hd]>/)
    .slice(0, -1)
    .map(text);
/** What the database holds for a group: its members by the period's end, and their reports in the period. */
async function groupIn(group: "asia_pacific" | "african", from: string, to: string) {
  const db = portal.database.db;
  const [members, reports] = await Promise.all([
    db.selectFrom("members").select("id").where("regional_group", "=", group).where("joined_on", "<=", to).execute(),
    db
      .selectFrom("benchmark_reports as r")
      .innerJoin("members as m", "m.id", "r.member_id")
      .innerJoin("benchmarks as b", "b.id", "r.benchmark_id")
      .select(["r.status", "r.member_id"])
      .where("m.regional_group", "=", group)
      .where("m.joined_on", "<=", to)
      .where("r.reported_on", ">=", from)
      .where("r.reported_on", "<=", to)
      .where("b.set_on", "<=", to)
      .where("b.deadline", ">=", from)
      .execute(),
  ]);
  const count = (status: string) => String(reports.filter((row) => row.status === status).length);
  return [
    `${new Set(reports.map((row) => row.member_id)).size} of ${members.length}`,
    String(reports.length),
    ...["not_started", "in_progress", "achieved", "not_applicable"].map(count),
  ];
}

describe("the report as a page", () => {
  it("shows the secretariat and a focal point the plan's progress and the reports of the period by group", async () => {
    for (const cookie of [secretariat, korea]) {
      const response = await get(`/work/report?${MARCH}`, cookie);
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain("From March 1, 2026 to March 31, 2026");
      expect(planRow(html)).toContain("1 of 3 members · 33% · On track");
      expect(planRow(html)).toContain("0 → 1 (+1)");
      // Korea's group counts its March report with the others filed then; Ghana's May report is not counted.
      expect(groupCells(html, "Asia-Pacific Group")).toEqual([
        "Asia-Pacific Group",
        ...(await groupIn("asia_pacific", "2026-03-01", "2026-03-31")),
      ]);
      expect(groupCells(html, "African Group").slice(1)).toEqual(await groupIn("african", "2026-03-01", "2026-03-31"));
      // The notes are in the Word document; the page says so.
      expect(html).not.toContain(INSIDE);
      expect(html).toContain("Each report, with its note, is in the Word document under its member.");
      expect(html).toContain(`href="/work/report.docx?${MARCH.replace("&", "&amp;")}"`);
    }
  });

  it("counts a later report once the period reaches it", async () => {
    const html = await (await get("/work/report?from=2026-03-01&to=2026-05-31", secretariat)).text();
    expect(planRow(html)).toContain("2 of 3 members");
    const african = await groupIn("african", "2026-03-01", "2026-05-31");
    expect(groupCells(html, "African Group").slice(1)).toEqual(african);
    expect(Number(african[4])).toBeGreaterThan(Number((await groupIn("african", "2026-03-01", "2026-03-31"))[4]));
  });

  it("counts a report filed after the page was last read, even one dated back into the period", async () => {
    const db = portal.database.db;
    const TRAINING = "Members train their diplomats on atrocity risk";
    const { id: benchmarkId } = await db
      .insertInto("benchmarks")
      .values({
        title: TRAINING,
        measure: "A training was held.",
        target_kind: "count",
        target_value: 2,
        set_on: "2026-01-01",
        deadline: "2026-12-31",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const row = async () =>
      text(
        (await (await get(`/work/report?${MARCH}`, secretariat)).text())
          .split("</tr>")
          .find((r) => r.includes(TRAINING))!,
      );
    expect(await row()).toContain("0 of 2 members");
    const ghana = await db.selectFrom("members").select("id").where("slug", "=", "ghana").executeTakeFirstOrThrow();
    await db
      .insertInto("benchmark_reports")
      .values({ benchmark_id: benchmarkId, member_id: ghana.id, status: "achieved", reported_on: "2026-03-20" })
      .execute();
    expect(await row()).toContain("1 of 2 members");
    expect(await row()).toContain("0 → 1 (+1)");
  });

  it("shows an activity renamed, a lead added and a title translated after the page was last read", async () => {
    const db = portal.database.db;
    const { id } = await db
      .insertInto("activities")
      .values({
        title: "Regional workshop on early warning",
        description: "Two days in Accra.",
        category: "international",
        status: "in_progress",
        start_on: "2026-03-02",
        due_on: "2026-03-20",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const item = async (cookie = secretariat) =>
      text(
        (await (await get(`/work/report?${MARCH}`, cookie)).text())
          .split("</li>")
          .find((li) => li.includes(`/work/activities/${id}"`)) ?? "",
      );
    expect(await item()).toContain("Regional workshop on early warning · International · No lead member yet");

    await db
      .updateTable("activities")
      .set({ title: "Regional workshop on atrocity risk" })
      .where("id", "=", id)
      .execute();
    const ghana = await db.selectFrom("members").select("id").where("slug", "=", "ghana").executeTakeFirstOrThrow();
    await db.insertInto("activity_members").values({ activity_id: id, member_id: ghana.id, role: "lead" }).execute();
    expect(await item()).toContain("Regional workshop on atrocity risk · International · Led by Ghana");

    await db.updateTable("people").set({ locale: "fr" }).where("name", "=", "Lee Seo-yeon").execute();
    try {
      await db
        .insertInto("content_translations")
        .values({
          subject_kind: "activity",
          subject_id: id,
          field: "title",
          locale: "fr",
          text: "Atelier régional",
          source_text: "Regional workshop on atrocity risk",
        })
        .execute();
      expect(await item(korea)).toContain("Atelier régional");
    } finally {
      await db.updateTable("people").set({ locale: "en" }).where("name", "=", "Lee Seo-yeon").execute();
    }
  });

  it("shows a benchmark's title as text, whatever characters it holds", async () => {
    const title = `Members <img src=x onerror="alert(1)"> sign & publish`;
    await portal.database.db
      .insertInto("benchmarks")
      .values({
        title,
        measure: "Signed.",
        target_kind: "count",
        target_value: 2,
        set_on: "2026-01-01",
        deadline: "2026-12-31",
      })
      .execute();
    const html = await (await get(`/work/report?${MARCH}`, korea)).text();
    expect(html).toContain("Members &lt;img src=x onerror=&quot;alert(1)&quot;&gt; sign &amp; publish");
    expect(html).not.toContain("<img src=x");
  });

  it("covers the time since the last annual meeting when no period is given", async () => {
    const last = await portal.database.db
      .selectFrom("annual_meetings")
      .select("ends_on")
      .where("ends_on", "<", "2026-12-01")
      .orderBy("ends_on", "desc")
      .executeTakeFirstOrThrow();
    const response = await get("/work/report", korea);
    expect(response.status).toBe(200);
    const html = await response.text();
    const dayAfter = new Date(Date.parse(`${last.ends_on}T00:00:00Z`) + 86_400_000);
    const from = new Intl.DateTimeFormat("en", { dateStyle: "long", timeZone: "UTC" }).format(dayAfter);
    expect(html).toContain(`From ${from} to December 1, 2026`);
  });

  it("sends someone not signed in to sign in", async () => {
    const response = await get(`/work/report?${MARCH}`, "");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toContain("/login?");
  });

  it("gives a bad period back as the form with its message next to the field, with status 400", async () => {
    const cases = [
      ["from=2026-03-31&to=2026-03-01", "to", "The end of the period must be on or after its start."],
      ["from=2026-02-30&to=2026-03-31", "from", "Enter a date as YYYY-MM-DD."],
      ["from=2026-03-01&to=2027-01-01", "to", "This date is in the future."],
    ] as const;
    for (const [query, field, message] of cases) {
      const response = await get(`/work/report?${query}`, secretariat);
      expect(response.status, query).toBe(400);
      const html = await response.text();
      expect(html).toContain(`<p class="field-error" id="${field}-error">${message}</p>`);
      expect(html).toMatch(new RegExp(`<input[^>]*name="${field}"[^>]*aria-invalid="true"`));
      expect(html).not.toContain(`href="/work/report.docx`);
    }
  });
});

describe("the report as a Word document", () => {
  it("holds the same figures and reports, as a download named by its dates", async () => {
    const response = await get(`/work/report.docx?${MARCH}`, secretariat);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="annual-report-2026-03-01-to-2026-03-31.docx"',
    );
    const xml = docxDocumentXml(Buffer.from(await response.arrayBuffer()));
    expect(xml).toContain("Report to the annual meeting");
    expect(xml).toContain(PLAN);
    expect(xml).toContain("1 of 3 members · 33% · On track");
    expect(xml).toContain("Each report filed in the period");
    expect(xml).toContain("Asia-Pacific Group");
    expect(xml).toContain(INSIDE);
    expect(xml).not.toContain(OUTSIDE);
  });

  it("is written in the focal point's language", async () => {
    const db = portal.database.db;
    await db.updateTable("people").set({ locale: "fr" }).where("name", "=", "Lee Seo-yeon").execute();
    try {
      const response = await get(`/work/report.docx?${MARCH}`, korea);
      expect(response.status).toBe(200);
      const xml = docxDocumentXml(Buffer.from(await response.arrayBuffer()));
      expect(xml).toContain("Rapport à la réunion annuelle");
      expect(xml).toContain("Du 1 mars 2026 au 31 mars 2026");
      expect(xml).toContain("1 membre sur 3");
      expect(xml).toContain(INSIDE);
    } finally {
      await db.updateTable("people").set({ locale: "en" }).where("name", "=", "Lee Seo-yeon").execute();
    }
  });

  it("answers a bad period with 400 and the message", async () => {
    const response = await get("/work/report.docx?from=2026-03-31&to=2026-03-01", secretariat);
    expect(response.status).toBe(400);
    expect(await response.text()).toBe("To: The end of the period must be on or after its start.");
  });
});
