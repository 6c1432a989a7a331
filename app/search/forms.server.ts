// Search's query strings, validated on the server: whatever an edited address holds, the page answers
// (an unknown kind or tag is ignored, a page out of range is the first), never with an error.
import { z } from "zod";
import { tag } from "~/manual/forms.server";
import { SEARCH_KINDS, SEARCH_MAX_LENGTH } from "./kinds";

/**
 * Words as typed, without control characters: no one types them, and Postgres refuses a NUL byte
 * in a text (a 500 for `?q=%00`).
 */
const typed = z.string().transform((value) => value.replace(/\p{Cc}/gu, " ").trim());

export const searchQuery = z.object({
  q: typed.catch(""),
  kind: z.enum(SEARCH_KINDS).optional().catch(undefined),
  tag: tag.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(500).catch(1),
});

/** From a search result: the words to highlight on the page it opens. */
export const highlightQuery = z.object({
  highlight: typed.pipe(z.string().max(SEARCH_MAX_LENGTH)).optional().catch(undefined),
});
