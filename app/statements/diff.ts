// Word-level differences between texts, and between two versions of a statement, paragraph by paragraph.
import type { VersionParagraph } from "../../db/schema";
import { wordDiff, type DiffPart } from "~/lib/word-diff";

export { wordDiff, type DiffPart };

export interface ParagraphDiff {
  id: number;
  change: "same" | "changed" | "added" | "removed";
  parts: DiffPart[];
}

/**
 * Aligns two versions by paragraph (paragraphs keep their id across versions): each paragraph of the
 * later version, with the ones the earlier version had and the later one lost where they stood.
 */
export function versionDiff(from: VersionParagraph[], to: VersionParagraph[]): ParagraphDiff[] {
  const before = new Map(from.map((paragraph) => [paragraph.id, paragraph.body]));
  const kept = new Set(to.map((paragraph) => paragraph.id));
  const result: ParagraphDiff[] = [];
  let cursor = 0;
  const flushRemovedUntil = (index: number) => {
    for (; cursor < index; cursor++) {
      const gone = from[cursor]!;
      if (!kept.has(gone.id))
        result.push({ id: gone.id, change: "removed", parts: [{ value: gone.body, change: "removed" }] });
    }
  };
  for (const paragraph of to) {
    const old = before.get(paragraph.id);
    if (old === undefined) {
      result.push({ id: paragraph.id, change: "added", parts: [{ value: paragraph.body, change: "added" }] });
      continue;
    }
    flushRemovedUntil(from.findIndex((p) => p.id === paragraph.id) + 1);
    result.push(
      old === paragraph.body
        ? { id: paragraph.id, change: "same", parts: [{ value: old }] }
        : { id: paragraph.id, change: "changed", parts: wordDiff(old, paragraph.body) },
    );
  }
  flushRemovedUntil(from.length);
  return result;
}
