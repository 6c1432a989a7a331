// The one confirmation screen in Chromium: a dialog over the page with JavaScript (focus inside it,
// Escape or Cancel leaves the act undone and focus on its button), a page of its own without, where an
// act of state also asks for the emailed step-up code. Both are checked with axe.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { expectAccessible, newPage, portalAndBrowser, sessionCookieFor } from "../helpers/portal";
import { expectPage } from "../helpers/page-expect";
import { JAPAN, SECRETARIAT } from "../helpers/people";
import { confirmAct, waitForEmail, waitForHydration } from "./journeys";

const suite = portalAndBrowser();

async function signedIn(email: string, javaScriptEnabled: boolean): Promise<Page> {
  const page = await newPage(suite.browser, suite.portal, { javaScriptEnabled });
  page.setDefaultTimeout(10_000);
  const [name, value] = (await sessionCookieFor(suite.portal, email)).split("=") as [string, string];
  await page.context().addCookies([{ name, value, url: suite.portal.baseUrl }]);
  return page;
}

/** The address of a scheduled event still to come, which the secretariat may cancel. */
async function upcomingEvent(skip: number): Promise<string> {
  const events = await suite.portal.database.db
    .selectFrom("events")
    .select("id")
    .where("status", "=", "scheduled")
    .where("starts_at", ">", new Date())
    .orderBy("starts_at")
    .limit(skip + 1)
    .execute();
  return `/calendar/${events[skip]!.id}`;
}

/** Sends the form of `button` as a browser without JavaScript would, past the dialog. */
async function submitWithoutDialog(page: Page, button: string) {
  await page.getByRole("button", { name: button }).evaluate((element) => {
    HTMLFormElement.prototype.submit.call((element as HTMLButtonElement).form!);
  });
}

describe("the confirmation screen", () => {
  it("is a dialog with JavaScript: focus moves into it, and Cancel or Escape leaves the act undone", async () => {
    const page = await signedIn(SECRETARIAT, true);
    await page.goto(await upcomingEvent(0));
    await waitForHydration(page);
    const button = page.getByRole("button", { name: "Cancel the event" });
    await button.click();
    const dialog = page.getByRole("dialog", { name: "Cancel this event?" });
    await dialog.waitFor();
    await expectPage(dialog).toContainText("Everyone invited is told that the event is cancelled");
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await expectAccessible(page);

    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
    await button.click();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "detached" });
    await expectPage(page.getByText("Cancelled", { exact: true })).toHaveCount(0);

    await page.setViewportSize({ width: 390, height: 844 });
    await button.click();
    await dialog.waitFor();
    await page.screenshot({ path: "/tmp/confirmation-dialog-phone.png" });
    await dialog.getByRole("button", { name: "Confirm" }).click();
    await page.getByText("The event is cancelled.", { exact: false }).waitFor();
  });

  // axe needs the page's JavaScript: the pages a browser without it gets, reached past the dialog.
  it("is accessible as a page, with and without the step-up's code", async () => {
    const page = await signedIn(SECRETARIAT, true);
    await page.goto(await upcomingEvent(2));
    await waitForHydration(page);
    await submitWithoutDialog(page, "Cancel the event");
    await page.getByRole("heading", { level: 1, name: "Cancel this event?" }).waitFor();
    await expectAccessible(page);

    await page.goto("/members/ghana/handover");
    await page.getByLabel("Successor's full name").fill("Abena Boateng");
    await page.getByLabel("Successor's work email").fill("abena.boateng@mfa-ghana.example.org");
    await submitWithoutDialog(page, "Invite the successor");
    await page.getByRole("heading", { level: 1, name: "Hand over this seat?" }).waitFor();
    await page.getByLabel("Code from the email").waitFor();
    await expectAccessible(page);
  });

  it("is a page of its own without JavaScript, carrying the form, and Cancel goes back", async () => {
    const page = await signedIn(SECRETARIAT, false);
    const event = await upcomingEvent(1);
    await page.goto(event);
    await page.getByRole("button", { name: "Cancel the event" }).click();
    await page.getByRole("heading", { level: 1, name: "Cancel this event?" }).waitFor();
    await page.getByRole("link", { name: "Cancel" }).click();
    await page.waitForURL((url) => url.pathname === event);
    await expectPage(page.getByRole("button", { name: "Cancel the event" })).toBeVisible();

    await confirmAct(page, suite.portal, page.getByRole("button", { name: "Cancel the event" }));
    await page.getByText("The event is cancelled.", { exact: false }).waitFor();
  });

  it("asks without JavaScript for the emailed code before an act of state, refusing a wrong one", async () => {
    const page = await signedIn(JAPAN, false);
    await page.goto("/members/japan/handover");
    await page.getByLabel("Successor's full name").fill("Sato Kenji");
    await page.getByLabel("Successor's work email").fill("kenji.sato@mofa-japan.example.org");
    await page.getByLabel("Now (they are signed out at once)").check();
    await page.getByRole("button", { name: "Invite the successor" }).click();
    const screen = page.locator(".confirmation-page");
    await page.getByRole("heading", { level: 1, name: "Hand over this seat?" }).waitFor();
    await expectPage(screen).toContainText("We emailed you a 6-digit code");
    // The page keeps its shell: still signed in, in the person's language.
    await expectPage(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    const email = await waitForEmail(suite.portal, JAPAN, 0, "step_up_code");
    const code = /\b(\d{6})\b/.exec(email.text)![1]!;
    await page.getByLabel("Code from the email").fill(String((Number(code) + 1) % 1_000_000).padStart(6, "0"));
    await page.getByRole("button", { name: "Confirm" }).click();
    await page.getByText("This code is not right.", { exact: false }).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: "/tmp/confirmation-page-phone.png", fullPage: true });

    // The code emailed with the first answer still works (a wrong try does not spend it).
    await page.getByLabel("Code from the email").fill(code);
    await page.getByRole("button", { name: "Confirm" }).click();
    await page.waitForURL((url) => url.pathname === "/login");
  });
});
