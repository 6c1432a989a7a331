// Markdown written by people is shown as formatting, never run as code.
import { describe, expect, it } from "vitest";
import { HIGHLIGHT_END as END, HIGHLIGHT_START as START, highlightParts } from "~/lib/highlight";
import { renderHighlightedMarkdown, renderMarkdown } from "~/lib/markdown.server";

describe("markdown", () => {
  it("renders <script> and onerror= inert, as text", () => {
    const html = renderMarkdown('Before <script>alert("x")</script> and <img src=x onerror=alert(1)> after');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;"); // shown, not an element with a handler
  });

  it("keeps links, telling the other site nothing, and refuses javascript: links", () => {
    const html = renderMarkdown(
      "[Framework](https://www.un.org/en/genocideprevention/) and [bad](javascript:alert(1))",
    );
    expect(html).toContain(
      '<a href="https://www.un.org/en/genocideprevention/" rel="noopener noreferrer">Framework</a>',
    );
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain("[bad](javascript:alert(1))"); // left as plain text
  });

  it("turns search highlights into <mark> without letting them into attributes", () => {
    const marked =
      `The ${START}Framework${END} — [${START}Framework${END} text](https://example.org/${START}framework${END}) ` +
      `![${START}Framework${END}](https://example.org/a.png)`;
    const html = renderHighlightedMarkdown(marked);
    expect(html).toContain("The <mark>Framework</mark>");
    expect(html).toContain("<mark>Framework</mark> text</a>");
    expect(html).toContain('alt="Framework"');
    expect(html).not.toMatch(/="[^"]*<mark>/);
  });

  it("splits highlighted text into parts for React", () => {
    expect(highlightParts(`a ${START}b${END} c`)).toEqual([
      { text: "a ", hit: false },
      { text: "b", hit: true },
      { text: " c", hit: false },
    ]);
  });
});

describe("word-level diffs", () => {
  it("shows what was removed and added, and shortens long unchanged text around the change", async () => {
    const { wordDiff } = await import("~/lib/word-diff");
    const long = Array.from({ length: 60 }, (_, i) => `word${i}`).join(" ");
    const parts = wordDiff(`${long} the early warning desk`, `${long} the shared early warning desk`, { context: 12 });
    expect(parts.filter((part) => part.change)).toEqual([{ value: "shared ", change: "added" }]);
    expect(parts[0]!.value.startsWith("… ")).toBe(true); // the unchanged start, shortened
    expect(parts[0]!.value).toContain("word59 the ");
    expect(parts[0]!.value).not.toContain("word10 ");
    expect(wordDiff("Kigali Principles", "ACT Code").map((part) => part.change)).toEqual(["removed", "added"]);
  });
});
