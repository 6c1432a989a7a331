// The Manual for R2P Focal Points: chapters and sections in order, every edit kept as a revision.
import { diffWords } from "diff";
import { sql } from "kysely";
import type { Locale } from "../../db/schema";
import type { CurrentPerson } from "~/auth/session.server";
import type { DB } from "~/lib/db.server";

/** Every chapter with its sections' titles, in order: the table of contents. */
export async function tableOfContents(db: DB, tag?: string) {
  let sections = db
    .selectFrom("manual_sections")
    .select(["id", "chapter_id as chapterId", "slug", "title", "language", "tags"])
    .orderBy("chapter_id")
    .orderBy("position");
  if (tag) sections = sections.where("tags", "@>", sql<string[]>`array[${tag}]::text[]`);
  const [chapters, rows, tags] = await Promise.all([
    db.selectFrom("manual_chapters").select(["id", "slug", "title", "summary", "language"]).orderBy("position").execute(),
    sections.execute(),
    listTags(db),
  ]);
  return {
    chapters: chapters
      .map((chapter) => ({ ...chapter, sections: rows.filter((row) => row.chapterId === chapter.id) }))
      .filter((chapter) => !tag || chapter.sections.length > 0),
    tags,
  };
}

export function listTags(db: DB) {
  return db.selectFrom("manual_tags").select(["slug", "name"]).orderBy("name").execute();
}

/** A chapter with its sections (whole, for reading and printing) and its neighbours. */
export async function getChapter(db: DB, slug: string) {
  const chapter = await db
    .selectFrom("manual_chapters as c")
    .select((eb) => [
      "c.id",
      "c.slug",
      "c.title",
      "c.summary",
      "c.language",
      eb.selectFrom("manual_chapters as p").select("p.slug").whereRef("p.position", "<", "c.position").orderBy("p.position", "desc").limit(1).as("previousSlug"),
      eb.selectFrom("manual_chapters as p").select("p.title").whereRef("p.position", "<", "c.position").orderBy("p.position", "desc").limit(1).as("previousTitle"),
      eb.selectFrom("manual_chapters as n").select("n.slug").whereRef("n.position", ">", "c.position").orderBy("n.position").limit(1).as("nextSlug"),
      eb.selectFrom("manual_chapters as n").select("n.title").whereRef("n.position", ">", "c.position").orderBy("n.position").limit(1).as("nextTitle"),
    ])
    .where("c.slug", "=", slug)
    .executeTakeFirst();
  if (!chapter) return null;
  const sections = await db
    .selectFrom("manual_sections")
    .select(["id", "slug", "title", "body", "language", "tags"])
    .where("chapter_id", "=", chapter.id)
    .orderBy("position")
    .execute();
  return { ...chapter, sections };
}

/** One section with the sections before and after it across the whole manual. */
export async function getSection(db: DB, chapterSlug: string, sectionSlug: string) {
  const row = await db
    .with("ordered", (qb) =>
      qb
        .selectFrom("manual_sections as s")
        .innerJoin("manual_chapters as c", "c.id", "s.chapter_id")
        .select([
          "s.id",
          "s.slug",
          "c.slug as chapterSlug",
          "s.title",
          sql<string>`lag(s.slug) over (order by c.position, s.position)`.as("previousSlug"),
          sql<string>`lag(c.slug) over (order by c.position, s.position)`.as("previousChapter"),
          sql<string>`lag(s.title) over (order by c.position, s.position)`.as("previousTitle"),
          sql<string>`lead(s.slug) over (order by c.position, s.position)`.as("nextSlug"),
          sql<string>`lead(c.slug) over (order by c.position, s.position)`.as("nextChapter"),
          sql<string>`lead(s.title) over (order by c.position, s.position)`.as("nextTitle"),
        ]),
    )
    .selectFrom("ordered as o")
    .innerJoin("manual_sections as s", "s.id", "o.id")
    .innerJoin("manual_chapters as c", "c.id", "s.chapter_id")
    .leftJoin("manual_revisions as r", (join) => join.onRef("r.section_id", "=", "s.id").onRef("r.revision", "=", "s.revision"))
    .leftJoin("people as p", "p.id", "r.author_id")
    .select([
      "s.id",
      "s.slug",
      "s.title",
      "s.language",
      "s.tags",
      "s.revision",
      "s.updated_at as updatedAt",
      "p.name as updatedBy",
      "c.slug as chapterSlug",
      "c.title as chapterTitle",
      "o.previousSlug",
      "o.previousChapter",
      "o.previousTitle",
      "o.nextSlug",
      "o.nextChapter",
      "o.nextTitle",
      "s.body",
    ])
    .where("s.slug", "=", sectionSlug)
    .where("c.slug", "=", chapterSlug)
    .executeTakeFirst();
  return row ?? null;
}

/** The section as it stands, for its edit form. */
export async function getSectionForEdit(db: DB, chapterSlug: string, sectionSlug: string) {
  return db
    .selectFrom("manual_sections as s")
    .innerJoin("manual_chapters as c", "c.id", "s.chapter_id")
    .select(["s.id", "s.slug", "s.title", "s.body", "s.language", "s.tags", "s.revision", "c.slug as chapterSlug", "c.title as chapterTitle", "c.id as chapterId"])
    .where("s.slug", "=", sectionSlug)
    .where("c.slug", "=", chapterSlug)
    .executeTakeFirst();
}

export interface SectionInput {
  title: string;
  slug: string;
  body: string;
  language: Locale;
  tags: string[];
  note: string;
}

export async function slugTaken(db: DB, slug: string, exceptId?: number): Promise<boolean> {
  let query = db.selectFrom("manual_sections").select("id").where("slug", "=", slug);
  if (exceptId) query = query.where("id", "<>", exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

/** A new section at the end of its chapter, with its first revision. */
export async function createSection(db: DB, chapterId: number, input: SectionInput, person: CurrentPerson): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto("manual_sections")
      .values((eb) => ({
        chapter_id: chapterId,
        slug: input.slug,
        position: eb.selectFrom("manual_sections").select(sql<number>`coalesce(max(position), 0) + 1`.as("next")).where("chapter_id", "=", chapterId),
        title: input.title,
        body: input.body,
        language: input.language,
        tags: input.tags,
      }))
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("manual_revisions")
      .values({ section_id: id, revision: 1, title: input.title, body: input.body, tags: input.tags, note: input.note, author_id: person.id })
      .execute();
  });
}

/**
 * Saves an edit as the next revision. `baseRevision` is the revision the editor started from:
 * if someone saved in between, nothing is written and the caller says so ("conflict").
 */
export async function updateSection(
  db: DB,
  sectionId: number,
  baseRevision: number,
  input: Omit<SectionInput, "slug">,
  person: CurrentPerson,
): Promise<"saved" | "conflict"> {
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable("manual_sections")
      .set((eb) => ({ title: input.title, body: input.body, language: input.language, tags: input.tags, revision: eb("revision", "+", 1), updated_at: new Date() }))
      .where("id", "=", sectionId)
      .where("revision", "=", baseRevision)
      .executeTakeFirst();
    if (!updated.numUpdatedRows) return "conflict";
    await trx
      .insertInto("manual_revisions")
      .values({ section_id: sectionId, revision: baseRevision + 1, title: input.title, body: input.body, tags: input.tags, note: input.note, author_id: person.id })
      .execute();
    return "saved";
  });
}

export interface DiffPart {
  text: string;
  change: "added" | "removed" | "same";
}

function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((part) => ({ text: part.value, change: part.added ? "added" : part.removed ? "removed" : "same" }));
}

export const HISTORY_PAGE_SIZE = 20;

/** A section's revisions, newest first, each with the word-level changes from the one before. */
export async function sectionHistory(db: DB, sectionId: number, page: number) {
  const rows = await db
    .selectFrom("manual_revisions as r")
    .leftJoin("people as p", "p.id", "r.author_id")
    .select(["r.id", "r.revision", "r.title", "r.body", "r.tags", "r.note", "r.created_at as createdAt", "p.name as author"])
    .where("r.section_id", "=", sectionId)
    .orderBy("r.revision", "desc")
    .limit(HISTORY_PAGE_SIZE + 2)
    .offset((page - 1) * HISTORY_PAGE_SIZE)
    .execute();
  const revisions = rows.slice(0, HISTORY_PAGE_SIZE).map((row, index) => {
    const previous = rows[index + 1];
    return {
      id: row.id,
      revision: row.revision,
      note: row.note,
      createdAt: row.createdAt,
      author: row.author,
      title: previous && previous.title !== row.title ? wordDiff(previous.title, row.title) : null,
      body: previous ? wordDiff(previous.body, row.body) : null,
      tags: previous && previous.tags.join() !== row.tags.join() ? { from: previous.tags, to: row.tags } : null,
    };
  });
  return { revisions, hasNext: rows.length > HISTORY_PAGE_SIZE };
}

