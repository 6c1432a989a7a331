// Issue 23 in the browser: a penholder closes what is open in a paragraph as negotiators do, with
// bracketed alternatives, a compromise over competing amendments and "agreed ad referendum".
import { describe, it } from "vitest";
import { expectAccessible, newPage, portalAndBrowser } from "../helpers/portal";
import { confirmAct, signIn, waitForHydration } from "./journeys";
import { expectPage } from "../helpers/page-expect";
import { GHANA, KOREA } from "../helpers/people";

const suite = portalAndBrowser();
const DENMARK = "mette.kjaergaard@um-denmark.example.org";
const FIRST = "The members [call on | urge] all parties to protect civilians.";

describe("negotiating a paragraph", () => {
  it("shows brackets, closes two amendments with a compromise and settles the bracket", async () => {
    const { portal, browser } = suite;
    const penholder = await newPage(browser, portal);
    await signIn(penholder, portal, GHANA);
    await penholder.goto("/statements/new");
    await penholder.getByLabel("Title", { exact: true }).fill("Joint statement on civilians in a negotiated text");
    const group = penholder.getByRole("group", { name: "Drafting group" });
    for (const member of ["Republic of Korea", "Denmark"]) await group.getByLabel(member, { exact: true }).check();
    await penholder.getByLabel("First text").fill(FIRST);
    await penholder.getByRole("button", { name: "Start the draft" }).click();
    await penholder.getByText("The draft has been started.").waitFor();
    const draftUrl = new URL(penholder.url()).pathname;
    // The bracket shows as brackets, and the paragraph counts as bracketed.
    await expectPage(penholder.locator(".alternatives")).toHaveText("[call on / urge]");
    await expectPage(
      penholder.getByText("1 paragraph — open: 0, bracketed: 1, agreed ad referendum: 0, agreed: 0."),
    ).toBeVisible();

    // Korea selects words in the text and suggests a change to just them.
    const korea = await newPage(browser, portal);
    await signIn(korea, portal, KOREA);
    await korea.goto(draftUrl);
    await waitForHydration(korea);
    await korea.evaluate((words) => {
      const text = document.querySelector("[data-paragraph]")!;
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(words);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + words.length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        document.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
        return;
      }
    }, "protect civilians");
    await korea.locator(".phrase-menu").getByRole("link", { name: "Suggest a change" }).click();
    await expectPage(korea.getByLabel("Words to change")).toHaveValue("protect civilians");
    await korea.getByLabel("Replace them with").fill("protect civilians without delay");
    await korea.getByLabel("Why change these words").fill("Stronger language.");
    await korea.getByRole("button", { name: "Suggest the change" }).click();
    await korea.getByText("Your amendment has been proposed to the group.").waitFor();
    await expectPage(korea.locator(".amendment ins").first()).toContainText("without delay");
    await expectAccessible(korea);
    await korea.close();

    // Denmark proposes its own wording of the whole paragraph.
    const denmark = await newPage(browser, portal);
    await signIn(denmark, portal, DENMARK);
    await denmark.goto(draftUrl);
    await denmark.getByRole("link", { name: "Amend or discuss, paragraph 1" }).click();
    await denmark
      .getByLabel("Proposed text")
      .fill("The members urge all parties to protect civilians and humanitarian workers.");
    await denmark.getByLabel("Rationale").fill("Stronger language.");
    await denmark.getByRole("button", { name: "Propose the amendment" }).click();
    await denmark.getByText("Your amendment has been proposed to the group.").waitFor();
    await denmark.close();

    // The penholder closes both with one compromise, confirmed.
    await penholder.goto(draftUrl);
    await penholder.getByRole("link", { name: "Amend or discuss, paragraph 1" }).click();
    const compromise = penholder.getByRole("region", { name: "Close competing amendments with a compromise" });
    await expectPage(compromise.getByRole("checkbox")).toHaveCount(2);
    await compromise
      .getByLabel("Compromise text")
      .fill("The members [call on | urge] all parties to protect civilians and humanitarian workers without delay.");
    await compromise.getByLabel("How the compromise answers them").fill("Both additions, in one sentence.");
    await confirmAct(penholder, portal, compromise.getByRole("button", { name: "Adopt the compromise" }));
    await penholder.getByText("The compromise is adopted and the amendments it closes are marked merged.").waitFor();
    await expectPage(penholder.getByText("Merged into the compromise")).toHaveCount(2);
    await expectPage(penholder.getByRole("link", { name: "See the compromise (version 2)" }).first()).toBeVisible();
    await expectAccessible(penholder);

    // Agreeing it is refused while the bracket is open; keeping "urge" settles it.
    await penholder.getByLabel("Paragraph status").selectOption({ label: "Agreed ad referendum" });
    await penholder.getByRole("button", { name: "Set the status" }).click();
    await expectPage(penholder.getByText("This paragraph still holds bracketed alternatives")).toBeVisible();
    await penholder.getByRole("button", { name: "Keep “urge”" }).click();
    await penholder.getByText("The alternative is kept: the text has a new version.").waitFor();
    await expectPage(penholder.locator(".card .markdown")).toHaveText(
      "The members urge all parties to protect civilians and humanitarian workers without delay.",
    );
    await penholder.getByLabel("Paragraph status").selectOption({ label: "Agreed ad referendum" });
    await penholder.getByRole("button", { name: "Set the status" }).click();
    await penholder.getByText("The paragraph's status has been set.").waitFor();
    await penholder.goto(draftUrl);
    await expectPage(
      penholder.getByText("1 paragraph — open: 0, bracketed: 0, agreed ad referendum: 1, agreed: 0."),
    ).toBeVisible();
    await expectAccessible(penholder);
  }, 120_000);
});
