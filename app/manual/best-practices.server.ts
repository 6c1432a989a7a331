// Best practices: a focal point contributes what their government did and what worked; the
// secretariat reviews and publishes it into the manual. Until then only the member and the
// secretariat see it.
import { sql, type ExpressionBuilder } from "kysely";
import type { BestPracticeStatus, Database, Locale } from "../../db/schema";
import { actsFor, type Viewer } from "~/auth/viewer";
import type { DB } from "~/lib/db.server";

/** Who may read a best practice: everyone once published; before that its member and the secretariat. */
export function mayReadBestPractice(person: Pick<Viewer, "role" | "memberId">) {
  return (eb: ExpressionBuilder<Database & { bp: Database["best_practices"] }, "bp">) =>
    person.role === "secretariat"
      ? sql<boolean>`true`
      : eb.or([eb("bp.status", "=", "published"), eb("bp.member_id", "=", person.memberId ?? -1)]);
}

const listing = (db: DB) =>
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
      "m.name as memberName",
    ]);

/** Published best practices, newest first (with a tag: those that carry it). */
export function publishedBestPractices(db: DB, tag?: string) {
  let query = listing(db).where("bp.status", "=", "published");
  if (tag) query = query.where("bp.tags", "@>", sql<string[]>`array[${tag}]::text[]`);
  return query.orderBy("bp.published_at", "desc").orderBy("bp.id", "desc").execute();
}

/** Not yet published: for the secretariat what waits for review, for a focal point their member's. */
export async function unpublishedBestPractices(db: DB, person: Viewer) {
  if (person.role === "secretariat")
    return listing(db).where("bp.status", "=", "submitted").orderBy("bp.submitted_at").execute();
  if (!person.memberId) return [];
  return listing(db)
    .where("bp.member_id", "=", person.memberId)
    .where("bp.status", "<>", "published")
    .orderBy("bp.submitted_at", "desc")
    .execute();
}

/** A member's contributions as the person may see them. */
export async function memberContributions(db: DB, memberId: number, person: Viewer) {
  return listing(db)
    .where("bp.member_id", "=", memberId)
    .where(mayReadBestPractice(person))
    .orderBy("bp.submitted_at", "desc")
    .execute();
}

export async function getBestPractice(db: DB, id: number, person: Viewer) {
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
      "m.name as memberName",
      "author.name as contributedBy",
      "reviewer.name as reviewedBy",
    ])
    .where("bp.id", "=", id)
    .where(mayReadBestPractice(person))
    .executeTakeFirst();
  return row ?? null;
}

export interface BestPracticeInput {
  title: string;
  body: string;
  language: Locale;
  tags: string[];
}

/** A focal point contributes for their own member; the secretariat names the member. */
export async function submitBestPractice(
  db: DB,
  memberId: number,
  input: BestPracticeInput,
  person: Viewer,
): Promise<number> {
  const { id } = await db
    .insertInto("best_practices")
    .values({
      member_id: memberId,
      contributed_by: person.id,
      title: input.title,
      body: input.body,
      language: input.language,
      tags: input.tags,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

/**
 * Who may revise a best practice: until it is published, its member's people and the secretariat
 * (one that was returned goes back for review with the revision).
 */
export function mayReviseBestPractice(
  person: Pick<Viewer, "role" | "memberId">,
  practice: { status: BestPracticeStatus; memberId: number },
) {
  return practice.status !== "published" && actsFor(person, practice.memberId);
}

/**
 * A revision of a best practice not yet published: it waits for review again, and the note that
 * returned it, written about the earlier text, is cleared. False if it was published in between.
 */
export async function reviseBestPractice(db: DB, id: number, input: BestPracticeInput): Promise<boolean> {
  const result = await db
    .updateTable("best_practices")
    .set({ ...input, status: "submitted", submitted_at: new Date(), review_note: "", reviewed_by: null })
    .where("id", "=", id)
    .where("status", "<>", "published")
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The secretariat's decision on a submitted best practice: publish it, or return it with a note. */
export async function reviewBestPractice(
  db: DB,
  id: number,
  decision: Extract<BestPracticeStatus, "published" | "returned">,
  note: string,
  person: Viewer,
): Promise<boolean> {
  const result = await db
    .updateTable("best_practices")
    .set({
      status: decision,
      review_note: note,
      reviewed_by: person.id,
      published_at: decision === "published" ? new Date() : null,
    })
    .where("id", "=", id)
    .where("status", "=", "submitted")
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}
