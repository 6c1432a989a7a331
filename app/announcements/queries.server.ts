// Reading announcements: the archive, newest first, a page at a time (titles in the reader's language
// where translated), and one announcement.
import type { Locale } from "../../db/schema";
import type { DB } from "~/lib/db.server";
import { shownTitle, titleInReaderLanguage } from "~/translations/queries.server";

export const ANNOUNCEMENTS_PAGE_SIZE = 20;

export async function listAnnouncements(db: DB, page: number, readerLocale: Locale) {
  const rows = await db
    .selectFrom("announcements as a")
    .innerJoin("people as p", "p.id", "a.posted_by")
    .select(["a.id", "a.title", "a.language", "a.regional_group as regionalGroup", "a.posted_at as postedAt"])
    .select(["p.name as postedBy", titleInReaderLanguage("announcement", "a", readerLocale)])
    .orderBy("a.posted_at", "desc")
    .orderBy("a.id", "desc")
    .limit(ANNOUNCEMENTS_PAGE_SIZE + 1)
    .offset((page - 1) * ANNOUNCEMENTS_PAGE_SIZE)
    .execute();
  return {
    announcements: rows.slice(0, ANNOUNCEMENTS_PAGE_SIZE).map((row) => shownTitle(row, readerLocale)),
    hasNext: rows.length > ANNOUNCEMENTS_PAGE_SIZE,
  };
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
