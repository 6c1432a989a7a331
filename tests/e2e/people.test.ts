// In the browser: a focal point finds a colleague by name without accents, adds them to their address
// book, downloads the network's contact list, and keeps their own phone out of it; the directory lists
// the secretariat; it all works on a phone's width.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { KOREA } from "../helpers/people";
import { expectAccessible, newPage, portalAndBrowser } from "../helpers/portal";
import { signIn } from "./journeys";

const suite = portalAndBrowser();

describe("the directory and the contact list", () => {
  it(
    "finds a person, adds them to an address book, and honours a person's choice to keep a phone out",
    {
      timeout: 120_000,
    },
    async () => {
      const page = await newPage(suite.browser, suite.portal, { viewport: { width: 390, height: 844 } });
      await signIn(page, suite.portal, KOREA);

      await page.goto("/members");
      await page.getByLabel("Search the directory").fill("Lefevre");
      await page.getByRole("button", { name: "Show members" }).click();
      await page.getByRole("status").filter({ hasText: "1 member" }).waitFor();
      await page.getByRole("link", { name: "France", exact: true }).click();
      await page.getByRole("heading", { name: "France", level: 1 }).waitFor();
      await expectAccessible(page);

      const [card] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: "Add Camille Lefèvre to your address book (vCard)" }).click(),
      ]);
      const vcard = await readFile((await card.path())!, "utf8");
      expect(vcard).toContain("FN:Camille Lefèvre");
      expect(vcard).toContain("TEL;TYPE=WORK,VOICE:+33 1 43 17 53 53");

      await page.goto("/members");
      await page.getByRole("heading", { name: "The secretariat" }).waitFor();
      await expect(
        page.getByRole("link", { name: "claire.hartley@secretariat.example.org" }).isVisible(),
      ).resolves.toBe(true);

      await page.goto("/profile");
      await page.getByLabel("Share my phone number with the network (member page and contact list)").uncheck();
      await page.getByRole("button", { name: "Save profile" }).click();
      await page.getByText("Your profile has been saved.").waitFor();

      await page.goto("/members");
      const [list] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("link", { name: "Contact list (spreadsheet, CSV)" }).click(),
      ]);
      const csv = await readFile((await list.path())!, "utf8");
      expect(csv).toContain("Lee Seo-yeon");
      expect(csv).toContain("Camille Lefèvre");
      expect(csv).not.toContain("+82 2 2100 2114");
    },
  );
});
