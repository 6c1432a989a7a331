// Word-level differences between two texts (jsdiff), shared by statement amendments and versions
// and by the manual's revision history.
import { diffWords } from "diff";

/** A run of words: unchanged, added or removed. */
export interface DiffPart {
  value: string;
  change?: "added" | "removed";
}

/** Keeps `context` words on each side of a change in a long unchanged run; the rest becomes "…". */
function shorten(text: string, context: number, keepStart: boolean, keepEnd: boolean): string {
  const words = text.split(/(?<=\s)/);
  if (words.length <= context * 2) return text;
  const start = keepStart ? words.slice(0, context).join("") : "";
  const end = keepEnd ? words.slice(-context).join("") : "";
  return `${start}… ${end}`;
}

/** The changes from `before` to `after`; with `context`, long unchanged stretches are shortened. */
export function wordDiff(before: string, after: string, options: { context?: number } = {}): DiffPart[] {
  const parts = diffWords(before, after);
  return parts.map((part, index) => {
    if (part.added) return { value: part.value, change: "added" };
    if (part.removed) return { value: part.value, change: "removed" };
    return {
      value: options.context ? shorten(part.value, options.context, index > 0, index < parts.length - 1) : part.value,
    };
  });
}
