// A section's history as its page shows it: each revision with the words it removed and added.
import { wordDiff } from "~/lib/word-diff";
import { HISTORY_PAGE_SIZE } from "./queries.server";

/** Words of unchanged text kept on each side of a change in a revision; the rest is shortened to "…". */
const CONTEXT_WORDS = 12;

interface Revision {
  id: number;
  revision: number;
  title: string;
  body: string;
  tags: string[];
  note: string;
  createdAt: Date;
  author: string | null;
}

/**
 * The page's revisions (newest first), each with the changes from the one before it. `rows` is the
 * page and what follows it (sectionRevisions): the revision after the page's last says what that one
 * changed, and whether there is an older page.
 */
export function presentHistory(rows: Revision[]) {
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
