// Steps people take again and again in the end-to-end tests, done the way a person does them.
import type { Locator, Page } from "playwright-core";
import { pageReport, type Portal } from "../helpers/portal";

/** Waits for the newest outbox email to `email` that arrived after `since` (an email id). */
export async function waitForEmail(portal: Portal, email: string, sinceId = 0, purpose?: string, subject?: string) {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    let query = portal.database.db
      .selectFrom("emails")
      .selectAll()
      .where("recipient", "=", email)
      .where("id", ">", sinceId);
    if (purpose) query = query.where("purpose", "=", purpose);
    if (subject) query = query.where("subject", "=", subject);
    const row = await query.orderBy("id", "desc").executeTakeFirst();
    if (row) return row;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No email to ${email} arrived`);
}

export async function lastEmailId(portal: Portal): Promise<number> {
  const row = await portal.database.db
    .selectFrom("emails")
    .select((eb) => eb.fn.max("id").as("id"))
    .executeTakeFirst();
  return Number(row?.id ?? 0);
}

/** Asks for a link on /login and returns the link's address as the email gives it. */
export async function requestSignInLink(page: Page, portal: Portal, email: string): Promise<string> {
  const since = await lastEmailId(portal);
  await page.goto("/login");
  await page.getByLabel("Work email address").fill(email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await page.getByRole("heading", { level: 1, name: "Check your email" }).waitFor();
  const message = await waitForEmail(portal, email, since, "sign_in");
  const link = /https?:\/\/\S*\/login\/confirm\S*/.exec(message.text)?.[0];
  if (!link) throw new Error(`No sign-in link in: ${message.text}`);
  return link;
}

/** The whole sign-in: ask for a link, open it from the dev outbox, confirm (the page is then in their language). */
export async function signIn(page: Page, portal: Portal, email: string, signOutLabel = "Sign out") {
  await requestSignInLink(page, portal, email);
  await page.goto("/dev/outbox");
  await page
    .getByRole("link", { name: new RegExp(`/login/confirm \\(link for ${email.replace(/[.+]/g, "\\$&")}\\)`) })
    .first()
    .click();
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: signOutLabel }).waitFor();
}

/**
 * Does an act that asks for confirmation: clicks its button, then Confirm on the confirmation screen
 * (the dialog with JavaScript, the page without), first typing the step-up code emailed to `stepUpFor`
 * when the act is one of state and the session has not stepped up in the last ten minutes.
 */
export async function confirmAct(page: Page, portal: Portal, button: Locator, stepUpFor?: string) {
  const since = await lastEmailId(portal);
  await button.click();
  const screen = page.getByRole("dialog").or(page.locator(".confirmation-page"));
  await screen.waitFor();
  if (stepUpFor) {
    const message = await waitForEmail(portal, stepUpFor, since, "step_up_code");
    await screen.getByLabel("Code from the email").fill(/\b(\d{6})\b/.exec(message.text)![1]!);
  }
  await screen.getByRole("button", { name: "Confirm" }).click();
}

/** Moves the portal's clock through the /dev/clock page, as a developer would. */
export async function moveClock(page: Page, to: Date) {
  await page.goto("/dev/clock");
  await page.getByLabel("Move the clock to (ISO 8601)").fill(to.toISOString());
  await page.getByRole("button", { name: "Move the clock" }).click();
}

/**
 * Waits until the page's JavaScript has taken over: the header's "/" shortcut then focuses its search box
 * (named in the page's language).
 */
export async function waitForHydration(page: Page, searchLabel = "Search the portal") {
  const search = page.getByRole("searchbox", { name: searchLabel });
  const answered = async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press("/");
    return search.evaluate((element) => element === document.activeElement);
  };
  const deadline = Date.now() + 20_000;
  while (!(await answered())) {
    if (Date.now() > deadline) {
      const state = await page.evaluate(() => ({
        readyState: document.readyState,
        scripts: document.scripts.length,
        router: "__remixRouter" in window,
      }));
      throw new Error(
        `${page.url()} never answered "/" (${JSON.stringify(state)}). The browser reported:\n${pageReport(page)}`,
      );
    }
    await page.waitForTimeout(100);
  }
  await search.blur();
}
