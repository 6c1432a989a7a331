// Search highlights travel as two private-use characters (Postgres ts_headline's StartSel/StopSel),
// never as HTML, so nothing a document contains can turn into markup on the way.
export const HIGHLIGHT_START = "\uE000";
export const HIGHLIGHT_END = "\uE001";

const MARKERS = new RegExp(`[${HIGHLIGHT_START}${HIGHLIGHT_END}]`, "g");

/** Text as typed by people, with any stray marker characters removed. */
export const withoutMarkers = (text: string) => text.replace(MARKERS, "");

/** "a \uE000b\uE001 c" → [{ text: "a ", hit: false }, { text: "b", hit: true }, { text: " c", hit: false }] */
export function highlightParts(text: string): { text: string; hit: boolean }[] {
  const parts: { text: string; hit: boolean }[] = [];
  let hit = false;
  let current = "";
  for (const char of text) {
    if (char === HIGHLIGHT_START || char === HIGHLIGHT_END) {
      if (current) parts.push({ text: current, hit });
      current = "";
      hit = char === HIGHLIGHT_START;
    } else current += char;
  }
  if (current) parts.push({ text: current, hit });
  return parts;
}
