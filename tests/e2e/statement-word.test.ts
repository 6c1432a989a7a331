// A member of the drafting group works on a draft in Word: downloads the compilation of the pending
// amendments, then sends back the draft with a tracked change, without JavaScript, and finds it proposed.
import { readFile } from "node:fs/promises";
import { unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { docxDocumentXml } from "../helpers/docx";
import { waitForHydration } from "./journeys";
import { expectPage } from "../helpers/page-expect";
import { KOREA } from "../helpers/people";
import { expectAccessible, newPage, portalAndBrowser, sessionCookieFor } from "../helpers/portal";

const suite = portalAndBrowser();

/** The draft as exported, with words added at the end of its first paragraph as Word tracks an insertion. */
function withTrackedInsertion(bytes: Uint8Array, words: string): Uint8Array {
  const files = unzipSync(bytes);
  const xml = new TextDecoder().decode(files["word/document.xml"]);
  const first = xml.indexOf(">1. </w:t>");
  const end = xml.indexOf("</w:p>", first);
  const changed =
    xml.slice(0, end) +
    `<w:ins w:id="900" w:author="Seoyeon Lee" w:date="2026-11-02T10:00:00Z">` +
    `<w:r><w:t xml:space="preserve"> ${words}</w:t></w:r></w:ins>` +
    xml.slice(end);
  expect(first).toBeGreaterThan(0);
  files["word/document.xml"] = new TextEncoder().encode(changed);
  return zipSync(files);
}

describe("a draft in Word", () => {
  it("gives the compilation as tracked changes and takes back a file with tracked changes as amendments", async () => {
    const { portal, browser } = suite;
    const korea = await newPage(browser, portal, { javaScriptEnabled: false, acceptDownloads: true });
    // Signed in by session (the sign-in itself is tested in sign-in.test.ts).
    const [name, value] = (await sessionCookieFor(portal, KOREA)).split("=") as [string, string];
    await korea.context().addCookies([{ name, value, url: portal.baseUrl }]);
    await korea.goto("/statements");
    await korea.getByRole("link", { name: /restraint in the use of the veto/ }).click();
    const draftUrl = new URL(korea.url()).pathname;

    const [compilation] = await Promise.all([
      korea.waitForEvent("download"),
      korea.getByRole("link", { name: "Compilation with amendments as tracked changes (.docx)" }).click(),
    ]);
    expect(compilation.suggestedFilename()).toMatch(/\.compilation\.docx$/);
    const compiled = docxDocumentXml(await readFile((await compilation.path())!));
    expect(compiled).toContain("Compilation: every pending amendment is shown as a tracked change");

    const exported = await korea.request.get(
      (await korea.getByRole("link", { name: "Download (.docx)" }).getAttribute("href"))!,
    );
    const file = withTrackedInsertion(new Uint8Array(await exported.body()), "Added in Word with tracked changes.");
    await korea.getByRole("link", { name: "Propose amendments from a Word file" }).click();
    await korea.getByRole("heading", { name: "Propose amendments from a Word file" }).waitFor();
    await expectPage(korea.getByText("at most 5 MB")).toBeVisible();
    await korea.getByLabel("Why these amendments").fill("Our capital's reading of the paragraph.");
    await korea.getByLabel("Word file (.docx)").setInputFiles({
      name: "veto-draft.docx",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      buffer: Buffer.from(file),
    });
    await korea.getByRole("button", { name: "Propose the amendments" }).click();
    await expectPage(korea.getByText("1 amendment proposed from your file.")).toBeVisible();
    expect(new URL(korea.url()).pathname).toBe(draftUrl);

    // A file that is not Word comes back with its reason next to the field, and what was typed.
    await korea.getByRole("link", { name: "Propose amendments from a Word file" }).click();
    await korea.getByLabel("Why these amendments").fill("A letter instead.");
    await korea.getByLabel("Word file (.docx)").setInputFiles({
      name: "letter.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.7 not Word"),
    });
    await korea.getByRole("button", { name: "Propose the amendments" }).click();
    await expectPage(korea.getByText("This is not a Word file (.docx).")).toBeVisible();
    await expectPage(korea.getByLabel("Why these amendments")).toHaveValue("A letter instead.");

    // The page as a browser with scripts reads it, checked for accessibility.
    const withScripts = await newPage(browser, portal);
    await withScripts.context().addCookies([{ name, value, url: portal.baseUrl }]);
    await withScripts.goto(`${draftUrl}/import`);
    await withScripts.getByRole("heading", { name: "Propose amendments from a Word file" }).waitFor();
    await waitForHydration(withScripts);
    await expectPage(withScripts.getByText("at most 5 MB")).toBeVisible();
    await expectAccessible(withScripts);
  });
});
