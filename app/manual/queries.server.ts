// Reading the Manual for R2P Focal Points: chapters and sections in order, their revisions, and the
// best practices members contribute, filtered by who may read them (./policy.ts).
import { sql } from "kysely";
import type { Viewer } from "~/auth/viewer";
import type { DB } from "~/lib/db.server";
import type { Locale } from "~/i18n/config";
import { memberNameSql } from "~/members/names.server";
import { shownTitle, titleInReaderLanguage, translatedText } from "~/translations/queries.server";
import { bestPracticeReadable, type Asking } from "./policy";
import type { IdOrQuery } from "~/lib/sql";

/** Who asks, and in which language they read members' names. */
type Reader = Asking & { locale: Locale };

/** A chapter's title in the reader's language: its translation, else the original. `id` is its id column. */
const chapterTitleIn = (id: string, title: string, readerLocale: Locale) =>
  sql<string>`coalesce(${translatedText("manual_chapter", id, "title", readerLocale)}, ${sql.ref(title)})`;

/** The chapters in order, each with how many sections it has: the table of contents. */
export async function listChapters(db: DB, readerLocale: Locale) {
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
    .select([
      "c.id",
      "c.slug",
      "c.title",
      "c.summary",
      "c.language",
      "counted.n as sections",
      titleInReaderLanguage("manual_chapter", "c", readerLocale),
      translatedText("manual_chapter", "c.id", "summary", readerLocale).as("translatedSummary"),
    ])
    .orderBy("c.position")
    .execute();
  return rows.map(({ translatedSummary, ...row }) => ({
    ...shownTitle(row, readerLocale),
    summary: translatedSummary ?? row.summary,
    sections: Number(row.sections ?? 0),
  }));
}

export const TAGGED_PAGE_SIZE = 50;

/** The sections with a tag, in reading order, a page at a time. */
export async function taggedSections(db: DB, tag: string, page: number, readerLocale: Locale) {
  const rows = await db
    .selectFrom("manual_sections as s")
    .innerJoin("manual_chapters as c", "c.id", "s.chapter_id")
    .select([
      "s.id",
      "s.slug",
      "s.title",
      "s.language",
      "c.slug as chapterSlug",
      chapterTitleIn("c.id", "c.title", readerLocale).as("chapterTitle"),
      titleInReaderLanguage("manual_section", "s", readerLocale),
    ])
    .where("s.tags", "@>", sql<string[]>`array[${tag}]::text[]`)
    .orderBy("c.position")
    .orderBy("s.position")
    .limit(TAGGED_PAGE_SIZE + 1)
    .offset((page - 1) * TAGGED_PAGE_SIZE)
    .execute();
  const sections = rows.slice(0, TAGGED_PAGE_SIZE).map((row) => shownTitle(row, readerLocale));
  return { sections, hasNext: rows.length > TAGGED_PAGE_SIZE };
}

/** How long the tag vocabulary is kept before it is read again. */
const TAGS_KEPT_MS = 60_000;

type TagList = Promise<{ slug: string; name: string }[]>;
const tagLists = new WeakMap<DB, { readAt: number; tags: TagList }>();

/**
 * The manual's tags, in name order. The portal never writes them (migrations and the seed do), so
 * each process reads them at most once a minute rather than on every manual and search page. (The
 * minute is the process's own, not the portal's clock: it measures how old the copy is.)
 */
export function listTags(db: DB): TagList {
  const kept = tagLists.get(db);
  if (kept && performance.now() - kept.readAt < TAGS_KEPT_MS) return kept.tags;
  const tags = db.selectFrom("manual_tags").select(["slug", "name"]).orderBy("name").execute();
  tagLists.set(db, { readAt: performance.now(), tags });
  // A failed read is not kept: the next page asks the database again.
  tags.catch(() => tagLists.delete(db));
  return tags;
}

/** A chapter with its sections (whole, for reading and printing) and its neighbours. */
export async function getChapter(db: DB, slug: string, readerLocale: Locale) {
  const chapter = await db
    .selectFrom("manual_chapters as c")
    .select((eb) => {
      // The chapter before or after this one: its slug or title.
      const beside = (direction: "previous" | "next", column: "slug" | "title") =>
        eb
          .selectFrom("manual_chapters as other")
          .select(
            column === "slug"
              ? sql<string>`other.slug`.as("value")
              : chapterTitleIn("other.id", "other.title", readerLocale).as("value"),
          )
          .whereRef("other.position", direction === "previous" ? "<" : ">", "c.position")
          .orderBy("other.position", direction === "previous" ? "desc" : "asc")
          .limit(1);
      return [
        "c.id",
        "c.slug",
        "c.title",
        "c.summary",
        "c.language",
        beside("previous", "slug").as("previousSlug"),
        beside("previous", "title").as("previousTitle"),
        beside("next", "slug").as("nextSlug"),
        beside("next", "title").as("nextTitle"),
      ];
    })
    .where("c.slug", "=", slug)
    .executeTakeFirst();
  if (!chapter) return null;
  const sections = await db
    .selectFrom("manual_sections as s")
    .select(["s.id", "s.slug", "s.title", "s.body", "s.language", "s.tags"])
    .select(titleInReaderLanguage("manual_section", "s", readerLocale))
    .where("s.chapter_id", "=", chapter.id)
    .orderBy("s.position")
    .execute();
  // Each section's `translatedTitle` is for lists (shownTitle); the print view shows whole translations.
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
function neighbour(direction: "previous" | "next", readerLocale: Locale) {
  // Fixed fragments, chosen by direction: nothing from outside reaches the SQL text.
  const [compare, order] = direction === "previous" ? [sql`<`, sql`desc`] : [sql`>`, sql`asc`];
  return sql<Neighbour | null>`(
    select json_build_object('slug', n.slug, 'chapterSlug', nc.slug,
      'title', coalesce(${translatedText("manual_section", "n.id", "title", readerLocale)}, n.title)) from (
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
export async function getSection(db: DB, chapterSlug: string, sectionSlug: string, readerLocale: Locale) {
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
      chapterTitleIn("c.id", "c.title", readerLocale).as("chapterTitle"),
      neighbour("previous", readerLocale).as("previous"),
      neighbour("next", readerLocale).as("next"),
    ])
    .where("s.slug", "=", sectionSlug)
    .where("c.slug", "=", chapterSlug)
    .executeTakeFirst();
  return row ?? null;
}

/** The section as it stands, without its neighbours: for its edit form and its history. */
export async function findSection(db: DB, chapterSlug: string, sectionSlug: string) {
  const row = await db
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
    ])
    .where("s.slug", "=", sectionSlug)
    .where("c.slug", "=", chapterSlug)
    .executeTakeFirst();
  return row ?? null;
}

export const HISTORY_PAGE_SIZE = 20;

/**
 * A page of a section's revisions, newest first, and the one before the page's last (to show what
 * that one changed): see ./history.server.ts.
 */
export async function sectionRevisions(db: DB, sectionId: number, page: number) {
  return db
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
}

/* ---------------------------------------------------------------- best practices */

const practiceListing = (db: DB, locale: Locale) =>
  db
    .selectFrom("best_practices as bp")
    .innerJoin("members as m", "m.id", "bp.member_id")
    .select([
      "bp.id",
      "bp.title",
      "bp.language",
      "bp.tags",
      "bp.status",
      "bp.submitted_at as submittedAt",
      "bp.published_at as publishedAt",
      "m.slug as memberSlug",
      memberNameSql("m", locale).as("memberName"),
      titleInReaderLanguage("best_practice", "bp", locale),
    ]);

const readableBy = (viewer: Asking) =>
  bestPracticeReadable(viewer, { status: sql.ref("bp.status"), memberId: sql.ref("bp.member_id") });

/** Published best practices, newest first (with a tag: those that carry it). */
export function publishedBestPractices(db: DB, locale: Locale, tag?: string) {
  let query = practiceListing(db, locale).where("bp.status", "=", "published");
  if (tag) query = query.where("bp.tags", "@>", sql<string[]>`array[${tag}]::text[]`);
  return query
    .orderBy("bp.published_at", "desc")
    .orderBy("bp.id", "desc")
    .execute()
    .then((rows) => rows.map((row) => shownTitle(row, locale)));
}

/**
 * Not yet published: for the secretariat what waits for its review (`forReview`), for a focal point
 * their member's contributions, returned or waiting.
 */
export async function unpublishedBestPractices(db: DB, viewer: Viewer) {
  if (viewer.role === "secretariat") {
    const practices = await practiceListing(db, viewer.locale)
      .where("bp.status", "=", "submitted")
      .orderBy("bp.submitted_at")
      .execute();
    return { forReview: true, practices };
  }
  const practices = await practiceListing(db, viewer.locale)
    .where("bp.member_id", "=", viewer.memberId)
    .where("bp.status", "<>", "published")
    .orderBy("bp.submitted_at", "desc")
    .execute();
  return { forReview: false, practices };
}

/** The oldest best practices waiting for the secretariat's review, and how many wait in all. */
export function awaitingReview(db: DB, limit: number, locale: Locale) {
  return db
    .selectFrom("best_practices as bp")
    .innerJoin("members as m", "m.id", "bp.member_id")
    .select([
      "bp.id",
      "bp.title",
      "bp.language",
      "bp.submitted_at as submittedAt",
      memberNameSql("m", locale).as("memberName"),
      // Counted in the same statement: the dashboard asks nothing more for the figure.
      sql<string>`count(*) over ()`.as("waiting"),
    ])
    .where("bp.status", "=", "submitted")
    .orderBy("bp.submitted_at")
    .orderBy("bp.id")
    .limit(limit);
}

/** A member's contributions as the person may see them. */
export async function memberContributions(db: DB, memberId: IdOrQuery, viewer: Reader) {
  return practiceListing(db, viewer.locale)
    .where("bp.member_id", "=", memberId)
    .where(readableBy(viewer))
    .orderBy("bp.submitted_at", "desc")
    .execute();
}

/** One best practice, if the person may read it (null otherwise, as if it did not exist). */
export async function getBestPractice(db: DB, id: number, viewer: Reader) {
  const row = await db
    .selectFrom("best_practices as bp")
    .innerJoin("members as m", "m.id", "bp.member_id")
    .leftJoin("people as author", "author.id", "bp.contributed_by")
    .leftJoin("people as reviewer", "reviewer.id", "bp.reviewed_by")
    .select([
      "bp.id",
      "bp.title",
      "bp.body",
      "bp.language",
      "bp.tags",
      "bp.status",
      "bp.review_note as reviewNote",
      "bp.member_id as memberId",
      "bp.submitted_at as submittedAt",
      "bp.published_at as publishedAt",
      "m.slug as memberSlug",
      memberNameSql("m", viewer.locale).as("memberName"),
      "author.name as contributedBy",
      "reviewer.name as reviewedBy",
    ])
    .where("bp.id", "=", id)
    .where(readableBy(viewer))
    .executeTakeFirst();
  return row ? { kind: "best_practice" as const, ...row } : null;
}
