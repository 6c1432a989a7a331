// The kinds of document search returns, in the order their groups are shown, and page sizes:
// shared by the server and the search page.
export const SEARCH_KINDS = [
  "member",
  "section",
  "best_practice",
  "statement",
  "event",
  "activity",
  "group",
  "group_update",
  "announcement",
  "discussion",
  "library_file",
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Results per kind on the page that shows every kind; a kind on its own is paged by PAGE_SIZE. */
export const PER_KIND = 5;
export const PAGE_SIZE = 20;

/**
 * The longest search taken: the search boxes stop there, and a longer one (an edited address) is refused
 * with a message.
 */
export const SEARCH_MAX_LENGTH = 200;
