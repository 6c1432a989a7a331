// In the browser: a French reader's directory names and sorts members as French does, their member
// page says "République de Corée", their export is separated by ";"; the secretariat corrects a
// member's Spanish name in its form and a Spanish reader sees it.
import { describe, expect, it } from "vitest";
import { SECRETARIAT } from "../helpers/people";
import { expectAccessible, newPage, portalAndBrowser } from "../helpers/portal";
import { signIn } from "./journeys";

const suite = portalAndBrowser();

const readsIn = (locale: "en" | "fr" | "es") =>
  suite.portal.database.db.updateTable("people").set({ locale }).where("name", "=", "Claire Hartley").execute();

describe("members named in the reader's language", () => {
  it("are listed, shown, exported and corrected in French and Spanish", { timeout: 120_000 }, async () => {
    const page = await newPage(suite.browser, suite.portal);
    await signIn(page, suite.portal, SECRETARIAT);
    await readsIn("fr");

    await page.goto("/members");
    const weog = page.getByRole("region", { name: /Europe occidentale/ });
    const names = await weog.getByRole("link").allInnerTexts();
    expect(names).toContain("États-Unis d'Amérique");
    expect(names).toEqual([...names].sort(new Intl.Collator("fr").compare));
    await page.getByRole("link", { name: "République de Corée" }).waitFor();
    await expectAccessible(page);
    await page.screenshot({ path: "/tmp/lang-names-directory-fr.png", fullPage: true });

    const csv = await (await page.request.get("/work/benchmarks.csv")).text();
    expect(csv.split("\r\n")[0]!.split(";")).toHaveLength(8);

    await page.getByRole("link", { name: "République de Corée" }).click();
    await page.getByRole("heading", { level: 1, name: "République de Corée" }).waitFor();
    await page.screenshot({ path: "/tmp/lang-names-member-fr.png", fullPage: true });

    await page.getByRole("link", { name: /Modifier les noms/ }).click();
    await page.getByLabel("Nom en espagnol").fill("");
    await page.getByRole("button", { name: "Enregistrer le membre" }).click();
    await page.getByText("Ce champ est obligatoire.").first().waitFor();
    await expectAccessible(page);
    await page.getByLabel("Nom en espagnol").fill("República de Corea (la)");
    await page.getByRole("button", { name: "Enregistrer le membre" }).click();
    await page.getByText("Le membre a été enregistré.").waitFor();

    await readsIn("es");
    await page.goto("/members");
    await page.getByRole("link", { name: "República de Corea (la)" }).waitFor();
  });
});
