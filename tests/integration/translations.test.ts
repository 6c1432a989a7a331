// Translated content against a real database: who may translate, the audit log, a stale save refused,
// seeded translations, and search finding a document in every language it exists in.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { GHANA, KOREA, SECRETARIAT, viewerFor } from "../helpers/people";
import type { FocalPointViewer, Viewer } from "~/auth/viewer";
import { contributeBestPractice } from "~/manual/commands.server";
import { searchWithCorrection } from "~/search/search.server";
import { saveTranslation } from "~/translations/commands.server";
import { translationsOf } from "~/translations/queries.server";
import { HIGHLIGHT_END as END, HIGHLIGHT_START as START } from "~/lib/highlight";

let database: TestDatabase;
let secretariat: Viewer;
let korea: Viewer;
let ghana: FocalPointViewer;

beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  let ghanaian: Viewer;
  [secretariat, korea, ghanaian] = await Promise.all(
    [SECRETARIAT, KOREA, GHANA].map((email) => viewerFor(database.db, email)),
  );
  if (ghanaian.role !== "focal_point") throw new Error("Ghana's focal point is seeded as a focal point");
  ghana = ghanaian;
});
afterAll(() => database.drop());

const benchmark = () =>
  database.db
    .selectFrom("benchmarks")
    .select(["id", "title", "measure", "description"])
    .where("title", "=", "40 members have held a training on atrocity risk factors")
    .executeTakeFirstOrThrow();

const status = (promise: Promise<unknown>) =>
  promise.then(
    () => "done",
    (thrown: unknown) => (thrown instanceof Response ? thrown.status : thrown),
  );

type Benchmark = Awaited<ReturnType<typeof benchmark>>;

/**
 * What the benchmark's translation form posts for `locale` as loaded now: each field's stored
 * translation and revision and the original it shows, with the title changed to `title`.
 */
async function formFor(target: Benchmark, locale: "fr" | "es", title: string) {
  const stored = await translationsOf(database.db, "benchmark", [target.id], locale);
  const field = (name: "title" | "measure" | "description") => {
    const row = stored.find((translation) => translation.field === name);
    return { text: row?.text ?? "", revision: row?.revision ?? 0, source: target[name] };
  };
  return {
    locale,
    fields: { title: { ...field("title"), text: title }, measure: field("measure"), description: field("description") },
  };
}

describe("translating", () => {
  it("lets the secretariat translate a benchmark, recorded in the audit log; a focal point gets 403", async () => {
    const { db } = database;
    const target = await benchmark();
    // The seed holds a French title already, at revision 1.
    const [seeded] = await translationsOf(db, "benchmark", [target.id], "fr").then((rows) =>
      rows.filter((row) => row.field === "title"),
    );
    expect(seeded!.text).toBe("40 membres ont organisé une formation sur les facteurs de risque d’atrocités");
    const input = await formFor(target, "fr", "40 membres ont tenu une formation sur les facteurs de risque");

    expect(await status(saveTranslation(db, korea, "benchmark", target.id, input))).toBe(403);
    expect(await saveTranslation(db, secretariat, "benchmark", target.id, input)).toEqual({ outcome: "saved" });
    const [title] = (await translationsOf(db, "benchmark", [target.id], "fr")).filter((row) => row.field === "title");
    expect(title).toMatchObject({
      text: input.fields.title.text,
      revision: seeded!.revision + 1,
      translatedBy: "Claire Hartley",
    });
    const audit = await db
      .selectFrom("audit_log")
      .select(["action", "actor_id", "subject_kind", "subject_id", "details"])
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({
      action: "content_translated",
      actor_id: secretariat.id,
      subject_kind: "benchmark",
      subject_id: target.id,
      details: { locale: "fr", fields: ["title"] },
    });
  });

  it("refuses a save based on a stale revision, with the translation saved meanwhile, writing nothing", async () => {
    const { db } = database;
    const target = await benchmark();
    const first = await formFor(target, "es", "40 miembros organizaron una capacitación");
    // A second translator opened the form before the first one saved.
    const stale = await formFor(target, "es", "Otra versión del título");
    await saveTranslation(db, secretariat, "benchmark", target.id, first);
    const refused = await saveTranslation(db, secretariat, "benchmark", target.id, stale);
    expect(refused).toEqual({
      outcome: "conflict",
      current: [
        {
          field: "title",
          text: "40 miembros organizaron una capacitación",
          revision: first.fields.title.revision + 1,
          translatedBy: "Claire Hartley",
        },
      ],
    });
    const [now] = (await translationsOf(db, "benchmark", [target.id], "es")).filter((row) => row.field === "title");
    expect(now!.text).toBe("40 miembros organizaron una capacitación");
  });

  it("refuses a translation of an original that changed meanwhile, saying what changed", async () => {
    const { db } = database;
    const target = await benchmark();
    const input = await formFor(target, "fr", "Quarante membres ont organisé une formation");
    await db
      .updateTable("benchmarks")
      .set({ title: `${target.title} this year` })
      .where("id", "=", target.id)
      .execute();
    const refused = await saveTranslation(db, secretariat, "benchmark", target.id, input);
    expect(refused.outcome).toBe("original_changed");
    if (refused.outcome !== "original_changed") return;
    expect(
      refused.changes[0]!.parts.filter((part) => part.change === "added")
        .map((part) => part.value)
        .join(""),
    ).toContain("this year");
    expect(refused.sources.title).toBe(`${target.title} this year`);
  });

  it("lets only the contributing member translate its best practice; another member may not know of it", async () => {
    const { db } = database;
    const id = await contributeBestPractice(db, ghana, ghana.memberId, {
      title: "District peace committees",
      body: "Committees meet monthly.",
      language: "en",
      tags: [],
    });
    if (typeof id !== "number") throw new Error("contributed");
    const input = {
      locale: "fr" as const,
      fields: {
        title: { text: "Comités de paix de district", revision: 0, source: "District peace committees" },
        body: { text: "Les comités se réunissent chaque mois.", revision: 0, source: "Committees meet monthly." },
      },
    };
    expect(await status(saveTranslation(db, korea, "best_practice", id, input))).toBe(404);
    expect(await status(saveTranslation(db, secretariat, "best_practice", id, input))).toBe(403);
    expect(await saveTranslation(db, ghana, "best_practice", id, input)).toEqual({ outcome: "saved" });
    const audit = await db
      .selectFrom("audit_log")
      .select(["action", "member_id"])
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({ action: "content_translated", member_id: ghana.memberId });
  });
});

describe("search in every language", () => {
  const hrefs = async (who: Viewer, q: string) =>
    (await searchWithCorrection(database.db, { q, person: who, page: 1 })).groups.flatMap((group) =>
      group.hits.map((hit) => hit.href),
    );

  it("finds a French section by its words without accents, and by its Spanish translation", async () => {
    const { db } = database;
    const chapter = await db
      .selectFrom("manual_chapters")
      .select("id")
      .where("slug", "=", "tools")
      .executeTakeFirstOrThrow();
    const section = await db
      .insertInto("manual_sections")
      .values({
        chapter_id: chapter.id,
        slug: "prevention-en-pratique",
        position: 99,
        title: "La prévention des atrocités en pratique",
        body: "Des comités nationaux de prévention réunissent les ministères.",
        language: "fr",
      })
      .returning(["id", "title", "body"])
      .executeTakeFirstOrThrow();
    const href = "/manual/tools/prevention-en-pratique";
    expect(await hrefs(korea, "prévention comités")).toContain(href);
    expect(await hrefs(korea, "prevention comites")).toContain(href);
    expect(await hrefs(korea, "prevencion")).not.toContain(href);

    await saveTranslation(db, secretariat, "manual_section", section.id, {
      locale: "es",
      fields: {
        title: { text: "La prevención de atrocidades en la práctica", revision: 0, source: section.title },
        body: { text: "Comités nacionales de prevención reúnen a los ministerios.", revision: 0, source: section.body },
      },
    });
    expect(await hrefs(korea, "prevencion de atrocidades")).toContain(href);
    expect(await hrefs(korea, "prevención")).toContain(href);
  });

  it("finds an English section by its French translation, titled in the reader's language", async () => {
    const { db } = database;
    const french = await viewerFor(db, "olivier.dumont@diplomatie-belgium.example.org");
    expect(french.locale).toBe("fr");
    // The seed translates the manual's first chapter: "How the role sits in a ministry" has a French version.
    const href = "/manual/the-role/the-role-in-a-ministry";
    expect(await hrefs(korea, "Ancrer la fonction par écrit")).toContain(href);
    const outcome = await searchWithCorrection(db, { q: "ancrer fonction", person: french, page: 1 });
    const hit = outcome.groups.find((group) => group.kind === "section")!.hits.find((found) => found.href === href)!;
    expect(hit.language).toBe("fr");
    expect(hit.title).toBe(`La place de la ${START}fonction${END} au sein d’un ministère`);
    // Its context, the chapter, reads in French too.
    expect(hit.context).toBe("Le rôle d’un point focal R2P");
    // An English reader of the same search sees the original's title.
    const english = await searchWithCorrection(db, { q: "ancrer fonction", person: korea, page: 1 });
    const theirs = english.groups.find((group) => group.kind === "section")!.hits.find((found) => found.href === href)!;
    expect([theirs.language, theirs.title]).toEqual(["en", "How the role sits in a ministry"]);
  });

  it("shows a translated announcement in French on its list, its page and in French search", async () => {
    const { db } = database;
    const french = await viewerFor(db, "olivier.dumont@diplomatie-belgium.example.org");
    const original = await db
      .insertInto("announcements")
      .values({
        title: "Regional meeting of focal points in Accra",
        body: "The regional meeting will be held in Accra; register before the end of the month.",
        language: "en",
        regional_group: "african",
        posted_by: secretariat.id,
        posted_at: new Date("2026-11-20T09:00:00Z"),
      })
      .returning(["id", "title", "body"])
      .executeTakeFirstOrThrow();
    const input = {
      locale: "fr" as const,
      fields: {
        title: { text: "Réunion régionale des points focaux à Accra", revision: 0, source: original.title },
        body: {
          text: "La réunion régionale se tiendra à Accra ; inscrivez-vous avant la fin du mois.",
          revision: 0,
          source: original.body,
        },
      },
    };
    expect(await status(saveTranslation(db, korea, "announcement", original.id, input))).toBe(403);
    expect(await saveTranslation(db, secretariat, "announcement", original.id, input)).toEqual({ outcome: "saved" });

    const { listAnnouncements } = await import("~/announcements/queries.server");
    const { announcementPage } = await import("~/announcements/presenters.server");
    const listed = (await listAnnouncements(db, 1, "fr")).announcements.find((row) => row.id === original.id)!;
    expect([listed.title, listed.language]).toEqual(["Réunion régionale des points focaux à Accra", "fr"]);
    const page = await announcementPage(db, french, original.id, "fr");
    expect([page.announcement.title, page.announcement.titleLang]).toEqual([input.fields.title.text, "fr"]);
    expect(page.announcement.html).toContain("inscrivez-vous");
    expect(page.translation.summary).toMatchObject({ translated: true, outdated: false });
    // An English reader still reads the original.
    expect((await announcementPage(db, korea, original.id, "en")).announcement.title).toBe(original.title);

    expect(await hrefs(french, "inscrivez accra")).toContain(`/announcements/${original.id}`);
    const outcome = await searchWithCorrection(db, { q: "inscrivez", person: french, page: 1 });
    const hit = outcome.groups.find((group) => group.kind === "announcement")!.hits[0]!;
    expect([hit.title, hit.language]).toEqual(["Réunion régionale des points focaux à Accra", "fr"]);
  });

  it("names a best practice's member in the reader's language", async () => {
    const spanish = { ...korea, locale: "es" as const };
    const outcome = await searchWithCorrection(database.db, { q: "Framework briefing", person: spanish, page: 1 });
    const practice = outcome.groups.find((group) => group.kind === "best_practice")!.hits[0]!;
    expect(practice.context).toBe("República de Corea");
  });

  it("offers no other spelling of a query that found enough", async () => {
    // "atrocity" finds plenty; "minutes" is no word of the documents, "ministries" is a near one.
    const outcome = await searchWithCorrection(database.db, { q: "atrocity or minutes", person: korea, page: 1 });
    expect(outcome.groups.reduce((sum, group) => sum + group.total, 0)).toBeGreaterThan(2);
    expect(outcome.suggestion).toBeUndefined();
    expect(outcome.correctedFrom).toBeUndefined();
  });

  it("does not take a different word for a typo", async () => {
    const outcome = await searchWithCorrection(database.db, { q: "minutes", person: korea, page: 1 });
    expect([outcome.correctedFrom, outcome.suggestion, outcome.shownQuery]).toEqual([undefined, undefined, "minutes"]);
  });

  it("corrects a misspelt French word from the French vocabulary", async () => {
    const french = await viewerFor(database.db, "olivier.dumont@diplomatie-belgium.example.org");
    const outcome = await searchWithCorrection(database.db, {
      q: "ministéres interministérials",
      person: french,
      page: 1,
    });
    expect(outcome.shownQuery).toContain("interministériels");
  });
});
