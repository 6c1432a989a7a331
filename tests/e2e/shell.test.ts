import { describe, expect, it } from "vitest";
import { expectAccessible, newPage, portalAndBrowser } from "../helpers/portal";
import { signIn, waitForHydration } from "./journeys";
import { KOREA } from "../helpers/people";

const suite = portalAndBrowser();

describe("the portal shell", () => {
  it("shows the seeded network on the dashboard and every section from the navigation", async () => {
    const page = await newPage(suite.browser, suite.portal);
    await signIn(page, suite.portal, KOREA);
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Dashboard" }).isVisible()).resolves.toBe(true);
    await expect(page.getByText("59 members").isVisible()).resolves.toBe(true);
    const groups = page.getByRole("table").getByRole("rowheader");
    expect(await groups.allTextContents()).toContain("Western European and Others Group (WEOG)");
    await expectAccessible(page);

    const nav = page.getByRole("navigation", { name: "Main" });
    for (const [link, heading] of [
      ["Calendar", "Calendar"],
      ["Statements", "Joint statements"],
      ["Manual", "Manual for R2P Focal Points"],
    ]) {
      await nav.getByRole("link", { name: link }).click();
      await page.getByRole("heading", { level: 1, name: heading }).waitFor();
      expect(await nav.getByRole("link", { name: link }).getAttribute("aria-current")).toBe("page");
      expect(await page.title()).toBe(`${heading} · R2P Focal Points`);
      await expectAccessible(page);
    }
    await nav.getByRole("link", { name: "Program of work" }).click();
    await page.getByRole("heading", { level: 2, name: "Benchmarks" }).waitFor();
    await nav.getByRole("link", { name: "Members" }).click();
    await page.getByRole("heading", { level: 2, name: "Western European and Others Group (WEOG)" }).waitFor();
    expect(await page.getByRole("link", { name: "Republic of Korea" }).isVisible()).toBe(true);
    await expectAccessible(page);
  });

  it("answers an unknown address with a friendly 404 page inside the shell", async () => {
    const page = await newPage(suite.browser, suite.portal);
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
    expect(await page.getByRole("link", { name: "Go to the dashboard" }).isVisible()).toBe(true);
    expect(await page.content()).not.toMatch(/\n\s+at /);
    await expectAccessible(page);
  });

  it("lets a keyboard user skip straight to the content", async () => {
    const page = await newPage(suite.browser, suite.portal);
    await page.goto("/login");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
  });

  it("switches to French from the header without JavaScript, and remembers it", async () => {
    const page = await newPage(suite.browser, suite.portal, { javaScriptEnabled: false });
    await page.goto("/login");
    await page.getByRole("group", { name: "Language" }).getByRole("button", { name: "Français" }).click();
    await page.getByRole("heading", { level: 1, name: "Se connecter" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
    await page.goto("/no-such-page");
    await page.getByRole("heading", { level: 1, name: "Page introuvable" }).waitFor();
  });

  it("follows the browser's language when nothing was chosen", async () => {
    const page = await newPage(suite.browser, suite.portal, { locale: "es-ES" });
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: "La Red Mundial de Puntos Focales R2P" }).waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("es");
  });

  it("fits a phone screen without sideways scrolling", async () => {
    const page = await newPage(suite.browser, suite.portal, { viewport: { width: 360, height: 740 }, isMobile: true });
    await signIn(page, suite.portal, KOREA);
    await page.goto("/members/republic-of-korea");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The header leaves most of the screen to the page; its menu scrolls sideways to the current page.
    expect((await page.locator("header").boundingBox())!.height).toBeLessThan(740 * 0.3);
    await waitForHydration(page);
    const members = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Members" });
    const inView = () =>
      members.evaluate((link) => {
        const menu = link.closest("ul")!.getBoundingClientRect();
        const item = link.getBoundingClientRect();
        return item.left >= menu.left && item.right <= menu.right;
      });
    await expect.poll(inView).toBe(true);
    await page.screenshot({ path: "test-results/member-phone.png", fullPage: true });
  });

  it("reports its health", async () => {
    const response = await fetch(`${suite.portal.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("ok\n");
  });

  it("keeps what was typed before the page's JavaScript arrived, on a slow link", async () => {
    const page = await newPage(suite.browser, suite.portal);
    await signIn(page, suite.portal, KOREA);
    let release!: () => void;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/build/**", async (route) => {
      await arrived;
      await route.continue();
    });
    // A drafting group's paragraph page: its amendment box starts with the paragraph's text.
    const paragraph = await suite.portal.database.db
      .selectFrom("statement_paragraphs as p")
      .innerJoin("statements as s", "s.id", "p.statement_id")
      .select(["p.id", "p.statement_id"])
      .where("s.stage", "=", "drafting")
      .where("p.removed_at", "is", null)
      .orderBy("p.statement_id")
      .orderBy("p.position")
      .executeTakeFirstOrThrow();
    // The page's scripts are held back, so it cannot finish loading: go on as soon as it shows.
    await page.goto(`/statements/${paragraph.statement_id}/paragraphs/${paragraph.id}`, { waitUntil: "commit" });
    const body = page.getByLabel("Proposed text");
    await body.fill("We trained our desk officers on the Framework of Analysis.");
    release();
    await waitForHydration(page);
    expect(await body.inputValue()).toBe("We trained our desk officers on the Framework of Analysis.");
  });
});
