// In the browser: a focal point follows "Download my data" from their profile, reads what the portal
// holds about them, section by section, on a phone's width, and downloads it as a JSON file.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { expectPage } from "../helpers/page-expect";
import { KOREA } from "../helpers/people";
import { expectAccessible, newPage, portalAndBrowser } from "../helpers/portal";
import { signIn } from "./journeys";

const suite = portalAndBrowser();

describe("download my data", () => {
  it("is reached from the profile, reads as a page and downloads as a file", { timeout: 120_000 }, async () => {
    const page = await newPage(suite.browser, suite.portal, { viewport: { width: 390, height: 844 } });
    await signIn(page, suite.portal, KOREA);

    await page.goto("/profile");
    await page.getByRole("heading", { name: "Your data", level: 2 }).waitFor();
    await page.getByRole("link", { name: "Download my data" }).click();
    await page.getByRole("heading", { name: "Your data", level: 1 }).waitFor();
    await expectPage(page.getByRole("heading", { name: "Profile", level: 2 })).toBeVisible();
    await expectPage(page.getByRole("heading", { name: "Amendments you proposed", level: 2 })).toBeVisible();
    await expectPage(page.getByRole("heading", { name: "What is left out, and why", level: 2 })).toBeVisible();
    await expectPage(page.getByRole("table", { name: "Where you are signed in (sessions)" })).toBeVisible();
    await expectAccessible(page);

    const link = page.getByRole("link", { name: "Download as JSON" });
    await expectPage(link).toHaveAttribute("href", "/profile/data.json");
    await expectPage(link).toHaveAttribute("download", "");
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(download.suggestedFilename()).toMatch(/^r2p-my-data-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await readFile((await download.path())!, "utf8"));
    expect(file.profile.email).toBe(KOREA);
    expect(file.sessions.length).toBeGreaterThan(0);
  });
});
