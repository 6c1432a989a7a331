import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { resources } from "~/locales";
import { flatten } from "../../scripts/lib/i18n-check";
import { newPage, portalAndBrowser } from "../helpers/portal";
import { GHANA } from "../helpers/people";
import { lastEmailId, signIn, waitForEmail, waitForHydration } from "./journeys";

const suite = portalAndBrowser();

/** English UI text that French translates differently: none of it may show on a French page. */
function englishOnlyFragments(): string[] {
  const fragments = new Set<string>();
  for (const ns of Object.keys(resources.en) as (keyof typeof resources.en)[]) {
    if (ns === "emails") continue;
    const en = flatten(resources.en[ns]);
    const fr = flatten(resources.fr[ns]);
    for (const [key, text] of en) {
      if (fr.get(key) === text) continue;
      for (const part of text.split(/\{\{\s*\w+\s*\}\}/)) if (part.trim().length >= 12) fragments.add(part.trim());
    }
  }
  return [...fragments];
}

/** The page's own words: content marked with another language (an activity written in English) is left out. */
async function englishLeftOn(page: Page): Promise<string[]> {
  const pageLanguage = await page.locator("html").getAttribute("lang");
  let text = await page.locator("body").innerText();
  for (const content of await page.locator(`body [lang]:not([lang="${pageLanguage}"])`).allInnerTexts()) {
    text = text.replace(content, "");
  }
  // Whole words only: English "International" inside French "Internationale" is not a leak.
  const escape = (fragment: string) => fragment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return englishOnlyFragments().filter((fragment) =>
    new RegExp(`(?<!\\p{L})${escape(fragment)}(?!\\p{L})`, "u").test(text),
  );
}

/** Signing in with forms alone: the page posts, the link comes by email, the button confirms. */
async function signInWithoutJavaScript(page: Page, email: string, submitLabel: string, confirmLabel: string) {
  const since = await lastEmailId(suite.portal);
  await page.goto("/login");
  await page.getByRole("textbox", { name: /email|électronique|correo/i }).fill(email);
  await page.getByRole("button", { name: submitLabel }).click();
  const message = await waitForEmail(suite.portal, email, since, "sign_in");
  await page.goto(/https?:\/\/\S*\/login\/confirm\S*/.exec(message.text)![0]);
  await page.getByRole("button", { name: confirmLabel, exact: true }).click();
  await page.locator("form[action='/logout'] button").waitFor();
}

describe("the portal in French, Spanish and English", () => {
  it("switches to French from the header without JavaScript, everywhere, and keeps it across sign-in", async () => {
    const email = "seoyeon.lee@mofa-korea.example.org";
    const page = await newPage(suite.browser, suite.portal, { javaScriptEnabled: false });
    await signInWithoutJavaScript(page, email, "Email me a sign-in link", "Sign in");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect((await englishLeftOn(page)).length).toBeGreaterThan(0); // the check does see English

    await page.getByRole("button", { name: "Français" }).click();
    await page.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();

    for (const path of [
      "/",
      "/work",
      "/calendar",
      "/statements",
      "/manual",
      "/members",
      "/members/republic-of-korea",
      "/profile",
    ]) {
      await page.goto(path);
      expect(await page.locator("html").getAttribute("lang"), path).toBe("fr");
      expect(await englishLeftOn(page), path).toEqual([]);
    }
    expect(await page.getByText("Tableau de bord").first().isVisible()).toBe(true);

    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await page.getByRole("heading", { level: 1, name: "Se connecter" }).waitFor();
    expect(await englishLeftOn(page)).toEqual([]);

    const fresh = await newPage(suite.browser, suite.portal, { javaScriptEnabled: false, locale: "en-US" });
    await signInWithoutJavaScript(fresh, email, "Email me a sign-in link", "Sign in");
    await fresh.goto("/");
    // The profile remembers French even on a new browser that asks for English.
    await fresh.getByRole("heading", { level: 1, name: "Tableau de bord" }).waitFor();
    const person = await suite.portal.database.db
      .selectFrom("people")
      .innerJoin("User", "User.id", "people.user_id")
      .select("people.locale")
      .where("User.email", "=", email)
      .executeTakeFirstOrThrow();
    expect(person.locale).toBe("fr");
  });

  it("never shows a raw text key on a page reached in the app while its texts are still on their way", async () => {
    const page = await newPage(suite.browser, suite.portal);
    await signIn(page, suite.portal, GHANA);
    await page.goto("/manual");
    await waitForHydration(page);
    // Every key of every namespace ("stages.drafting"…): none may ever be on screen, even for a moment.
    const keys = [...new Set(Object.values(resources.en).flatMap((namespace) => [...flatten(namespace).keys()]))];
    await page.evaluate((keys) => {
      const known = new Set(keys);
      const seen: string[] = [];
      new MutationObserver(() => {
        for (const word of document.body.innerText.match(/[a-z][\w]*(\.[\w]+)+/gi) ?? [])
          if (known.has(word)) seen.push(word);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
      Object.assign(window, { rawKeysSeen: seen });
    }, keys);
    // The search page's texts (statements, calendar, program of work) arrive slowly, as on a poor connection.
    await page.route("**/locales/**", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 500));
      await route.continue();
    });
    const box = page.getByRole("searchbox", { name: "Search the portal" });
    await box.fill("early warning");
    await box.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Search" }).waitFor();
    await page.getByRole("region", { name: /Joint statements/ }).waitFor();
    expect(await page.evaluate(() => (window as unknown as { rawKeysSeen: string[] }).rawKeysSeen)).toEqual([]);
  });

  it("keeps what was being written when the language changes", async () => {
    const page = await newPage(suite.browser, suite.portal);
    await signIn(page, suite.portal, GHANA);
    await page.goto("/manual/best-practices/new");
    await waitForHydration(page);
    await page.getByLabel("Title").fill("District early-warning committees");
    await page.getByLabel("What your government did, and what worked").fill("We set up committees in every district.");
    await page.getByRole("banner").getByRole("button", { name: "Français" }).click();
    await page.getByRole("heading", { level: 1, name: "Proposer une bonne pratique" }).waitFor();
    await waitForHydration(page, "Rechercher dans le portail");
    expect(await page.getByLabel("Titre").inputValue()).toBe("District early-warning committees");
    expect(await page.getByLabel("Ce que votre gouvernement a fait, et ce qui a fonctionné").inputValue()).toBe(
      "We set up committees in every district.",
    );
    // Kept for that one change only: coming back later shows an empty form.
    await page.reload();
    await waitForHydration(page, "Rechercher dans le portail");
    expect(await page.getByLabel("Titre").inputValue()).toBe("");
  });

  it("sends the sign-in email in the recipient's language", async () => {
    const email = "francisca.araya@minrel-chile.example.org"; // prefers Spanish
    const since = await lastEmailId(suite.portal);
    const page = await newPage(suite.browser, suite.portal, { locale: "en-GB" });
    await page.goto("/login");
    await page.getByLabel("Work email address").fill(email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    const message = await waitForEmail(suite.portal, email, since, "sign_in");
    expect(message.subject).toBe(resources.es.emails.signIn.subject);
    expect(message.text).toContain("Francisca Araya Morales");
    expect(message.text).toContain(resources.es.emails.signIn.button);
    expect(message.html).toContain('lang="es"');
  });
});
