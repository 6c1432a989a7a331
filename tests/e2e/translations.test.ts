import { describe, expect, it } from "vitest";
import { expectAccessible, newPage, portalAndBrowser } from "../helpers/portal";
import { SECRETARIAT } from "../helpers/people";
import { signIn } from "./journeys";

const suite = portalAndBrowser();
const BENCHMARK = "40 members have held a training on atrocity risk factors";
const FRENCH_TITLE = "Quarante membres ont organisé une formation aux facteurs de risque d’atrocités";
/** Belgium's focal point, who reads the portal in French. */
const BELGIUM = "olivier.dumont@diplomatie-belgium.example.org";

describe("translated content", () => {
  it(
    "lets the secretariat translate a benchmark into French, which a French focal point then reads, " +
      "until the original changes and the page says the translation is outdated",
    async () => {
      const secretariat = await newPage(suite.browser, suite.portal);
      await signIn(secretariat, suite.portal, SECRETARIAT);
      await secretariat.goto("/work");
      await secretariat.getByRole("link", { name: BENCHMARK }).first().click();
      await secretariat.getByRole("heading", { level: 1, name: BENCHMARK }).waitFor();
      await secretariat.getByRole("link", { name: "Translate" }).click();
      await secretariat.getByRole("heading", { level: 1, name: `Translate: ${BENCHMARK}` }).waitFor();
      await expectAccessible(secretariat);
      const title = secretariat.getByLabel("Title in French");
      // The seeded French title is there to revise.
      expect(await title.inputValue()).toBe(
        "40 membres ont organisé une formation sur les facteurs de risque d’atrocités",
      );
      // Bad input comes back with a message next to the field, and what was typed is kept.
      await title.fill("Quarante membres\u0001");
      await secretariat.getByRole("button", { name: "Save the translation" }).click();
      await secretariat.getByText("Remove the invisible control character from this text.").waitFor();
      expect(await secretariat.getByLabel("Title in French").inputValue()).toBe("Quarante membres\u0001");
      await secretariat.getByLabel("Title in French").fill(FRENCH_TITLE);
      await secretariat.getByRole("button", { name: "Save the translation" }).click();
      await secretariat.getByText("The translation is saved.").waitFor();

      const reader = await newPage(suite.browser, suite.portal);
      await signIn(reader, suite.portal, BELGIUM, "Se déconnecter");
      const address = new URL(secretariat.url()).pathname.replace(
        /^\/translate\/benchmark\/(\d+)$/,
        "/work/benchmarks/$1",
      );
      await reader.goto(address);
      const heading = reader.getByRole("heading", { level: 1, name: FRENCH_TITLE });
      await heading.waitFor();
      expect(await heading.getAttribute("lang")).toBe("fr");
      await reader.getByText("Traduction (original en anglais).").waitFor();
      await expectAccessible(reader);

      // The original changes: the French page says its translation is outdated and what changed.
      const id = Number(address.split("/").pop());
      await suite.portal.database.db
        .updateTable("benchmarks")
        .set({ title: "40 members have held a training on atrocity risk factors this year" })
        .where("id", "=", id)
        .execute();
      await reader.reload();
      await reader.getByText("Traduction à mettre à jour :").waitFor();
      await expectAccessible(reader);
      await reader.getByRole("link", { name: "Voir ce qui a changé" }).click();
      await reader.getByRole("heading", { level: 1, name: /^Ce qui a changé dans l’original/ }).waitFor();
      expect(await reader.locator("ins").allInnerTexts()).toEqual([expect.stringContaining("this year")]);
      await expectAccessible(reader);

      // A manual section of the first chapter, in French.
      await reader.goto("/manual/the-role/what-a-focal-point-is-for");
      await reader.getByRole("heading", { level: 1, name: "À quoi sert un point focal" }).waitFor();
      expect(await reader.locator(".markdown").getAttribute("lang")).toBe("fr");
      await reader.screenshot({ path: "/tmp/lang-content-manual-fr.png", fullPage: true });
    },
    // Two people sign in and the secretariat's form goes round twice.
    90_000,
  );

  it("lists titles in the reader's language: the dashboard, the calendar and the manual's contents", async () => {
    const reader = await newPage(suite.browser, suite.portal);
    await signIn(reader, suite.portal, BELGIUM, "Se déconnecter");
    // The dashboard: running benchmarks and the next events, each event's time said to be the reader's.
    await reader.goto("/");
    const mapping = "La moitié du réseau a recensé ses mécanismes nationaux de prévention";
    const benchmark = reader.getByRole("link", { name: mapping }).first();
    await benchmark.waitFor();
    expect(await benchmark.getAttribute("lang")).toBe("fr");
    const upcoming = reader.getByRole("region", { name: "Prochains événements" });
    const call = upcoming.getByRole("link", { name: /^Appel mondial : / }).first();
    await call.waitFor();
    expect(await call.getAttribute("lang")).toBe("fr");
    await upcoming
      .getByText(/à votre heure/)
      .first()
      .waitFor();

    await reader.goto("/calendar?view=agenda");
    await reader
      .getByRole("link", { name: /^Appel mondial : / })
      .first()
      .waitFor();

    // The manual's contents, a chapter, its print view and a section's breadcrumb.
    await reader.goto("/manual");
    const chapter = reader.getByRole("link", { name: "Le rôle d’un point focal R2P" });
    expect(await chapter.getAttribute("lang")).toBe("fr");
    await reader
      .getByText("À quoi sert un point focal, et comment ce rôle s’inscrit au sein d’un ministère.")
      .waitFor();
    await chapter.click();
    await reader.getByRole("heading", { level: 1, name: "Le rôle d’un point focal R2P" }).waitFor();
    await reader
      .getByRole("navigation", { name: "Sections" })
      .getByRole("link", { name: "À quoi sert un point focal" })
      .waitFor();
    await expectAccessible(reader);
    await reader.goto("/manual/the-role/print");
    await reader.getByRole("heading", { level: 2, name: "À quoi sert un point focal" }).waitFor();
    await reader.goto("/manual/the-role/what-a-focal-point-is-for");
    await reader
      .getByRole("navigation", { name: "Vous êtes ici" })
      .getByRole("link", { name: "Le rôle d’un point focal R2P" })
      .waitFor();

    // The secretariat translates a chapter from its page.
    const secretariat = await newPage(suite.browser, suite.portal);
    await signIn(secretariat, suite.portal, SECRETARIAT);
    await secretariat.goto("/manual/handover");
    await secretariat.getByRole("link", { name: "Translate" }).click();
    await secretariat.getByLabel("Summary in French").waitFor();
  }, 90_000);
});
