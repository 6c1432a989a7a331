// In the browser: the secretariat finds a newly appointed focal point without a mentor on its overview,
// pairs her with an experienced focal point of her regional group, and both are told; the mentor sees
// her on his dashboard. On a phone's width, without JavaScript for the forms' sake.
import { describe, expect, it } from "vitest";
import { GHANA, SECRETARIAT } from "../helpers/people";
import { expectAccessible, newPage, portalAndBrowser } from "../helpers/portal";
import { lastEmailId, signIn, waitForEmail } from "./journeys";

const suite = portalAndBrowser();
const ALINE = "aline.uwase@minaffet-rwanda.example.org";

describe("pairing a newly appointed focal point", () => {
  it(
    "pairs her with a mentor of her region from the overview; both are told and see each other",
    {
      timeout: 120_000,
    },
    async () => {
      const since = await lastEmailId(suite.portal);
      const page = await newPage(suite.browser, suite.portal, { viewport: { width: 390, height: 844 } });
      await signIn(page, suite.portal, SECRETARIAT);
      await page.goto("/admin");
      await page.getByRole("link", { name: "Newly appointed focal points" }).click();
      await page.getByRole("heading", { name: "Newly appointed focal points", level: 1 }).waitFor();
      await page.getByLabel("Regional group").selectOption({ label: "African Group" });
      await page.getByRole("button", { name: "Apply" }).click();
      await page.waitForURL(/group=african/);
      await expectAccessible(page);

      await page.getByRole("link", { name: "Find a mentor for Aline Uwase" }).click();
      await page.getByRole("heading", { name: "Pair Aline Uwase with a mentor" }).waitFor();
      await page.getByLabel("Mentor").selectOption({ label: "Kwame Mensah (Ghana)" });
      await expectAccessible(page);
      await page.getByRole("button", { name: "Pair them" }).click();
      await page.getByText("The pairing is made: each person is told.").waitFor();
      await page
        .getByRole("row", { name: /Aline Uwase/ })
        .getByText("Mentor: Kwame Mensah")
        .waitFor();

      const toMentor = await waitForEmail(suite.portal, GHANA, since, "notification_paired_as_mentor");
      expect(toMentor.subject).toBe("You now mentor Aline Uwase (Rwanda), newly appointed");
      const toNewcomer = await waitForEmail(suite.portal, ALINE, since, "notification_paired_with_mentor");
      // Aline reads French.
      expect(toNewcomer.subject).toBe("Kwame Mensah (Ghana) est désormais votre mentor");

      const mentor = await newPage(suite.browser, suite.portal, { viewport: { width: 390, height: 844 } });
      await signIn(mentor, suite.portal, GHANA);
      const card = mentor.getByRole("region", { name: "Your pairings" });
      // Ghana's focal point already mentors a newcomer of the Democratic Republic of the Congo.
      const aline = card.getByRole("listitem").filter({ hasText: "Aline Uwase" });
      await aline.getByText("you mentor them").waitFor();
      await aline.getByRole("link", { name: ALINE }).waitFor();
      await expectAccessible(mentor);
    },
  );
});
