// Bracketed alternatives as negotiators type them, read back for pages, documents and the penholder's choice.
import { describe, expect, it } from "vitest";
import { alternativesIn, bracketsAsText, choose, hasAlternatives, markBrackets } from "~/statements/brackets";

describe("bracketed alternatives", () => {
  it.each([
    ["The members [shall | should] act.", true],
    ["[call on | urge | encourage] all parties", true],
    ["Option A: welcome the report.\n\nOption B: take note of the report.", true],
    // A single option, a markdown link, a plain bracket or a lone pipe are not alternatives.
    ["Option A: welcome the report.", false],
    ["See [the report | annex](https://example.org).", false],
    ["The members [sic] act.", false],
    ["a | b", false],
  ])("%j holds alternatives: %s", (body, expected) => {
    expect(hasAlternatives(body)).toBe(expected);
  });

  it("reads each bracket's choices in order, and keeps the one chosen", () => {
    const body = "The members [shall | should] [call on | urge] all parties.";
    expect(alternativesIn(body).map((bracket) => bracket.choices)).toEqual([
      ["shall", "should"],
      ["call on", "urge"],
    ]);
    expect(choose(body, 1, 1)).toBe("The members [shall | should] urge all parties.");
    expect(choose(body, 0, 0)).toBe("The members shall [call on | urge] all parties.");
    expect(choose(body, 2, 0)).toBeNull();
    expect(choose(body, 0, 5)).toBeNull();
  });

  it("writes brackets into a document's text", () => {
    expect(bracketsAsText("The members [shall | should] act.")).toBe("The members [shall / should] act.");
    expect(bracketsAsText("Option A: welcome it.\nOption B. note it.")).toBe(
      "[Option A: welcome it.]\n[Option B: note it.]",
    );
    expect(bracketsAsText("Option A: the only wording.")).toBe("Option A: the only wording.");
  });

  it("marks the brackets in rendered HTML and leaves the words and links as they were", () => {
    expect(markBrackets("<p>We [shall | should] act.</p>")).toBe(
      '<p>We <span class="alternatives">[<span class="alternative">shall</span> / ' +
        '<span class="alternative">should</span>]</span> act.</p>',
    );
    const link = '<p><a href="https://example.org">report</a> [sic]</p>';
    expect(markBrackets(link)).toBe(link);
    expect(markBrackets("<p>Option A: one.</p>\n<p>Option B: two.</p>")).toBe(
      '<p class="option">[<strong class="option-label">Option A:</strong> one.]</p>\n' +
        '<p class="option">[<strong class="option-label">Option B:</strong> two.]</p>',
    );
  });
});
