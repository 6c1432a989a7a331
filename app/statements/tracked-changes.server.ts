// Reading the tracked changes of a Word file (.docx): each paragraph's text as it was before the
// changes ("before": deletions kept, insertions left out) and as it would be if they were all
// accepted ("after"). The file is a zip; only word/document.xml is read, and its XML is walked tag by
// tag without a DOM, so text in any run, hyperlink, field result, table cell or content control counts.
import { unzipSync } from "fflate";

export interface TrackedParagraph {
  before: string;
  after: string;
  /** The paragraph has insertions or deletions. */
  changed: boolean;
}

const MAX_XML_BYTES = 50 * 1024 * 1024;

/** document.xml's text, or null when the bytes are not a zip with a Word document in it. */
export function documentXml(bytes: Uint8Array): string | null {
  try {
    // A document.xml said to inflate past the limit is not a statement (a zip bomb, say): not read.
    const entries = unzipSync(bytes, {
      filter: (file) => file.name === "word/document.xml" && file.originalSize <= MAX_XML_BYTES,
    });
    const xml = entries["word/document.xml"];
    return xml ? new TextDecoder().decode(xml) : null;
  } catch {
    return null;
  }
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    return ENTITIES[name] ?? whole;
  });
}

/** Regions whose text is an insertion or a deletion (a moved text counts as deleted there and inserted here). */
const INSERTED = new Set(["w:ins", "w:moveTo"]);
const DELETED = new Set(["w:del", "w:moveFrom"]);
/** Elements whose text is not the paragraph's words: properties (and their records of formatting changes). */
const SKIPPED = new Set(["w:pPr", "w:rPr", "w:sectPr", "w:tblPr", "w:instrText", "w:delInstrText"]);

/** An element's tag (closing?, name, attributes, self-closing?), a comment, a processing instruction or CDATA. */
const TAG = new RegExp(
  [
    /<(\/?)([A-Za-z_][\w.-]*:?[\w.-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/.source,
    /<!--[\s\S]*?-->/.source,
    /<\?[\s\S]*?\?>/.source,
    /<!\[CDATA\[([\s\S]*?)\]\]>/.source,
  ].join("|"),
);

/** The paragraphs of a Word document's XML with their tracked changes; nested paragraphs count on their own. */
export function trackedParagraphs(xml: string): TrackedParagraph[] {
  const done: TrackedParagraph[] = [];
  const open: TrackedParagraph[] = [];
  let inserted = 0;
  let deleted = 0;
  let skipped = 0;
  let textOf: "w:t" | "w:delText" | null = null;
  const tag = new RegExp(TAG.source, "g");
  let last = 0;
  const addText = (text: string) => {
    const paragraph = open.at(-1);
    if (!paragraph || !text) return;
    if (inserted && deleted) {
      // Inserted, then deleted (by someone else): in neither text.
      paragraph.changed = true;
    } else if (inserted) {
      paragraph.after += text;
      paragraph.changed = true;
    } else if (deleted) {
      paragraph.before += text;
      paragraph.changed = true;
    } else {
      paragraph.before += text;
      paragraph.after += text;
    }
  };
  for (let match = tag.exec(xml); match; match = tag.exec(xml)) {
    if (textOf && !skipped) addText(decodeEntities(xml.slice(last, match.index)));
    last = tag.lastIndex;
    if (match[5] !== undefined) {
      if (textOf && !skipped) addText(match[5]);
      continue;
    }
    const [, closing, name = "", , selfClosing] = match;
    if (!name || match[0].startsWith("<!") || match[0].startsWith("<?")) continue;
    if (SKIPPED.has(name)) {
      if (!selfClosing) skipped += closing ? -1 : 1;
      skipped = Math.max(0, skipped);
      continue;
    }
    if (skipped) continue;
    if (name === "w:p") {
      if (selfClosing) done.push({ before: "", after: "", changed: false });
      else if (!closing) open.push({ before: "", after: "", changed: false });
      else if (open.length) done.push(open.pop()!);
    } else if (INSERTED.has(name) && !selfClosing) {
      inserted = Math.max(0, inserted + (closing ? -1 : 1));
    } else if (DELETED.has(name) && !selfClosing) {
      deleted = Math.max(0, deleted + (closing ? -1 : 1));
    } else if (name === "w:t" || name === "w:delText") {
      textOf = closing || selfClosing ? null : name;
    } else if ((name === "w:tab" || name === "w:br" || name === "w:cr") && !closing) {
      addText(name === "w:tab" ? "\t" : "\n");
    } else if (name === "w:noBreakHyphen" && !closing) {
      addText("\u2011");
    }
  }
  while (open.length) done.push(open.pop()!);
  return done;
}

/** The tracked changes of a .docx, or null when it is not one. */
export function readTrackedChanges(bytes: Uint8Array): TrackedParagraph[] | null {
  const xml = documentXml(bytes);
  return xml === null ? null : trackedParagraphs(xml);
}
