// Typing straight after a page appears, before its JavaScript has taken over, on every page with a
// form: the page must take over without an error (React error 345 was one) and keep what was typed.
// The pages come from the build's route manifest and a crawl of the portal's links, not from a list.
import { existsSync } from "node:fs";
import { matchRoutes, type AgnosticRouteObject } from "@remix-run/router";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { newPage, pageReport, portalAndBrowser, postForm, sessionCookieFor, type Portal } from "../helpers/portal";
import { KOREA, SECRETARIAT } from "../helpers/people";

const suite = portalAndBrowser();

interface ManifestRoute {
  id: string;
  parentId?: string;
  path?: string;
  index?: boolean;
  module: string;
}

/** The route tree of the running build, from the manifest every page links to. */
async function routeTree(portal: Portal): Promise<{ routes: AgnosticRouteObject[]; manifest: ManifestRoute[] }> {
  const html = await (await fetch(`${portal.baseUrl}/login`)).text();
  const file = /\/build\/manifest-[\w]+\.js/.exec(html)![0];
  const script = await (await fetch(portal.baseUrl + file)).text();
  const manifest = Object.values(
    (
      JSON.parse(script.slice(script.indexOf("{"), script.lastIndexOf("}") + 1)) as {
        routes: Record<string, ManifestRoute>;
      }
    ).routes,
  );
  const childrenOf = (parentId: string | undefined): AgnosticRouteObject[] =>
    manifest
      .filter((route) => route.parentId === parentId)
      .map((route) =>
        route.index
          ? { id: route.id, path: route.path, index: true }
          : { id: route.id, path: route.path, children: childrenOf(route.id) },
      );
  return { routes: childrenOf(undefined), manifest };
}

/** A page, not a download or an action alone: its module is a .tsx file (resource routes are .ts). */
const isPageRoute = (route: ManifestRoute) => route.id !== "root" && existsSync(`app/${route.id}.tsx`);

/** A field a person types text into, as the page was sent (before any script ran). */
const FIELD =
  "textarea:not([readonly]):not([disabled]), input:not([readonly]):not([disabled])" +
  ":is([type=text], [type=email], [type=search], [type=url], :not([type]))";
const TEXT_FIELD = `main :is(${FIELD})`;

function hasTextField(html: string): boolean {
  const main = html.slice(html.indexOf("<main"), html.lastIndexOf("</main>"));
  if (/<textarea\b/.test(main)) return true;
  return [...main.matchAll(/<input\b[^>]*>/g)].some(([tag]) =>
    ["text", "email", "search", "url"].includes(/\btype="([^"]*)"/.exec(tag)?.[1] ?? "text"),
  );
}

/**
 * Follows the links of the portal from its entry points, as one person sees it, visiting at most five
 * addresses per route (enough to find one that shows its form), and returns for each page route the
 * first address whose page holds a text field in its main part (or the last one visited).
 */
async function crawl(portal: Portal, cookie: string | null, entries: string[], routes: AgnosticRouteObject[]) {
  const visits = new Map<string, { url: string; hasTextField: boolean }>();
  const tries = new Map<string, number>();
  const queue = [...entries];
  const seen = new Set(queue);
  while (queue.length) {
    const url = queue.shift()!;
    const leaf = matchRoutes(routes, new URL(url, portal.baseUrl).pathname)?.at(-1)?.route.id;
    if (!leaf || (tries.get(leaf) ?? 0) >= 5 || visits.get(leaf)?.hasTextField) continue;
    tries.set(leaf, (tries.get(leaf) ?? 0) + 1);
    const response = await fetch(portal.baseUrl + url, {
      headers: cookie ? { Cookie: cookie } : {},
      redirect: "manual",
    });
    if (!response.headers.get("content-type")?.startsWith("text/html") || response.status !== 200) continue;
    const html = await response.text();
    visits.set(leaf, { url, hasTextField: hasTextField(html) });
    for (const [, href] of html.matchAll(/<a\b[^>]*\bhref="(\/[^"#]*)/g)) {
      const link = href!.replace(/&amp;/g, "&");
      if (!seen.has(link) && !link.startsWith("/build/")) {
        seen.add(link);
        queue.push(link);
      }
    }
  }
  return visits;
}

/** Scripts and texts arrive late and in no set order, as on a slow or busy connection. */
async function slowDownloads(page: Page) {
  await page.route(/\/(build|locales)\//, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 150 + Math.random() * 600));
    await route.continue();
  });
}

/** Long enough to go on being typed while the page's scripts arrive and take over. */
const TYPED = "Typed before the page took over, key after key";

async function typeBeforeHydration(page: Page, url: string): Promise<string[]> {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await slowDownloads(page);
  await page.goto(url, { waitUntil: "commit" });
  await page.locator(TEXT_FIELD).first().waitFor({ state: "attached" });
  // A form folded away (a file's "Attach" under its <details>) is opened by its summary, as a person would.
  const folded = page.locator("main details:not([open])").filter({ has: page.locator(FIELD) });
  if (!(await page.locator(TEXT_FIELD).first().isVisible())) await folded.first().locator("summary").click();
  const field = page.locator(TEXT_FIELD).filter({ visible: true }).first();
  await field.waitFor();
  await field.fill("");
  await field.pressSequentially(TYPED, { delay: 20 });
  // Taken over: React has claimed the field itself (the signed-out pages have no header to ask).
  await page.waitForFunction(
    (element) => Object.keys(element!).some((key) => key.startsWith("__reactFiber")),
    await field.elementHandle(),
    { timeout: 20_000 },
  );
  try {
    // A textarea's typed text is put back just after hydration (components/field.tsx): allow for it.
    await expect.poll(() => field.inputValue(), { timeout: 3_000 }).toBe(TYPED);
  } catch {
    errors.push(`the field kept ${JSON.stringify(await field.inputValue())}`);
  }
  return errors.map((error) => `${url}: ${error}`);
}

/** Reached from no link of the portal: each has its way in, and none of them has a text field. */
const REACHED_OTHERWISE = [
  "routes/$", // any address no route claims
  "routes/invitations.$token", // the link in an invitation email: one button
  "routes/unsubscribe.$token", // the link in an email's footer: one button
  "routes/rsvp.$token", // answering a Global Call from its email: one button (tests/e2e/calendar.test.ts)
  "routes/login_.confirm", // the sign-in link: one button
  "routes/login_.check-email", // after asking for a link
  "routes/login_.error", // after a link that no longer works
  // The secretariat's acts on one person (resend, revoke, deactivate): a page route only so that the
  // confirmation screen can render there; a GET is 404 (tests/e2e/sign-in.test.ts deactivates).
  "routes/admin.people.$id",
  "routes/about.join_.thanks", // after the public "How to join" form: no form
  // A focal point's page (the secretariat, who crawls here, is sent to its queue); its form is the same
  // text fields as every other, and tests/e2e/outreach.test.ts fills it in.
  "routes/ask._index",
  // Editing one's own post, within 30 minutes of posting: the secretariat's crawl holds none; its form
  // is one text like a reply's (tests/integration/channels.test.ts edits through it).
  "routes/discussions.posts.$id.edit",
  // Proposing amendments from a Word file: the drafting group's own page (the secretariat, who crawls
  // here, is refused it); its form is a file and one text (tests/e2e/statement-word.test.ts sends one).
  "routes/statements.$id_.import",
];

describe("typing before the page has taken over", () => {
  it("on every page with a form, raises no error and keeps what was typed", { timeout: 600_000 }, async () => {
    const { portal, browser } = suite;
    const { routes, manifest } = await routeTree(portal);
    const cookie = await sessionCookieFor(portal, SECRETARIAT);
    // A contribution awaiting review, so the page that revises one is there to find.
    const contributed = await postForm(
      portal,
      "/manual/best-practices/new",
      { title: "Briefing new desk officers", body: "Every new desk officer gets an hour on R2P.", language: "en" },
      { cookie: await sessionCookieFor(portal, KOREA) },
    );
    expect(contributed.status).toBe(302);
    const [signedIn, anonymous] = await Promise.all([
      crawl(
        portal,
        cookie,
        ["/", "/search?q=early+warning", "/dev/outbox", "/dev/clock", "/dev/emails", "/dev/floor"],
        routes,
      ),
      crawl(portal, null, ["/login"], routes),
    ]);

    const visited = new Set([...signedIn.keys(), ...anonymous.keys()]);
    const unreached = manifest.filter((route) => isPageRoute(route) && !visited.has(route.id)).map((route) => route.id);
    expect(unreached.sort(), "page routes the crawl did not reach").toEqual([...REACHED_OTHERWISE].sort());

    const forms = [
      ...[...signedIn.values()].filter((visit) => visit.hasTextField).map((visit) => ({ ...visit, cookie })),
      ...[...anonymous.values()].filter((visit) => visit.hasTextField).map((visit) => ({ ...visit, cookie: null })),
    ];
    expect(forms.length).toBeGreaterThan(15);

    // Three at a time, as a busy machine would have it: timings vary more, and the run takes less long.
    const problems: string[] = [];
    const typeInto = async (form: (typeof forms)[number]) => {
      const page = await newPage(browser, portal);
      if (form.cookie) {
        const [name, value] = form.cookie.split("=") as [string, string];
        await page.context().addCookies([{ name, value, url: portal.baseUrl }]);
      }
      try {
        problems.push(...(await typeBeforeHydration(page, form.url)));
      } catch (error) {
        problems.push(`${form.url}: ${(error as Error).message}\n${pageReport(page)}`);
      } finally {
        await page.context().close();
      }
    };
    for (let start = 0; start < forms.length; start += 3)
      await Promise.all(forms.slice(start, start + 3).map(typeInto));
    expect(problems).toEqual([]);
  });
});
