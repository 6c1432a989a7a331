// The dashboard's "needs your action" queue in Chromium: it leads the page, each item links to where
// the person acts, and what they have done leaves the queue, without JavaScript too (plain forms).
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible, newPage, portalAndBrowser, sessionCookieFor } from "../helpers/portal";
import { KOREA } from "../helpers/people";

const suite = portalAndBrowser();

/** Korea's focal point, signed in by session (the sign-in itself is tested in sign-in.test.ts). */
async function korea(javaScriptEnabled: boolean): Promise<Page> {
  const page = await newPage(suite.browser, suite.portal, { javaScriptEnabled });
  const [name, value] = (await sessionCookieFor(suite.portal, KOREA)).split("=") as [string, string];
  await page.context().addCookies([{ name, value, url: suite.portal.baseUrl }]);
  return page;
}

describe("needs your action", () => {
  it("leads Korea's dashboard, accessible", async () => {
    const page = await korea(true);
    await page.goto("/");
    const queue = page.getByRole("region", { name: "Needs your action" });
    await queue.waitFor();
    expect(await page.locator(".grid > section").first().getAttribute("aria-labelledby")).toBe("actions-heading");
    await queue.getByRole("heading", { level: 3, name: "Silence procedures in your drafting groups" }).waitFor();
    await queue.getByRole("heading", { level: 3, name: "Benchmark reports your member owes" }).waitFor();
    await expectAccessible(page);
  });

  it("takes a Global Call off the queue once answered from it, without JavaScript", async () => {
    const page = await korea(false);
    await page.goto("/");
    const calls = page.getByRole("list", { name: "Global Calls you have not answered" }).getByRole("link");
    await calls.first().waitFor();
    const first = (await calls.first().textContent()) ?? "";
    await calls.first().click();
    await page.getByRole("heading", { level: 1, name: first }).waitFor();
    await page.getByRole("radio", { name: "Attending", exact: true }).check();
    await page.getByRole("button", { name: "Send my answer" }).click();
    await page.getByText("Your answer: Attending.").waitFor();

    await page.goto("/");
    await calls.first().waitFor();
    expect(await calls.allTextContents()).not.toContain(first);
  });
});
