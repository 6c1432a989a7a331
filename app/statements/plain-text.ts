// A paragraph's words without its Markdown marks, its bracketed alternatives written as brackets:
// what a document carries and what an imported Word file is compared with.
import { bracketsAsText } from "./brackets";

/** Markdown marks are for the screen; a document carries the words. */
function plain(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, "$2")
    .replace(/^#+\s*/gm, "")
    .trim();
}

/** A paragraph as a document carries it: its words, with its bracketed alternatives as brackets. */
export function documentText(markdown: string): string {
  return bracketsAsText(plain(markdown));
}
