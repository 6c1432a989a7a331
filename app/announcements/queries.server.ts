// Reading announcements: the archive, newest first, a page at a time, and one announcement.
import type { DB } from "~/lib/db.server";

export const ANNOUNCEMENTS_PAGE_SIZE = 20;

export async function listAnnouncements(db: DB, page: number) {
  const rows = await db
    .selectFrom("announcements as a")
    .innerJoin("people as p", "p.id", "a.posted_by")
    .select(["a.id", "a.title", "a.language", "a.regional_group as regionalGroup", "a.posted_at as postedAt"])
    .select("p.name as postedBy")
    .orderBy("a.posted_at", "desc")
    .orderBy("a.id", "desc")
    .limit(ANNOUNCEMENTS_PAGE_SIZE + 1)
    .offset((page - 1) * ANNOUNCEMENTS_PAGE_SIZE)
    .execute();
  return { announcements: rows.slice(0, ANNOUNCEMENTS_PAGE_SIZE), hasNext: rows.length > ANNOUNCEMENTS_PAGE_SIZE };
}

export async function getAnnouncement(db: DB, id: number) {
  return db
    .selectFrom("announcements as a")
    .innerJoin("people as p", "p.id", "a.posted_by")
    .select(["a.id", "a.title", "a.body", "a.language", "a.regional_group as regionalGroup"])
    .select(["a.posted_at as postedAt", "p.name as postedBy"])
    .where("a.id", "=", id)
    .executeTakeFirst();
}
