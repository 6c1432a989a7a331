// Which amendments a Word file's tracked changes make: each paragraph of the text as the file had it
// before its changes is found, in order, among the file's paragraphs (the title, the draft's header and
// footer are passed over; the number and status the portal's export writes before a paragraph are
// left out). A paragraph with changes becomes a replacement, or a deletion when nothing of it is left;
// a paragraph the file inserts becomes an insertion after the paragraph it follows. Pure: no database.
import type { AmendmentKind } from "../../db/schema";
import { documentText } from "./plain-text";
import type { TrackedParagraph } from "./tracked-changes.server";

export interface ImportedChange {
  paragraphId: number;
  kind: AmendmentKind;
  body: string;
}

export type ImportMatch =
  | { changes: ImportedChange[] }
  /** No paragraph of the file has tracked changes. */
  | { refused: "no_changes" }
  /** The file's text before its changes is not this version's: `paragraph` (1-based) is not in it. */
  | { refused: "mismatch"; paragraph: number }
  /** A change is outside the paragraphs of the text (the title, say): it cannot be an amendment. */
  | { refused: "outside" };

/** Spaces of any kind (tabs, line breaks, no-break spaces) count as one space. */
function normalize(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Leaves out what the portal's export writes before a paragraph: "3." and the paragraph's status in
 * parentheses, "(Bracketed)", in any of the portal's languages (`statusLabels`).
 */
export function prefixStripper(statusLabels: readonly string[]) {
  const statuses = statusLabels.length ? `(?:\\((?:${statusLabels.map(escape).join("|")})\\)\\s*)?` : "";
  const prefix = new RegExp(`^\\d{1,4}\\.\\s+${statuses}`, "iu");
  return (text: string) => normalize(normalize(text).replace(prefix, ""));
}

export function matchTrackedChanges(
  file: readonly TrackedParagraph[],
  current: readonly { id: number; body: string }[],
  statusLabels: readonly string[],
): ImportMatch {
  const strip = prefixStripper(statusLabels);
  const paragraphs = file.map((paragraph) => ({
    before: strip(paragraph.before),
    after: strip(paragraph.after),
    changed: paragraph.changed,
  }));
  const changed = (paragraph: (typeof paragraphs)[number]) => paragraph.changed && paragraph.before !== paragraph.after;
  if (!paragraphs.some(changed)) return { refused: "no_changes" };

  // Each paragraph of the version, in order, where the file has it (index in the file → in the version).
  const matched = new Map<number, number>();
  let cursor = 0;
  for (const [index, paragraph] of current.entries()) {
    const wanted = normalize(documentText(paragraph.body));
    let at = cursor;
    while (at < paragraphs.length && paragraphs[at]!.before !== wanted) at++;
    if (at === paragraphs.length) return { refused: "mismatch", paragraph: index + 1 };
    matched.set(at, index);
    cursor = at + 1;
  }

  const changes: ImportedChange[] = [];
  let previous: number | null = null;
  for (const [at, paragraph] of paragraphs.entries()) {
    const index = matched.get(at);
    if (index !== undefined) {
      previous = index;
      if (changed(paragraph))
        changes.push({
          paragraphId: current[index]!.id,
          kind: paragraph.after ? "replace" : "delete",
          body: paragraph.after,
        });
    } else if (changed(paragraph)) {
      // A paragraph the file adds after one of the text; any other change is not to the text's paragraphs.
      if (paragraph.before || previous === null) return { refused: "outside" };
      changes.push({ paragraphId: current[previous]!.id, kind: "insert_after", body: paragraph.after });
    }
  }
  return { changes };
}
