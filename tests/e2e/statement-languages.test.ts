// Issue 23: a statement drafted in English gets its French version paragraph by paragraph, from the
// drafting group, beside the original; when the original changes, the version says so and shows what
// changed; once updated and published, the statement reads in French.
import { describe, expect, it } from "vitest";
import { expectAccessible, newPage, portalAndBrowser } from "../helpers/portal";
import { signIn } from "./journeys";
import { expectPage } from "../helpers/page-expect";
import { GHANA, JAPAN, KOREA } from "../helpers/people";

const suite = portalAndBrowser();
const TITLE = "Joint statement on early warning, in French too";
const FIRST = "We speak as focal points of the undersigned members of the Global Network.";
const SECOND = "We ask the Special Adviser to share early-warning assessments with the focal points.";
const FRENCH_FIRST = "Nous nous exprimons en tant que points focaux des membres soussignés du Réseau mondial.";
const FRENCH_SECOND =
  "Nous demandons au Conseiller spécial de partager ses évaluations d’alerte rapide avec les points focaux.";

describe("a statement's French version", () => {
  it("is filled beside the original, outdated by an edit with its diff, updated and read once published", async () => {
    const { portal, browser } = suite;
    const penholder = await newPage(browser, portal);
    await signIn(penholder, portal, GHANA);
    await penholder.goto("/statements/new");
    await penholder.getByLabel("Title", { exact: true }).fill(TITLE);
    const group = penholder.getByRole("group", { name: "Drafting group" });
    await group.getByLabel("Republic of Korea", { exact: true }).check();
    await penholder.getByLabel("First text").fill(`${FIRST}\n\n${SECOND}`);
    await penholder.getByRole("button", { name: "Start the draft" }).click();
    await penholder.getByText("The draft has been started.").waitFor();
    const draftUrl = new URL(penholder.url()).pathname;

    // Korea, in the drafting group, fills the French version of both paragraphs.
    const korea = await newPage(browser, portal);
    await signIn(korea, portal, KOREA);
    await korea.goto(draftUrl);
    await korea.getByRole("link", { name: "Languages" }).click();
    await expectPage(korea.getByRole("columnheader", { name: "Version (Français)" })).toBeVisible();
    for (const [number, text] of [
      [1, FRENCH_FIRST],
      [2, FRENCH_SECOND],
    ] as const) {
      await korea.getByLabel(`Paragraph ${number} in Français`).fill(text);
      await korea.getByRole("button", { name: `Save the version — Paragraph ${number}` }).click();
      await korea.getByText("The version was saved.").waitFor();
    }
    await expectPage(korea.getByText("2 of 2 paragraphs translated and up to date.")).toBeVisible();
    await expectAccessible(korea);

    // The penholder changes the original's second paragraph.
    await penholder.goto(draftUrl);
    await penholder.getByRole("link", { name: "Amend or discuss, paragraph 2" }).click();
    await penholder.getByText("Edit the paragraph directly").click();
    await penholder.getByLabel("Paragraph text").fill(SECOND.replace("assessments", "assessments in good time"));
    await penholder.getByRole("button", { name: "Save the paragraph" }).click();
    await penholder.getByText("The paragraph has been saved: a new version of the text is recorded.").waitFor();

    // Korea sees the French version outdated, with what changed in the original, and updates it.
    await korea.reload();
    const outdated = korea.locator(".notice-warning").filter({ hasText: "Translation outdated." });
    await expectPage(outdated).toBeVisible();
    await expectPage(outdated.locator("ins")).toContainText("in good time");
    await expectAccessible(korea);
    await korea
      .getByLabel("Paragraph 2 in Français")
      .fill(FRENCH_SECOND.replace("évaluations", "évaluations en temps utile"));
    await korea.getByRole("button", { name: "Update the version — Paragraph 2" }).click();
    await korea.getByText("The version was saved.").waitFor();
    await expectPage(korea.getByText("Translation outdated.")).toHaveCount(0);
    await expectPage(korea.getByText("2 of 2 paragraphs translated and up to date.")).toBeVisible();

    // Published (the way there is tests/e2e/statements.test.ts's journey), anyone reads it in French.
    const id = Number(draftUrl.split("/").pop());
    await portal.database.db
      .updateTable("statements")
      .set({ stage: "published", delivered_on: "2026-11-30", venue: "New York", published_at: new Date() })
      .where("id", "=", id)
      .execute();
    const reader = await newPage(browser, portal);
    await signIn(reader, portal, JAPAN);
    await reader.goto(draftUrl);
    const languages = reader.getByRole("navigation", { name: "Read the text in" });
    await expectPage(languages).toContainText("English | Français");
    await languages.getByRole("link", { name: "Français" }).click();
    const french = reader.locator('.paragraphs [lang="fr"]');
    await expectPage(french).toHaveCount(2);
    await expectPage(french.nth(1)).toContainText("évaluations en temps utile");
    await expectPage(reader.getByText(SECOND)).toHaveCount(0);
    expect(await reader.getByRole("link", { name: "Plain text" }).getAttribute("href")).toContain("?language=fr");
    await expectAccessible(reader);
  });
});
