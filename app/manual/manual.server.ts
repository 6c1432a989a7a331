// The Manual for R2P Focal Points: chapters and sections in order, every edit kept as a revision.
import { sql } from "kysely";
import type { Locale } from "../../db/schema";
import type { Viewer } from "~/auth/viewer";
import type { DB } from "~/lib/db.server";
import { wordDiff } from "~/lib/word-diff";

/** The chapters in order, each with how many sections it has: the table of contents. */
export async function listChapters(db: DB) {
  // Sections counted in one pass over their index, not once per chapter.
  const rows = await db
    .selectFrom("manual_chapters as c")
    .leftJoin(
      (eb) =>
        eb
          .selectFrom("manual_sections")
          .select(["chapter_id", sql<string>`count(*)`.as("n")])
          .groupBy("chapter_id")
          .as("counted"),
      (join) => join.onRef("counted.chapter_id", "=", "c.id"),
    )
    .select(["c.id", "c.slug", "c.title", "c.summary", "c.language", "counted.n as sections"])
    .orderBy("c.position")
    .execute();
  return rows.map((row) => ({ ...row, sections: Number(row.sections ?? 0) }));
}

export const TAGGED_PAGE_SIZE = 50;

/** The sections with a tag, in reading order, a page at a time. */
export async function taggedSections(db: DB, tag: string, page: number) {
  const rows = await db
    .selectFrom("manual_sections as s")
    .innerJoin("manual_chapters as c", "c.id", "s.chapter_id")
    .select(["s.id", "s.slug", "s.title", "s.language", "c.slug as chapterSlug", "c.title as chapterTitle"])
    .where("s.tags", "@>", sql<string[]>`array[${tag}]::text[]`)
    .orderBy("c.position")
    .orderBy("s.position")
    .limit(TAGGED_PAGE_SIZE + 1)
    .offset((page - 1) * TAGGED_PAGE_SIZE)
    .execute();
  return { sections: rows.slice(0, TAGGED_PAGE_SIZE), hasNext: rows.length > TAGGED_PAGE_SIZE };
}

/** How long the tag vocabulary is kept before it is read again. */
const TAGS_KEPT_MS = 60_000;

type TagList = Promise<{ slug: string; name: string }[]>;
const tagLists = new WeakMap<DB, { readAt: number; tags: TagList }>();

/**
 * The manual's tags, in name order. The portal never writes them (migrations and the seed do), so
 * each process reads them at most once a minute rather than on every manual and search page.
 */
export function listTags(db: DB): TagList {
  const kept = tagLists.get(db);
  if (kept && Date.now() - kept.readAt < TAGS_KEPT_MS) return kept.tags;
  const tags = db.selectFrom("manual_tags").select(["slug", "name"]).orderBy("name").execute();
  tagLists.set(db, { readAt: Date.now(), tags });
  // A failed read is not kept: the next page asks the database again.
  tags.catch(() => tagLists.delete(db));
  return tags;
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
      eb
        .selectFrom("manual_chapters as p")
        .select("p.slug")
        .whereRef("p.position", "<", "c.position")
        .orderBy("p.position", "desc")
        .limit(1)
        .as("previousSlug"),
      eb
        .selectFrom("manual_chapters as p")
        .select("p.title")
        .whereRef("p.position", "<", "c.position")
        .orderBy("p.position", "desc")
        .limit(1)
        .as("previousTitle"),
      eb
        .selectFrom("manual_chapters as n")
        .select("n.slug")
        .whereRef("n.position", ">", "c.position")
        .orderBy("n.position")
        .limit(1)
        .as("nextSlug"),
      eb
        .selectFrom("manual_chapters as n")
        .select("n.title")
        .whereRef("n.position", ">", "c.position")
        .orderBy("n.position")
        .limit(1)
        .as("nextTitle"),
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

interface Neighbour {
  slug: string;
  chapterSlug: string;
  title: string;
}

/**
 * The section before or after one, in reading order: in the same chapter if there is one, else the
 * last (or first) section of the nearest chapter that has any. Index lookups only, whatever the manual's size.
 */
function neighbour(direction: "previous" | "next") {
  // Fixed fragments, chosen by direction: nothing from outside reaches the SQL text.
  const [compare, order] = direction === "previous" ? [sql`<`, sql`desc`] : [sql`>`, sql`asc`];
  return sql<Neighbour | null>`(
    select json_build_object('slug', n.slug, 'chapterSlug', nc.slug, 'title', n.title) from (
      (select ns.id from manual_sections ns
       where ns.chapter_id = s.chapter_id and ns.position ${compare} s.position order by ns.position ${order} limit 1)
      union all
      (select ns.id from manual_sections ns where ns.chapter_id = (
        select oc.id from manual_chapters oc
        where oc.position ${compare} c.position and exists (select 1 from manual_sections x where x.chapter_id = oc.id)
        order by oc.position ${order} limit 1
      ) order by ns.position ${order} limit 1)
      limit 1
    ) found join manual_sections n on n.id = found.id join manual_chapters nc on nc.id = n.chapter_id
  )`;
}

/** One section with the sections before and after it across the whole manual. */
export async function getSection(db: DB, chapterSlug: string, sectionSlug: string) {
  const row = await db
    .selectFrom("manual_sections as s")
    .innerJoin("manual_chapters as c", "c.id", "s.chapter_id")
    .leftJoin("manual_revisions as r", (join) =>
      join.onRef("r.section_id", "=", "s.id").onRef("r.revision", "=", "s.revision"),
    )
    .leftJoin("people as p", "p.id", "r.author_id")
    .select([
      "s.id",
      "s.slug",
      "s.title",
      "s.body",
      "s.language",
      "s.tags",
      "s.revision",
      "s.updated_at as updatedAt",
      "p.name as updatedBy",
      "c.slug as chapterSlug",
      "c.title as chapterTitle",
      neighbour("previous").as("previous"),
      neighbour("next").as("next"),
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
    .select([
      "s.id",
      "s.slug",
      "s.title",
      "s.body",
      "s.language",
      "s.tags",
      "s.revision",
      "c.slug as chapterSlug",
      "c.title as chapterTitle",
      "c.id as chapterId",
    ])
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

export interface ChapterInput {
  title: string;
  slug: string;
  summary: string;
  language: Locale;
}

/** A new chapter at the end of the manual. False when its address is taken. */
export async function createChapter(db: DB, input: ChapterInput): Promise<boolean> {
  const inserted = await db
    .insertInto("manual_chapters")
    .values((eb) => ({
      slug: input.slug,
      title: input.title,
      summary: input.summary,
      language: input.language,
      position: eb.selectFrom("manual_chapters").select(sql<number>`coalesce(max(position), 0) + 1`.as("next")),
    }))
    .onConflict((oc) => oc.column("slug").doNothing())
    .executeTakeFirst();
  return Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Swaps a section with the one before or after it in its chapter. False when there is none. */
export async function moveSection(
  db: DB,
  chapterId: number,
  sectionId: number,
  direction: "up" | "down",
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const section = await trx
      .selectFrom("manual_sections")
      .select(["id", "position"])
      .where("id", "=", sectionId)
      .where("chapter_id", "=", chapterId)
      .forUpdate()
      .executeTakeFirst();
    if (!section) return false;
    const other = await trx
      .selectFrom("manual_sections")
      .select(["id", "position"])
      .where("chapter_id", "=", chapterId)
      .where("position", direction === "up" ? "<" : ">", section.position)
      .orderBy("position", direction === "up" ? "desc" : "asc")
      .limit(1)
      .forUpdate()
      .executeTakeFirst();
    if (!other) return false;
    await trx.updateTable("manual_sections").set({ position: other.position }).where("id", "=", section.id).execute();
    await trx.updateTable("manual_sections").set({ position: section.position }).where("id", "=", other.id).execute();
    return true;
  });
}

export async function slugTaken(db: DB, slug: string, exceptId?: number): Promise<boolean> {
  let query = db.selectFrom("manual_sections").select("id").where("slug", "=", slug);
  if (exceptId) query = query.where("id", "<>", exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

/** A new section at the end of its chapter, with its first revision. */
export async function createSection(db: DB, chapterId: number, input: SectionInput, person: Viewer): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto("manual_sections")
      .values((eb) => ({
        chapter_id: chapterId,
        slug: input.slug,
        position: eb
          .selectFrom("manual_sections")
          .select(sql<number>`coalesce(max(position), 0) + 1`.as("next"))
          .where("chapter_id", "=", chapterId),
        title: input.title,
        body: input.body,
        language: input.language,
        tags: input.tags,
      }))
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .insertInto("manual_revisions")
      .values({
        section_id: id,
        revision: 1,
        title: input.title,
        body: input.body,
        tags: input.tags,
        note: input.note,
        author_id: person.id,
      })
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
  person: Viewer,
): Promise<"saved" | "unchanged" | "conflict"> {
  return db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom("manual_sections")
      .select(["revision", "title", "body", "language", "tags"])
      .where("id", "=", sectionId)
      .forUpdate()
      .executeTakeFirst();
    if (!current || current.revision !== baseRevision) return "conflict";
    // Saved as it was: no revision that changes nothing in the history, and "last edited" stays true.
    // Tags are a set: the same ones picked in another order change nothing.
    const sameTags =
      new Set(current.tags).size === new Set(input.tags).size && input.tags.every((tag) => current.tags.includes(tag));
    if (current.title === input.title && current.body === input.body && current.language === input.language && sameTags)
      return "unchanged";
    await trx
      .updateTable("manual_sections")
      .set({
        title: input.title,
        body: input.body,
        language: input.language,
        tags: input.tags,
        revision: baseRevision + 1,
        updated_at: new Date(),
      })
      .where("id", "=", sectionId)
      .execute();
    await trx
      .insertInto("manual_revisions")
      .values({
        section_id: sectionId,
        revision: baseRevision + 1,
        title: input.title,
        body: input.body,
        tags: input.tags,
        note: input.note,
        author_id: person.id,
      })
      .execute();
    return "saved";
  });
}

/** Words of unchanged text kept on each side of a change in a revision; the rest is shortened to "…". */
const CONTEXT_WORDS = 12;

export const HISTORY_PAGE_SIZE = 20;

/** A section's revisions, newest first, each with the word-level changes from the one before. */
export async function sectionHistory(db: DB, sectionId: number, page: number) {
  const rows = await db
    .selectFrom("manual_revisions as r")
    .leftJoin("people as p", "p.id", "r.author_id")
    .select([
      "r.id",
      "r.revision",
      "r.title",
      "r.body",
      "r.tags",
      "r.note",
      "r.created_at as createdAt",
      "p.name as author",
    ])
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
      title:
        previous && previous.title !== row.title
          ? wordDiff(previous.title, row.title, { context: CONTEXT_WORDS })
          : null,
      body: previous ? wordDiff(previous.body, row.body, { context: CONTEXT_WORDS }) : null,
      tags: previous && previous.tags.join() !== row.tags.join() ? { from: previous.tags, to: row.tags } : null,
    };
  });
  return { revisions, hasNext: rows.length > HISTORY_PAGE_SIZE };
}
