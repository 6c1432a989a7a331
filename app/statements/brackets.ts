// Bracketed alternatives as negotiators write them: "[shall | should]" inside a sentence, or whole
// wordings on their own lines, "Option A: …" then "Option B: …". The text keeps them as typed; pages
// and exports show them as brackets until the penholder chooses.

/** "[a | b]" (two or more alternatives, no nested brackets), and not a markdown link "[a | b](…)". */
const INLINE = /\[([^[\]|\n]+(?:\|[^[\]|\n]+)+)\](?!\()/g;
/** A line that opens an option: "Option A: …" or "Option A. …". */
const OPTION = /^Option ([A-Z])\s*[:.]\s*/gm;

export interface Alternatives {
  /** Where the bracket sits in the text, and what it holds. */
  index: number;
  source: string;
  choices: string[];
}

/** Every inline bracket of alternatives in a paragraph, in order. */
export function alternativesIn(body: string): Alternatives[] {
  return [...body.matchAll(INLINE)].map((match) => ({
    index: match.index,
    source: match[0],
    choices: match[1]!.split("|").map((choice) => choice.trim()),
  }));
}

/** Whether a paragraph still holds alternatives (inline or options): it cannot be agreed as it is. */
export function hasAlternatives(body: string): boolean {
  return alternativesIn(body).length > 0 || [...body.matchAll(OPTION)].length > 1;
}

/** The text with the `which`-th inline bracket settled on one of its choices. */
export function choose(body: string, which: number, choice: number): string | null {
  const bracket = alternativesIn(body)[which];
  const chosen = bracket?.choices[choice];
  if (bracket === undefined || chosen === undefined) return null;
  return body.slice(0, bracket.index) + chosen + body.slice(bracket.index + bracket.source.length);
}

/** A document's plain text: "[shall / should]", and each option on its own line as "[Option A: …]". */
export function bracketsAsText(text: string): string {
  const inline = text.replace(
    INLINE,
    (_, inner: string) =>
      `[${inner
        .split("|")
        .map((c) => c.trim())
        .join(" / ")}]`,
  );
  if ([...inline.matchAll(OPTION)].length < 2) return inline;
  return inline.replace(/^Option ([A-Z])\s*[:.]\s*(.*)$/gm, "[Option $1: $2]");
}

/**
 * Rendered paragraph HTML with its brackets marked for the eye (the brackets and slash stay in the
 * text, which is what a screen reader and a copy-paste get). The HTML is markdown-it's, with the text
 * escaped, so the matched runs hold no markup.
 */
export function markBrackets(html: string): string {
  const inline = html.replace(
    /\[([^[\]|<>\n]+(?:\|[^[\]|<>\n]+)+)\](?!\()/g,
    (_, inner: string) =>
      `<span class="alternatives">[${inner
        .split("|")
        .map((choice) => `<span class="alternative">${choice.trim()}</span>`)
        .join(" / ")}]</span>`,
  );
  if ([...inline.matchAll(/<p>Option [A-Z]\s*[:.]/g)].length < 2) return inline;
  return inline.replace(
    /<p>(Option [A-Z])\s*[:.]\s*([\s\S]*?)<\/p>/g,
    '<p class="option">[<strong class="option-label">$1:</strong> $2]</p>',
  );
}
