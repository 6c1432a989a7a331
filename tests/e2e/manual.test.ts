import { describe, expect, it } from "vitest";
import { expectAccessible, newPage, portalAndBrowser } from "../helpers/portal";
import { expectPage } from "../helpers/page-expect";
import { lastEmailId, signIn, waitForEmail, waitForHydration } from "./journeys";
import { GHANA, KOREA, SECRETARIAT } from "../helpers/people";

const suite = portalAndBrowser();
const TITLE = "An early-warning desk shared by three ministries";

describe("the manual and search", () => {
  it("searches from the header, forgiving typos, and lands on the highlighted section", async () => {
    const page = await newPage(suite.browser, suite.portal);
    await signIn(page, suite.portal, KOREA);
    await page.goto("/work");
    const box = page.getByRole("searchbox", { name: "Search the portal" });
    // The "/" shortcut focuses the header's search box (once the page's JavaScript is running).
    await waitForHydration(page);
    await page.keyboard.press("/");
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);
    await box.fill("Framwork of Analisys");
    await box.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Search" }).waitFor();
    await page.getByText("Showing results for “framework of analysis”.").waitFor();
    const sections = page.getByRole("region", { name: /Manual sections/ });
    const first = sections.getByRole("listitem").first();
    expect(await first.locator("mark").allInnerTexts()).toEqual(expect.arrayContaining(["Framework", "Analysis"]));
    await expectAccessible(page);

    // A result opens inside the running app (the list's plain links are routed in-app), not by reloading the document.
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await first.getByRole("link", { name: "The UN Framework of Analysis for Atrocity Crimes" }).click();
    await page.getByRole("heading", { level: 1, name: "The UN Framework of Analysis for Atrocity Crimes" }).waitFor();
    expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
    expect(await page.locator(".markdown mark").first().innerText()).toBe("Framework");
    await page.getByText("The words of your search are highlighted.").waitFor();
    await expectAccessible(page);
    // Previous / next through the manual, in reading order.
    await page
      .getByRole("navigation", { name: "Previous and next sections" })
      .getByRole("link", { name: /Regional early-warning systems/ })
      .click();
    await page.getByRole("heading", { level: 1, name: "Regional early-warning systems" }).waitFor();
  });

  it("lets the secretariat edit a section and see the word-level diff in its history", async () => {
    const page = await newPage(suite.browser, suite.portal);
    await signIn(page, suite.portal, SECRETARIAT);
    await page.goto("/manual");
    await page.getByRole("link", { name: "A compendium of tools" }).click();
    await page.getByRole("link", { name: "The Kigali Principles on the Protection of Civilians" }).click();
    await page.getByRole("link", { name: "Edit the section" }).click();
    await page.getByRole("heading", { level: 1, name: "Edit the section" }).waitFor();
    await expectAccessible(page);
    const body = page.getByLabel("Text", { exact: true });
    await body.fill((await body.inputValue()).replace("a concrete step", "a practical, concrete step"));
    await page.getByRole("button", { name: "Save the edit" }).click();
    await page.getByText("This field is required.").waitFor(); // the note saying what changed is required
    await page.getByLabel("What changed, in a few words").fill("Stressed that endorsing is practical");
    await page.getByRole("button", { name: "Save the edit" }).click();
    await page.getByText("Your edit has been saved as a new revision.").waitFor();
    expect(await page.locator(".markdown").innerText()).toContain("a practical, concrete step");

    await page.getByRole("link", { name: "History of this section" }).click();
    const latest = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Revision 2" }) });
    expect(await latest.innerText()).toContain("Stressed that endorsing is practical");
    expect(await latest.innerText()).toContain("By Claire Hartley");
    expect(await latest.locator("ins").allInnerTexts()).toEqual([expect.stringContaining("practical,")]);
    expect(await latest.locator("del").count()).toBe(0);
    await expectAccessible(page);
  });

  it(
    "takes a focal point's best practice, which the secretariat returns with a note, " + "then publishes once revised",
    async () => {
      const focalPoint = await newPage(suite.browser, suite.portal);
      await signIn(focalPoint, suite.portal, GHANA);
      await focalPoint.goto("/manual");
      await focalPoint.getByRole("link", { name: "Contribute a best practice" }).click();
      await expectAccessible(focalPoint);
      await focalPoint.getByLabel("Title").fill(TITLE);
      await focalPoint
        .getByLabel("What your government did, and what worked")
        .fill(
          "**What we did.** One desk, staffed by foreign affairs, defence and interior.\n\n<script>alert(1)</script>",
        );
      await focalPoint.getByRole("group", { name: "Tags" }).getByLabel("Early warning").check();
      await focalPoint.getByRole("button", { name: "Send for review" }).click();
      await focalPoint
        .getByText("Thank you: your best practice has been sent to the secretariat for review.")
        .waitFor();
      expect(await focalPoint.locator(".markdown script").count()).toBe(0);
      const url = focalPoint.url().replace(/\?.*/, "");

      // Before publication another member neither finds nor opens it.
      const other = await newPage(suite.browser, suite.portal);
      await signIn(other, suite.portal, KOREA);
      expect((await other.goto(url))!.status()).toBe(404);
      await other.goto("/search?q=ministries+desk");
      expect(await other.getByRole("link", { name: /early-warning desk/ }).count()).toBe(0);

      const secretariat = await newPage(suite.browser, suite.portal);
      await signIn(secretariat, suite.portal, SECRETARIAT);
      await secretariat.goto("/manual/best-practices");
      await secretariat
        .getByRole("region", { name: "Waiting for your review" })
        .getByRole("link", { name: TITLE })
        .click();
      await expectAccessible(secretariat);
      // Returned, it says what to change: the note is asked for first.
      const beforeReturn = await lastEmailId(suite.portal);
      await secretariat.getByRole("button", { name: "Return to the member" }).click();
      await secretariat.getByText("Say what the member should add or change: it is all they will see.").waitFor();
      await secretariat.getByLabel("Note to the member").fill("Say what worked, in a sentence or two.");
      await secretariat.getByRole("button", { name: "Return to the member" }).click();
      await secretariat.getByText("The best practice has been returned to its member with your note.").waitFor();

      // The focal point who contributed it is told, by email and in their notifications, which lead to it.
      const returned = await waitForEmail(suite.portal, GHANA, beforeReturn, "notification_best_practice_returned");
      expect(returned.subject).toBe(`The secretariat returned your best practice “${TITLE}” with a note`);
      expect(returned.text).toContain(url);
      await focalPoint.goto("/notifications");
      await focalPoint
        .getByRole("link", { name: `The secretariat returned your best practice “${TITLE}” with a note` })
        .click();
      await expectPage(focalPoint).toHaveURL(url);
      await expectPage(focalPoint.getByText("Say what worked, in a sentence or two.", { exact: false })).toBeVisible();
      await expectAccessible(focalPoint);
      await focalPoint.getByRole("link", { name: "Revise it" }).click();
      await focalPoint.getByRole("heading", { level: 1, name: "Revise the best practice" }).waitFor();
      await expectAccessible(focalPoint);
      const body = focalPoint.getByLabel("What your government did, and what worked");
      await body.fill(`${await body.inputValue()}\n\n**What worked.** One shared picture of the risks, every week.`);
      await focalPoint.getByRole("button", { name: "Send for review again" }).click();
      await focalPoint.getByText("Your revised best practice has been sent to the secretariat for review.").waitFor();
      await focalPoint.getByText("One shared picture of the risks, every week.").waitFor();

      // Sent again, it waits on the secretariat's dashboard, counted, linking to it.
      await secretariat.goto("/");
      const waiting = secretariat.getByRole("region", { name: "Waiting for your review" });
      await expectPage(waiting.getByRole("heading", { name: "1 best practice submitted" })).toBeVisible();
      await expectAccessible(secretariat);
      await waiting.getByRole("link", { name: TITLE }).click();
      const beforePublication = await lastEmailId(suite.portal);
      await secretariat.getByRole("button", { name: "Publish in the manual" }).click();
      await secretariat.getByText("The best practice is published in the manual.").waitFor();
      const published = await waitForEmail(
        suite.portal,
        GHANA,
        beforePublication,
        "notification_best_practice_published",
      );
      expect(published.subject).toBe(`Your best practice “${TITLE}” is published in the manual`);
      await focalPoint.goto("/notifications");
      await expectPage(
        focalPoint.getByRole("link", { name: `Your best practice “${TITLE}” is published in the manual` }),
      ).toBeVisible();
      await secretariat.goto("/");
      await expectPage(
        secretariat
          .getByRole("region", { name: "Waiting for your review" })
          .getByText("No best practice waits for review."),
      ).toBeVisible();

      await other.goto("/search?q=ministries+desk");
      await other
        .getByRole("region", { name: /Best practices/ })
        .getByRole("link", { name: TITLE })
        .waitFor();
      await other.goto("/members/ghana");
      await other
        .getByRole("region", { name: "Best practices contributed" })
        .getByRole("link", { name: TITLE })
        .waitFor();
    },
    // Three people through a whole review loop, with its emails: longer than one page's test.
    120_000,
  );
});
