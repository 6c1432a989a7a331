// Changing the manual and its best practices. Each use case is one function and one transaction:
// it enforces ./policy.ts, records its audit entry and queues what it tells people, so all of it
// happens or none of it does.
import { sql } from "kysely";
import type { Locale } from "../../db/schema";
import { recordAudit } from "~/audit/audit.server";
import { ensure, ensureVisible, found } from "~/auth/policy";
import type { Viewer } from "~/auth/viewer";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import { notify } from "~/notifications/delivery.server";
import { can } from "./policy";

export interface ChapterInput {
  title: string;
  slug: string;
  summary: string;
  language: Locale;
}

export interface SectionInput {
  title: string;
  slug: string;
  body: string;
  language: Locale;
  tags: string[];
  /** What the revision changed, in a few words. */
  note: string;
}

/** A new chapter at the end of the manual; null when its address is taken. */
export async function addChapter(db: DB, viewer: Viewer, input: ChapterInput): Promise<number | null> {
  ensure(can(viewer, "add", { kind: "chapter" }));
  return db.transaction().execute(async (trx) => {
    const added = await trx
      .insertInto("manual_chapters")
      .values((eb) => ({
        ...input,
        position: eb.selectFrom("manual_chapters").select(sql<number>`coalesce(max(position), 0) + 1`.as("next")),
      }))
      .onConflict((oc) => oc.column("slug").doNothing())
      .returning("id")
      .executeTakeFirst();
    if (!added) return null;
    await recordAudit(trx, {
      action: "manual_chapter_added",
      actor: viewer,
      subject: { kind: "manual_chapter", id: added.id },
      details: { title: input.title },
    });
    return added.id;
  });
}

/** A new section at the end of a chapter, with its first revision; "taken" when its address is. */
export async function addSection(
  db: DB,
  viewer: Viewer,
  chapterSlug: string,
  input: SectionInput,
): Promise<number | "taken"> {
  ensure(can(viewer, "add", { kind: "section" }));
  return db.transaction().execute(async (trx) => {
    const chapter = found(
      await trx.selectFrom("manual_chapters").select("id").where("slug", "=", chapterSlug).executeTakeFirst(),
    );
    const at = now();
    const added = await trx
      .insertInto("manual_sections")
      .values((eb) => ({
        chapter_id: chapter.id,
        slug: input.slug,
        position: eb
          .selectFrom("manual_sections")
          .select(sql<number>`coalesce(max(position), 0) + 1`.as("next"))
          .where("chapter_id", "=", chapter.id),
        title: input.title,
        body: input.body,
        language: input.language,
        tags: input.tags,
        updated_at: at,
      }))
      .onConflict((oc) => oc.column("slug").doNothing())
      .returning("id")
      .executeTakeFirst();
    if (!added) return "taken";
    await trx
      .insertInto("manual_revisions")
      .values({ section_id: added.id, revision: 1, ...revisionOf(input), author_id: viewer.id, created_at: at })
      .execute();
    await recordAudit(trx, {
      action: "manual_section_added",
      actor: viewer,
      subject: { kind: "manual_section", id: added.id },
      details: { title: input.title },
    });
    return added.id;
  });
}

const revisionOf = (input: Omit<SectionInput, "slug" | "language">) => ({
  title: input.title,
  body: input.body,
  tags: input.tags,
  note: input.note,
});

/** Tags are a set: the same ones picked in another order are no change. */
const sameTags = (a: string[], b: string[]) => new Set(a).size === new Set(b).size && b.every((tag) => a.includes(tag));

/**
 * Saves an edit as the next revision. `baseRevision` is the revision the editor started from: if
 * someone saved in between, nothing is written ("conflict"). Saved as it was ("unchanged"), no
 * revision that changes nothing fills the history, and "last edited" stays true.
 */
export async function editSection(
  db: DB,
  viewer: Viewer,
  sectionId: number,
  baseRevision: number,
  input: Omit<SectionInput, "slug">,
): Promise<"saved" | "unchanged" | "conflict"> {
  ensure(can(viewer, "edit", { kind: "section" }));
  return db.transaction().execute(async (trx) => {
    const current = found(
      await trx
        .selectFrom("manual_sections")
        .select(["revision", "title", "body", "language", "tags"])
        .where("id", "=", sectionId)
        .forNoKeyUpdate()
        .executeTakeFirst(),
    );
    if (current.revision !== baseRevision) return "conflict";
    const { title, body, language, tags } = input;
    if (
      current.title === title &&
      current.body === body &&
      current.language === language &&
      sameTags(current.tags, tags)
    )
      return "unchanged";
    const revision = baseRevision + 1;
    const at = now();
    await trx
      .updateTable("manual_sections")
      .set({ title, body, language, tags, revision, updated_at: at })
      .where("id", "=", sectionId)
      .execute();
    await trx
      .insertInto("manual_revisions")
      .values({ section_id: sectionId, revision, ...revisionOf(input), author_id: viewer.id, created_at: at })
      .execute();
    await recordAudit(trx, {
      action: "manual_section_edited",
      actor: viewer,
      subject: { kind: "manual_section", id: sectionId },
      details: { title, revision, note: input.note },
    });
    return "saved";
  });
}

/**
 * Swaps a section with the one before or after it in its chapter. Its address (for the page to
 * return to it), or null when it is already first or last.
 */
export async function moveSection(
  db: DB,
  viewer: Viewer,
  chapterSlug: string,
  sectionId: number,
  direction: "up" | "down",
): Promise<string | null> {
  ensure(can(viewer, "move", { kind: "section" }));
  return db.transaction().execute(async (trx) => {
    const section = found(
      await trx
        .selectFrom("manual_sections as s")
        .innerJoin("manual_chapters as c", "c.id", "s.chapter_id")
        .select(["s.id", "s.slug", "s.title", "s.position", "s.chapter_id as chapterId"])
        .where("s.id", "=", sectionId)
        .where("c.slug", "=", chapterSlug)
        .forNoKeyUpdate()
        .executeTakeFirst(),
    );
    const other = await trx
      .selectFrom("manual_sections")
      .select(["id", "position"])
      .where("chapter_id", "=", section.chapterId)
      .where("position", direction === "up" ? "<" : ">", section.position)
      .orderBy("position", direction === "up" ? "desc" : "asc")
      .limit(1)
      .forNoKeyUpdate()
      .executeTakeFirst();
    if (!other) return null;
    await trx.updateTable("manual_sections").set({ position: other.position }).where("id", "=", section.id).execute();
    await trx.updateTable("manual_sections").set({ position: section.position }).where("id", "=", other.id).execute();
    await recordAudit(trx, {
      action: "manual_section_moved",
      actor: viewer,
      subject: { kind: "manual_section", id: section.id },
      details: { title: section.title, direction },
    });
    return section.slug;
  });
}

/* ---------------------------------------------------------------- best practices */

export interface BestPracticeInput {
  title: string;
  body: string;
  language: Locale;
  tags: string[];
}

/** A best practice contributed for a member (by its people or the secretariat), waiting for review. */
export async function contributeBestPractice(
  db: DB,
  viewer: Viewer,
  memberId: number,
  input: BestPracticeInput,
): Promise<number> {
  ensure(can(viewer, "contribute", { kind: "best_practice", memberId }));
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto("best_practices")
      .values({ ...input, member_id: memberId, contributed_by: viewer.id, submitted_at: now() })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      action: "best_practice_contributed",
      actor: viewer,
      memberId,
      subject: { kind: "best_practice", id },
      details: { title: input.title },
    });
    return id;
  });
}

/** The practice, locked for the transaction's decision; 404 for one the person may not read. */
async function lockedPractice(trx: DB, viewer: Viewer, id: number) {
  const row = await trx
    .selectFrom("best_practices")
    .select(["id", "title", "status", "member_id as memberId", "contributed_by as contributedBy"])
    .where("id", "=", id)
    .forNoKeyUpdate()
    .executeTakeFirst();
  const practice = found(row && { kind: "best_practice" as const, ...row });
  ensureVisible(can(viewer, "read", practice));
  return practice;
}

/**
 * A revision of a best practice not yet published: it waits for review again, and the note that
 * returned it, written about the earlier text, is cleared.
 */
export async function reviseBestPractice(db: DB, viewer: Viewer, id: number, input: BestPracticeInput): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const practice = await lockedPractice(trx, viewer, id);
    ensure(can(viewer, "revise", practice));
    await trx
      .updateTable("best_practices")
      .set({ ...input, status: "submitted", submitted_at: now(), review_note: "", reviewed_by: null })
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, {
      action: "best_practice_revised",
      actor: viewer,
      memberId: practice.memberId,
      subject: { kind: "best_practice", id },
      details: { title: input.title },
    });
  });
}

/** Returned with a note saying what to change; the person who contributed it is told. */
export const returnBestPractice = (db: DB, viewer: Viewer, id: number, note: string) =>
  decide(db, viewer, id, "return", note);

/** Published into the manual, for everyone to read; the person who contributed it is told. */
export const publishBestPractice = (db: DB, viewer: Viewer, id: number, note: string) =>
  decide(db, viewer, id, "publish", note);

const DECISIONS = {
  return: { status: "returned", audit: "best_practice_returned", kind: "best_practice_returned" },
  publish: { status: "published", audit: "best_practice_published", kind: "best_practice_published" },
} as const;

/** The secretariat's decision on a best practice waiting for review. False if it was decided meanwhile. */
async function decide(
  db: DB,
  viewer: Viewer,
  id: number,
  decision: keyof typeof DECISIONS,
  note: string,
): Promise<boolean> {
  const { status, audit, kind } = DECISIONS[decision];
  return db.transaction().execute(async (trx) => {
    const practice = await lockedPractice(trx, viewer, id);
    // Decided meanwhile, in another tab or by a colleague: a conflict to report, not a refusal.
    if (practice.status !== "submitted" && can(viewer, decision, { ...practice, status: "submitted" })) return false;
    ensure(can(viewer, decision, practice));
    const at = now();
    await trx
      .updateTable("best_practices")
      .set({ status, review_note: note, reviewed_by: viewer.id, published_at: status === "published" ? at : null })
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, {
      action: audit,
      actor: viewer,
      memberId: practice.memberId,
      subject: { kind: "best_practice", id },
      details: { title: practice.title, ...(note ? { note } : {}) },
    });
    // Whoever contributed it hears of the decision (not a secretariat member who contributed and decided it).
    if (practice.contributedBy !== null && practice.contributedBy !== viewer.id)
      await notify(trx, {
        kind,
        recipients: [practice.contributedBy],
        // The email adds what the decision means for them (notifications' `details.<kind>`).
        params: { practice: practice.title, detail: kind },
        link: `/manual/best-practices/${id}`,
      });
    return true;
  });
}
