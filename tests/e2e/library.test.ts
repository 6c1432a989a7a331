// The document library in the browser: the secretariat attaches a translation to a manual section,
// a focal point finds it in search and downloads it; a focal point outside a situation group never
// reaches the group's briefing note; the annual meeting shows its outcome document and recommendations.
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { simplePdf } from "../../db/seed-data/documents";
import { JAPAN, KOREA, SECRETARIAT } from "../helpers/people";
import { expectPage } from "../helpers/page-expect";
import { expectAccessible, newPage, portalAndBrowser } from "../helpers/portal";
import { signIn } from "./journeys";

const suite = portalAndBrowser();

describe("the document library", () => {
  it("takes a file on a section page, finds it in search and downloads it; refuses a disguised file", async () => {
    const pdf = path.join(tmpdir(), `marco-de-analisis-${process.pid}.pdf`);
    await writeFile(pdf, simplePdf("Marco de Análisis", ["Traducción al español"]));
    const fake = path.join(tmpdir(), `fake-${process.pid}.pdf`);
    await writeFile(fake, "<html><script>alert(1)</script></html>");

    const secretariat = await newPage(suite.browser, suite.portal);
    await signIn(secretariat, suite.portal, SECRETARIAT);
    await secretariat.goto("/manual/tools/framework-of-analysis");
    const files = secretariat.getByRole("region", { name: "Files" });
    await files.getByText("Attach a file").click();
    await files.getByLabel("Title").fill("Marco de Análisis de Crímenes Atroces (traducción)");
    await files.getByLabel("Language").selectOption("es");
    await files.getByLabel("Description").fill("La traducción española para la formación de diplomáticos.");
    await files.getByLabel("File", { exact: true }).setInputFiles(fake);
    await files.getByRole("button", { name: "Upload" }).click();
    // Refused next to the field, on the upload page, with everything typed kept.
    await secretariat.getByText("This kind of file is not taken").waitFor();
    expect(await secretariat.getByLabel("Title").inputValue()).toBe(
      "Marco de Análisis de Crímenes Atroces (traducción)",
    );
    await expectAccessible(secretariat);
    await secretariat.getByLabel("File", { exact: true }).setInputFiles(pdf);
    await secretariat.getByRole("button", { name: "Upload" }).click();
    await secretariat
      .getByRole("heading", { level: 1, name: "The UN Framework of Analysis for Atrocity Crimes" })
      .waitFor();
    await secretariat.getByRole("link", { name: "Marco de Análisis de Crímenes Atroces (traducción)" }).waitFor();

    const korea = await newPage(suite.browser, suite.portal);
    await signIn(korea, suite.portal, KOREA);
    await korea.goto("/search?q=traducci%C3%B3n+formaci%C3%B3n+diplom%C3%A1ticos");
    const results = korea.getByRole("region", { name: /Library files/ });
    const download = korea.waitForEvent("download");
    await results.getByRole("link", { name: /Marco de Análisis de Crímenes Atroces/ }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(path.basename(pdf));
    await korea.goto("/library?language=es");
    await korea.getByRole("link", { name: "Marco de Análisis de Crímenes Atroces (traducción)" }).waitFor();
    await expectAccessible(korea);
  });

  it("shows a group's briefing note to its members only", async () => {
    const korea = await newPage(suite.browser, suite.portal);
    await signIn(korea, suite.portal, KOREA);
    await korea.goto("/library?kind=situation_group");
    const note = korea.getByRole("link", { name: "Briefing note: early-warning indicators in the tri-border area" });
    const href = await note.getAttribute("href");
    expect(href).toMatch(/^\/library\/\d+$/);

    const japan = await newPage(suite.browser, suite.portal);
    await signIn(japan, suite.portal, JAPAN);
    await japan.goto("/library?kind=situation_group");
    await japan.getByText("No files match these filters.").waitFor();
    const refused = await japan.request.get(href!);
    expect(refused.status()).toBe(404);
  });

  it("shows an annual meeting's outcome document and the program of work answering its recommendations", async () => {
    const page = await newPage(suite.browser, suite.portal);
    await signIn(page, suite.portal, JAPAN);
    await page.goto("/work");
    await page.getByRole("link", { name: "The annual meetings and their recommendations" }).click();
    await page.getByRole("link", { name: "Sixth annual meeting of the Global Network of R2P Focal Points" }).click();
    await page.getByText("Hosted by Republic of Korea in Seoul").waitFor();
    await page
      .getByRole("region", { name: "Outcome document" })
      .getByRole("link", { name: "Summary of the Sixth Annual Meeting (outcome document)" })
      .waitFor();
    const recommendations = page.getByRole("region", { name: "Recommendations" });
    await recommendations
      .getByRole("link", { name: "Translate the UN Framework of Analysis for Atrocity Crimes into national languages" })
      .waitFor();
    expect(await page.getByRole("button", { name: /Remove recommendation/ }).count()).toBe(0);
    await expectAccessible(page);
  });

  it("records a meeting, its host found among the members by typing its name", async () => {
    const page = await newPage(suite.browser, suite.portal);
    await signIn(page, suite.portal, SECRETARIAT);
    await page.goto("/annual-meetings/new");
    await page.getByLabel("Title").fill("Seventh annual meeting of the Global Network of R2P Focal Points");
    await page.getByLabel("First day").fill("2027-06-14");
    await page.getByLabel("Last day").fill("2027-06-15");
    const filter = page.getByRole("searchbox", { name: "Filter the list" });
    await filter.fill("ghan");
    await expectPage(page.getByRole("status").filter({ hasText: "shown" })).toHaveText(/^1 of \d+ shown$/);
    await filter.press("Enter");
    await expectPage(page.getByRole("listbox", { name: "Host member" })).toHaveValue("ghana");
    await page.getByLabel("City").fill("Accra");
    await page.screenshot({ path: "/tmp/meeting-host-picker.png", fullPage: true });
    await page.getByRole("button", { name: "Record the meeting" }).click();
    await page.getByText("The meeting is recorded.").waitFor();
    await page.getByText("Hosted by Ghana in Accra").waitFor();
    await expectAccessible(page);
  });
});
