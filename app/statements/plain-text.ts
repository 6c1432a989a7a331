// A paragraph's words without its Markdown marks: what a document carries and what an imported
// Word file is compared with.

/** Markdown marks are for the screen; a document carries the words. */
export function plain(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, "$2")
    .replace(/^#+\s*/gm, "")
    .trim();
}
