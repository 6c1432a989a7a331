// One announcement as its page shows it: title and text in the reader's language where translated (else
// the original, marked with its language), rendered, with what the translation status says.
import type { Locale } from "../../db/schema";
import { found } from "~/auth/policy";
import type { Viewer } from "~/auth/viewer";
import type { DB } from "~/lib/db.server";
import { renderMarkdown } from "~/lib/markdown.server";
import { shownToReader } from "~/translations/reader.server";
import { getAnnouncement } from "./queries.server";

export async function announcementPage(db: DB, viewer: Viewer, id: number, locale: Locale) {
  const { title, body, ...announcement } = found(await getAnnouncement(db, id));
  const inLocale = await shownToReader(
    db,
    viewer,
    locale,
    { id, facts: { kind: "announcement" } },
    { language: announcement.language, fields: { title, body } },
  );
  const { shown } = inLocale;
  return {
    announcement: {
      ...announcement,
      title: shown.title.text,
      titleLang: shown.title.lang,
      html: renderMarkdown(shown.body.text),
      bodyLang: shown.body.lang,
    },
    translation: inLocale.status,
    timeZone: viewer.timeZone,
  };
}
