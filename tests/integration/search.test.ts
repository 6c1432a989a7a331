// Search across the portal against a real database: ranking, snippets, typos, and who sees what.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { HIGHLIGHT_END as END, HIGHLIGHT_START as START } from "~/lib/highlight";
import { corrections, searchWithCorrection, search, type SearchRequest } from "~/search/search.server";
import { addSection, contributeBestPractice, editSection } from "~/manual/commands.server";
import type { FocalPointViewer, Viewer } from "~/auth/viewer";
import { viewerFor } from "../helpers/people";

let database: TestDatabase;
let korea: Viewer;
let ghana: FocalPointViewer;
let secretariat: Viewer;

const person = (email: string) => viewerFor(database.db, email);

const ask = (who: Viewer, q: string, extra: Partial<SearchRequest> = {}) =>
  searchWithCorrection(database.db, { q, person: who, page: 1, ...extra });

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  let ghanaian: Viewer;
  [korea, ghanaian, secretariat] = await Promise.all([
    person("seoyeon.lee@mofa-korea.example.org"),
    person("kwame.mensah@mfa-ghana.example.org"),
    person("claire.hartley@secretariat.example.org"),
  ]);
  if (ghanaian.role !== "focal_point") throw new Error("Ghana's focal point is seeded as a focal point");
  ghana = ghanaian;
});
afterAll(() => database.drop());

describe("search", () => {
  it("ranks a title match above a body-only match", async () => {
    const chapter = await database.db
      .selectFrom("manual_chapters")
      .select("id")
      .where("slug", "=", "tools")
      .executeTakeFirstOrThrow();
    await database.db
      .insertInto("manual_sections")
      .values([
        {
          chapter_id: chapter.id,
          slug: "mentions-mediation",
          position: 90,
          title: "Working with envoys",
          body: "Mediation, mediation and more mediation: envoys mediate.",
        },
        {
          chapter_id: chapter.id,
          slug: "mediation",
          position: 91,
          title: "Mediation",
          body: "Talks between the parties.",
        },
      ])
      .execute();
    const { groups } = await ask(korea, "mediation");
    const sections = groups.find((group) => group.kind === "section")!;
    expect(sections.total).toBe(2);
    expect(sections.hits.map((hit) => hit.href)).toEqual([
      "/manual/tools/mediation",
      "/manual/tools/mentions-mediation",
    ]);
  });

  it("highlights the matched words in the title and the snippet", async () => {
    const { groups } = await ask(korea, "Kigali Principles");
    const hit = groups.find((group) => group.kind === "section")!.hits[0]!;
    expect(hit.href).toBe("/manual/tools/kigali-principles");
    expect(hit.title).toBe(`The ${START}Kigali${END} ${START}Principles${END} on the Protection of Civilians`);
    expect(hit.snippet).toContain(`${START}Kigali${END} ${START}Principles${END}`);
    expect(hit.snippet).not.toMatch(/[*#]/); // markdown markup is not shown in snippets
  });

  it("finds the intended section from a misspelt query, and says what it searched for", async () => {
    const outcome = await ask(korea, "Framwork of Analisys");
    expect(outcome.correctedFrom).toBe("Framwork of Analisys");
    expect(outcome.shownQuery).toBe("framework of analysis");
    const sections = outcome.groups.find((group) => group.kind === "section")!;
    expect(sections.hits[0]!.href).toBe("/manual/tools/framework-of-analysis");
  });

  it("offers no correction that finds nothing either", async () => {
    // "framwork" is not a word of the manual, so a near one is tried: it finds nothing with "zzqxv" either.
    expect((await corrections(database.db, "zzqxv framwork", "en")).size).toBeGreaterThan(0);
    const outcome = await ask(korea, "zzqxv framwork");
    expect(outcome).toEqual({ groups: [], shownQuery: "zzqxv framwork" });
  });

  it("understands quoted phrases, -word and or", async () => {
    const hrefs = async (q: string) =>
      (await ask(korea, q)).groups.flatMap((group) => group.hits.map((hit) => hit.href));
    expect(await hrefs('"Kigali Principles"')).toContain("/manual/tools/kigali-principles");
    expect(await hrefs("Kigali -peacekeeping")).not.toContain("/manual/tools/kigali-principles");
    const either = await hrefs("Arria or Kigali");
    expect(either).toEqual(
      expect.arrayContaining(["/manual/tools/kigali-principles", "/manual/activities/international-activities"]),
    );
  });

  it("filters by kind and by tag, and finds activities of the program of work", async () => {
    const activities = await ask(korea, "peacekeepers", { kind: "activity" });
    expect(activities.groups.find((group) => group.kind === "activity")!.hits[0]!.title).toContain("peacekeepers");
    expect(activities.groups.find((group) => group.kind === "section")?.hits ?? []).toEqual([]);
    // The other kinds are counted as on the page of every kind: their links say how many they hold.
    const everyKind = await ask(korea, "peacekeepers");
    const totals = (outcome: typeof activities) => outcome.groups.map((group) => [group.kind, group.total]);
    expect(totals(activities)).toEqual(totals(everyKind));
    expect(totals(activities).length).toBeGreaterThan(1);
    const tagged = await ask(korea, "training", { tag: "handover" });
    expect(tagged.groups.map((group) => group.kind)).toEqual(["section"]);
    expect(tagged.groups[0]!.hits.map((hit) => hit.href).sort()).toEqual([
      "/manual/handover/before-you-leave",
      "/manual/handover/your-first-months",
    ]);
  });

  it("follows a section's new title, text and tags at once, and forgets a deleted one", async () => {
    const { db } = database;
    const section = {
      slug: "zelmora-notes",
      title: "Notes from Zelmora",
      body: "The Dravenholt checklist.",
      language: "en" as const,
      tags: ["training"],
      note: "New",
    };
    const id = await addSection(db, secretariat, "handover", section);
    if (id === "taken") throw new Error(`${section.slug} is a new address`);
    const hrefs = async (q: string, tag?: string) =>
      (await ask(korea, q, { tag })).groups.flatMap((group) => group.hits.map((hit) => hit.href));
    const href = "/manual/handover/zelmora-notes";
    expect(await hrefs("Dravenholt", "training")).toEqual([href]);

    await editSection(db, secretariat, id, 1, {
      ...section,
      title: "Notes from Quintavel",
      body: "The Morrowgate checklist.",
      tags: ["handover"],
      note: "Renamed",
    });
    expect(await hrefs("Quintavel")).toEqual([href]);
    expect(await hrefs("Morrowgate", "handover")).toEqual([href]);
    expect(await hrefs("Morrowgate", "training")).toEqual([]);
    expect(await hrefs("Zelmora")).toEqual([]);
    expect(await hrefs("Dravenholt")).toEqual([]);

    await db.deleteFrom("manual_revisions").where("section_id", "=", id).execute();
    await db.deleteFrom("manual_sections").where("id", "=", id).execute();
    expect(await hrefs("Quintavel")).toEqual([]);
  });

  it(
    "never shows a best practice under review to another member: " + "not in results, counts, snippets or suggestions",
    async () => {
      await contributeBestPractice(database.db, ghana, ghana.memberId, {
        title: "Zanzibarian consultations on early warning",
        body: "Quarterly consultations with Zanzibarian district officers.",
        language: "en",
        tags: [],
      });
      const outsider = await ask(korea, "Zanzibarian consultations");
      expect(outsider.groups).toEqual([]);
      expect(JSON.stringify(outsider)).not.toContain("district officers");
      // A near spelling is not corrected towards the hidden word either.
      expect((await ask(korea, "Zanzibarean")).suggestion ?? "").not.toContain("zanzibar");
      const raw = await search(database.db, { q: "consultations", person: korea, page: 1 });
      expect(raw.find((group) => group.kind === "best_practice")?.total ?? 0).toBe(0);

      for (const insider of [ghana, secretariat]) {
        const found = await ask(insider, "Zanzibarian consultations");
        expect(found.groups.find((group) => group.kind === "best_practice")!.total).toBe(1);
      }
    },
  );
});

describe("statements in search", () => {
  it(
    "finds a draft only for its drafting group and the secretariat, " +
      "in results, counts, snippets and spelling hints",
    async () => {
      const { db } = database;
      const ghanaMember = await db
        .selectFrom("members")
        .select("id")
        .where("slug", "=", "ghana")
        .executeTakeFirstOrThrow();
      const { id } = await db
        .insertInto("statements")
        .values({
          title: "Joint letter on the Sahel crossroads",
          kind: "joint_letter",
          topic: "Early warning",
          occasion: "Security Council",
          penholder_member_id: ghanaMember.id,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await db.insertInto("statement_members").values({ statement_id: id, member_id: ghanaMember.id }).execute();
      await db
        .insertInto("statement_paragraphs")
        .values({
          statement_id: id,
          position: 1,
          body: "The quadrilateral talks at Zinderbrook must protect civilians.",
        })
        .execute();

      const statementHits = async (who: Viewer, q: string) =>
        (await ask(who, q)).groups.find((group) => group.kind === "statement");
      const outsider = await ask(korea, "Zinderbrook");
      expect(outsider.groups).toEqual([]);
      expect(JSON.stringify(await ask(korea, "Zinderbrok"))).not.toContain("zinderbrook");
      expect((await statementHits(ghana, "Zinderbrook"))?.hits[0]?.href).toBe(`/statements/${id}`);
      expect((await statementHits(ghana, "Zinderbrook"))?.hits[0]?.snippet).toContain(`${START}Zinderbrook${END}`);
      expect((await statementHits(secretariat, "Sahel crossroads"))?.total).toBe(1);

      await db
        .updateTable("statements")
        .set({ stage: "published", delivered_on: "2026-11-20", venue: "Security Council", published_at: new Date() })
        .where("id", "=", id)
        .execute();
      expect((await statementHits(korea, "Zinderbrook"))?.hits[0]?.href).toBe(`/statements/${id}`);
    },
  );

  it("follows a statement's new title and text at once", async () => {
    const { db } = database;
    const ghanaMember = await db
      .selectFrom("members")
      .select("id")
      .where("slug", "=", "ghana")
      .executeTakeFirstOrThrow();
    const { id } = await db
      .insertInto("statements")
      .values({
        title: "Letter on the Ostravian ceasefire",
        kind: "joint_letter",
        topic: "Prevention",
        occasion: "Security Council",
        penholder_member_id: ghanaMember.id,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db.insertInto("statement_members").values({ statement_id: id, member_id: ghanaMember.id }).execute();
    const paragraph = await db
      .insertInto("statement_paragraphs")
      .values({ statement_id: id, position: 1, body: "The Varnholt corridor must stay open." })
      .returning("id")
      .executeTakeFirstOrThrow();
    const hrefs = async (q: string) =>
      (await ask(ghana, q)).groups.flatMap((group) => group.hits.map((hit) => hit.href));

    await db
      .updateTable("statements")
      .set({ title: "Letter on the Brellian ceasefire" })
      .where("id", "=", id)
      .execute();
    await db
      .updateTable("statement_paragraphs")
      .set({ body: "The Quillmarsh corridor must stay open." })
      .where("id", "=", paragraph.id)
      .execute();
    expect(await hrefs("Brellian")).toContain(`/statements/${id}`);
    expect(await hrefs("Quillmarsh")).toContain(`/statements/${id}`);
    expect(await hrefs("Ostravian")).not.toContain(`/statements/${id}`);
    expect(await hrefs("Varnholt")).not.toContain(`/statements/${id}`);
  });
});

describe("snippets of long documents", () => {
  it("come from where the words are, even deep in a long statement, with them highlighted", async () => {
    const { db } = database;
    const ghanaMember = await db
      .selectFrom("members")
      .select("id")
      .where("slug", "=", "ghana")
      .executeTakeFirstOrThrow();
    const { id } = await db
      .insertInto("statements")
      .values({
        title: "Statement on the long road",
        kind: "joint_statement",
        topic: "Prevention",
        occasion: "General Assembly",
        penholder_member_id: ghanaMember.id,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db.insertInto("statement_members").values({ statement_id: id, member_id: ghanaMember.id }).execute();
    const filler =
      "We recall the commitments made at the World Summit and the work of the regional organisations since then.";
    await db
      .insertInto("statement_paragraphs")
      .values(
        Array.from({ length: 40 }, (_, i) => ({
          statement_id: id,
          position: i + 1,
          body: i === 36 ? "We welcome the Quorndale reconciliation commissions and their reports." : filler,
        })),
      )
      .execute();
    const hit = (await ask(ghana, "Quorndale commissions")).groups.find((group) => group.kind === "statement")!
      .hits[0]!;
    expect(hit.href).toBe(`/statements/${id}`);
    expect(hit.snippet).toContain(`${START}Quorndale${END} reconciliation ${START}commissions${END}`);
  });

  it("start at a whole word when they start inside the text", async () => {
    const chapter = await database.db
      .selectFrom("manual_chapters")
      .select("id")
      .where("slug", "=", "tools")
      .executeTakeFirstOrThrow();
    // The stretch a snippet is written from starts 80 characters before the match: inside this long word.
    const word = "Interministerialcoordinationmechanism".repeat(3);
    await database.db
      .insertInto("manual_sections")
      .values({
        chapter_id: chapter.id,
        slug: "cut-words",
        position: 95,
        title: "Coordination",
        body: `Opening. ${word} the Thessalind arrangements.`,
      })
      .execute();
    const hit = (await ask(korea, "Thessalind")).groups.find((group) => group.kind === "section")!.hits[0]!;
    expect(hit.snippet.replaceAll(START, "").replaceAll(END, "")).toBe("Thessalind arrangements");
  });

  it("end a heading with a dot rather than running it into the text after it, and drop list markers", async () => {
    const chapter = await database.db
      .selectFrom("manual_chapters")
      .select("id")
      .where("slug", "=", "tools")
      .executeTakeFirstOrThrow();
    await database.db
      .insertInto("manual_sections")
      .values({
        chapter_id: chapter.id,
        slug: "varnholt",
        position: 96,
        title: "Rosters",
        body: "## Varnholt rosters\n\n- Keep a roster of experts.\n- Update it each year.",
      })
      .execute();
    const hit = (await ask(korea, "Varnholt")).groups.find((group) => group.kind === "section")!.hits[0]!;
    expect(hit.snippet.replaceAll(START, "").replaceAll(END, "").replace(/\s+/g, " ")).toBe(
      "Varnholt rosters · Keep a roster of experts. Update it each year",
    );
  });
});

describe("events in search", () => {
  it("finds calendar events by title and agenda, marking a cancelled one", async () => {
    const { db } = database;
    const { id } = await db
      .insertInto("events")
      .values({
        title: "Global Call on the Quillmarsh situation",
        type: "global_call",
        starts_at: "2027-02-03T14:00:00Z",
        ends_at: "2027-02-03T15:00:00Z",
        time_zone: "UTC",
        agenda: "Briefing on early-warning signs in Quillmarsh",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const events = async () => (await ask(korea, "Quillmarsh")).groups.find((group) => group.kind === "event");
    expect((await events())?.hits.map((hit) => [hit.href, hit.context])).toEqual([[`/calendar/${id}`, "global_call"]]);
    await db.updateTable("events").set({ status: "cancelled" }).where("id", "=", id).execute();
    expect((await events())?.hits[0]?.context).toBe("cancelled");
  });
});
