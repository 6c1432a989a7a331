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
});
