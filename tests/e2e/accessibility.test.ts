// WCAG 2.2 AA, as a person with a screen reader or a keyboard meets the portal: what the automated audits
// check (axe on every page, in three languages) and what they cannot (focus, names, one-step choices).
import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CRAWL_ROLES, crawl, routeManifest, signInRoles, type SignedInRole } from "../helpers/crawler";
import { expectPage } from "../helpers/page-expect";
import { GHANA, KOREA } from "../helpers/people";
import { newPage, portalAndBrowser, sessionCookieFor } from "../helpers/portal";
import { lastEmailId, waitForEmail, waitForHydration } from "./journeys";

const suite = portalAndBrowser();

const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** The serious and critical WCAG 2.2 AA failures axe finds on the page as it is now. */
async function wcagFailures(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    // "Label in name" (2.5.3) is still experimental in axe, so off unless asked for.
    .options({ rules: { "label-content-name-mismatch": { enabled: true } } })
    .withTags(WCAG_22_AA)
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`);
}

/** Presses Tab (and only Tab) until `target` has the focus; fails if it never comes. */
async function tabTo(page: Page, target: Locator, most = 200) {
  const element = await target.elementHandle({ timeout: 10_000 });
  for (let presses = 0; presses < most; presses++) {
    await page.keyboard.press("Tab");
    if (await element!.evaluate((each) => each === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target} on ${page.url()}`);
}

/**
 * A page whose waits give up after 10 s, so a failure names its step before the test's time is up;
 * signed in as `email` with a session of its own (the sign-in itself is the keyboard journey's).
 */
async function open(options: Parameters<typeof newPage>[2] = {}, email?: string): Promise<Page> {
  const page = await newPage(suite.browser, suite.portal, options);
  page.setDefaultTimeout(10_000);
  if (email) {
    const [name, value] = (await sessionCookieFor(suite.portal, email)).split("=");
    await page.context().addCookies([{ name: name!, value: value!, url: suite.portal.baseUrl }]);
  }
  return page;
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return { tag: element?.tagName.toLowerCase(), text: element?.textContent?.trim() ?? "" };
  });

/** A page to audit, as one role. */
type Audited = { role: SignedInRole; url: string };

/**
 * One page of every route the crawler reaches (as the first role that reaches it: the focal point
 * reaches most), email previews aside (emails are not pages of the portal), and the pages that refuse:
 * a 403 and a 404; and the public home and "How to join" as a visitor sees them.
 */
async function everyPage([focalPoint, secretariat, anonymous]: SignedInRole[]): Promise<Audited[]> {
  const routes = routeManifest();
  const pages = new Map<string, Audited>();
  for (const role of [focalPoint!, secretariat!, anonymous!]) {
    const visits = await crawl(suite.portal, routes, role, { perRoute: 1, perQueryShape: 1 });
    for (const { answer, route, url } of visits)
      if (answer.status === 200 && answer.contentType.startsWith("text/html") && !url.startsWith("/dev/emails/"))
        if (!pages.has(route.id)) pages.set(route.id, { role, url });
  }
  return [
    ...pages.values(),
    { role: focalPoint!, url: "/admin" },
    { role: secretariat!, url: "/no-such-page" },
    // The regional pairing's second step, behind a GET form the crawler does not fill in.
    { role: secretariat!, url: "/onboarding/regional?group=african" },
    // The focal point reaches these first, signed in; a visitor sees the public home and the join form.
    { role: anonymous!, url: "/" },
    { role: anonymous!, url: "/about/join" },
  ];
}

async function setLocale(emails: string[], locale: "en" | "fr" | "es") {
  const { db } = suite.portal.database;
  const users = db.selectFrom("User").select("id").where("email", "in", emails);
  await db.updateTable("people").set({ locale }).where("user_id", "in", users).execute();
}

describe("accessibility (WCAG 2.2 AA)", () => {
  it(
    "has no serious or critical axe failure on any page, as secretariat, focal point or visitor, in 3 languages",
    // Every page three times over takes minutes on a two-core machine.
    { timeout: 900_000 },
    async () => {
      const { portal, browser } = suite;
      const { roles } = await signInRoles(portal, [
        CRAWL_ROLES.drafter,
        CRAWL_ROLES.secretariat,
        CRAWL_ROLES.anonymous,
      ]);
      const pages = await everyPage(roles);
      const signedIn = roles.flatMap((role) => (role.email ? [role.email] : []));
      const failures: string[] = [];
      for (const locale of ["en", "fr", "es"] as const) {
        await setLocale(signedIn, locale);
        // Each role in its own browser context, all at once: the roles' pages are audited side by side.
        await Promise.all(
          roles.map(async (role) => {
            const context = await browser.newContext({ baseURL: portal.baseUrl, locale });
            const [name, value] = role.cookie.split("=");
            if (name && value) await context.addCookies([{ name, value, url: portal.baseUrl }]);
            const page = await context.newPage();
            const audited = pages.filter((each) => each.role === role);
            for (const { url } of audited) {
              await page.goto(url);
              expect(await page.locator("html").getAttribute("lang"), url).toBe(locale);
              for (const failure of await wcagFailures(page))
                failures.push(`${locale} ${role.name} ${url}: ${failure}`);
            }
            await context.close();
          }),
        );
      }
      await setLocale(signedIn, "en");
      expect(failures).toEqual([]);
    },
  );

  it("names the notifications link by the words it shows", async () => {
    const page = await open({}, KOREA);
    const { db } = suite.portal.database;
    const korea = await db
      .selectFrom("people")
      .innerJoin("User", "User.id", "people.user_id")
      .select("people.id")
      .where("User.email", "=", KOREA)
      .executeTakeFirstOrThrow();
    const unread = await db
      .selectFrom("notifications")
      .select((eb) => eb.fn.countAll<string>().as("count"))
      .where("person_id", "=", korea.id)
      .where("read_at", "is", null)
      .executeTakeFirstOrThrow();
    expect(Number(unread.count)).toBeGreaterThan(0);
    await page.goto("/");
    const link = page.getByRole("banner").getByRole("link", { name: /^Notifications/ });
    // What a sighted reader sees: the words on screen, without those only screen readers get.
    const visible = await link.evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      copy.querySelectorAll(".sr-only").forEach((hidden) => hidden.remove());
      return copy.textContent!.replace(/\s+/g, " ").trim();
    });
    expect(visible).toBe(`Notifications ${unread.count}`);
    // The accessible name starts with exactly what is on screen, and says what the number counts.
    expect(await link.ariaSnapshot()).toMatch(new RegExp(`^- link "Notifications ${unread.count} unread"`));
  });

  it("draws a focus ring that contrasts 3:1 with what surrounds it, in the header and on the page", async () => {
    const page = await open({}, KOREA);
    await page.goto("/work");
    const seen = new Set<string>();
    const weak: string[] = [];
    for (let presses = 0; presses < 45; presses++) {
      await page.keyboard.press("Tab");
      const ring = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement;
        if (element === document.body) return null;
        const style = getComputedStyle(element);
        // What shows around the ring: the first painted background under a point just beside it.
        const box = element.getBoundingClientRect();
        const reach = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth) + 1;
        const x = box.left - reach >= 0 ? box.left - reach : box.right + reach;
        let background = "rgb(255, 255, 255)";
        for (const under of document.elementsFromPoint(x, box.top + box.height / 2)) {
          const color = getComputedStyle(under).backgroundColor.replace(/\s/g, "");
          if (color !== "rgba(0,0,0,0)") {
            background = getComputedStyle(under).backgroundColor;
            break;
          }
        }
        return {
          what: `${element.tagName.toLowerCase()} "${element.textContent?.trim().slice(0, 30)}"`,
          outline: style.outlineStyle === "none" ? null : style.outlineColor,
          width: parseFloat(style.outlineWidth),
          background,
          header: Boolean(element.closest("header")),
        };
      });
      if (!ring) break;
      seen.add(ring.header ? "header" : "page");
      if (!ring.outline || ring.width < 2) weak.push(`${ring.what}: no ring`);
      else if (contrast(ring.outline, ring.background) < 3)
        weak.push(`${ring.what}: ${contrast(ring.outline, ring.background).toFixed(2)}:1`);
    }
    expect([...seen].sort()).toEqual(["header", "page"]);
    expect(weak).toEqual([]);
  });

  it("says in words, not only in colour, which words an amendment adds and removes", async () => {
    const page = await open({}, KOREA);
    const { db } = suite.portal.database;
    const amended = await db
      .selectFrom("amendments as a")
      .innerJoin("statement_paragraphs as p", "p.id", "a.paragraph_id")
      .select(["p.id", "p.statement_id"])
      .where("a.status", "=", "pending")
      .where("a.kind", "=", "replace")
      .executeTakeFirstOrThrow();
    await page.goto(`/statements/${amended.statement_id}/paragraphs/${amended.id}`);
    const changes = page.locator(".diff ins, .diff del");
    expect(await changes.count()).toBeGreaterThan(0);
    for (const change of await changes.all()) {
      expect(await change.getAttribute("aria-label")).toBeNull();
      const tag = await change.evaluate((element) => element.tagName.toLowerCase());
      const [start, end] = tag === "ins" ? ["added:", "end of addition"] : ["removed:", "end of removal"];
      const spoken = (await change.textContent())!.trim();
      expect(spoken.startsWith(start) && spoken.endsWith(end), spoken).toBe(true);
    }
  });

  it("lets a keyboard scroll a table wider than the screen", async () => {
    const page = await open({ viewport: { width: 360, height: 740 } }, KOREA);
    const benchmark = await suite.portal.database.db
      .selectFrom("benchmarks")
      .select("id")
      .orderBy("id")
      .executeTakeFirstOrThrow();
    await page.goto(`/work/benchmarks/${benchmark.id}`);
    const frame = page.getByRole("group", { name: "Report history" });
    expect(await frame.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await tabTo(page, frame);
    for (let presses = 0; presses < 5; presses++) await page.keyboard.press("ArrowRight");
    await expect.poll(() => frame.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    await page.screenshot({ path: "/tmp/a11y-focused-table.png" });
  });

  it("moves the focus to the new page's heading after a navigation in the app, and names the page", async () => {
    const page = await open({}, KOREA);
    await page.goto("/");
    await waitForHydration(page);
    const calendar = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Calendar" });
    await tabTo(page, calendar);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Calendar" }).waitFor();
    await expect.poll(() => focused(page)).toEqual({ tag: "h1", text: "Calendar" });
    expect(await page.title()).toBe("Calendar · R2P Focal Points");
    await page.screenshot({ path: "/tmp/a11y-focused-heading.png" });
  });

  it("tells someone refused a page that they do not have access, in their language", async () => {
    const page = await open({}, KOREA);
    for (const [locale, words] of [
      ["en", "You do not have access to this page"],
      ["fr", "Vous n’avez pas accès à cette page"],
      ["es", "No tiene acceso a esta página"],
    ] as const) {
      await setLocale([KOREA], locale);
      expect((await page.goto("/admin"))?.status()).toBe(403);
      await page.getByRole("heading", { level: 1, name: words }).waitFor();
      expect(await page.title()).toMatch(new RegExp(`^${words} · `));
    }
    await setLocale([KOREA], "en");
  });

  it("changes language in one step, with a button per language, with or without JavaScript", async () => {
    for (const javaScriptEnabled of [false, true]) {
      const page = await open({ javaScriptEnabled });
      await page.goto("/login");
      const languages = page.getByRole("banner").getByRole("group", { name: "Language" });
      expect(await languages.getByRole("combobox").count()).toBe(0);
      const buttons = languages.getByRole("button");
      expect(await buttons.allInnerTexts()).toEqual(["English", "Français", "Español"]);
      expect(await buttons.evaluateAll((all) => all.map((button) => button.getAttribute("lang")))).toEqual([
        "en",
        "fr",
        "es",
      ]);
      expect(await languages.getByRole("button", { name: "English" }).getAttribute("aria-current")).toBe("true");
      if (!javaScriptEnabled)
        await page.screenshot({ path: "/tmp/a11y-language-buttons.png", clip: await header(page) });
      await languages.getByRole("button", { name: "Español" }).click();
      await page.getByRole("heading", { level: 1, name: "Iniciar sesión" }).waitFor();
      expect(await page.locator("html").getAttribute("lang")).toBe("es");
      const now = page.getByRole("banner").getByRole("group", { name: "Idioma" });
      expect(await now.getByRole("button", { name: "Español" }).getAttribute("aria-current")).toBe("true");
      expect(await now.getByRole("button", { name: "English" }).getAttribute("aria-current")).toBeNull();
      await page.context().close();
    }
  });
});

describe("pickers of members and time zones", () => {
  it("offers a drafting group as boxes by regional group without JavaScript", async () => {
    const page = await open({ javaScriptEnabled: false }, GHANA);
    await page.goto("/statements/new");
    const group = page.getByRole("group", { name: "Drafting group" });
    await group.getByRole("group", { name: "Western European and Others Group (WEOG)" }).getByLabel("Denmark").check();
    await group.getByRole("group", { name: "Asia-Pacific Group" }).getByLabel("Republic of Korea").check();
    expect(await page.getByRole("searchbox", { name: "Filter the list" }).count()).toBe(0);
    expect(await page.locator("select[multiple]").count()).toBe(0);
    await page.screenshot({ path: "/tmp/a11y-picker-without-js.png", fullPage: true });
    await page.getByLabel("Title", { exact: true }).fill("Joint statement on the protection of journalists");
    await page.getByLabel("First text").fill("We stand with the journalists who report on atrocity crimes.");
    await page.getByRole("button", { name: "Start the draft" }).click();
    await page.getByText("The draft has been started.").waitFor();
    const drafting = page.getByRole("region", { name: "Drafting group" });
    for (const member of ["Ghana", "Denmark", "Republic of Korea"])
      await expectPage(drafting.getByRole("link", { name: member, exact: true })).toBeVisible();
  });

  it("narrows a member list as one types, and is worked from the keyboard", async () => {
    const page = await open({}, GHANA);
    await page.goto("/statements/new");
    await waitForHydration(page);
    const group = page.getByRole("group", { name: "Drafting group" });
    const filter = group.getByRole("searchbox", { name: "Filter the list" });
    const boxes = group.getByRole("checkbox");
    const total = await boxes.count();
    expect(total).toBeGreaterThan(50);
    await tabTo(page, filter);
    await page.keyboard.type("cote");
    await expectPage(group.getByRole("status")).toHaveText(`1 of ${total} shown`);
    await expectPage(group.getByLabel("Côte d'Ivoire")).toBeVisible();
    await expectPage(group.getByLabel("Denmark")).toBeHidden();
    // Hidden, not gone: a box ticked and then filtered out of sight is still sent.
    expect(await group.locator("input[type=checkbox]").count()).toBe(total);
    await page.keyboard.press("Enter"); // into the list, not sending the form
    expect(await focused(page)).toMatchObject({ tag: "input" });
    await page.keyboard.press("Space");
    await expectPage(group.getByLabel("Côte d'Ivoire")).toBeChecked();
    expect(page.url()).toMatch(/\/statements\/new$/);
    await filter.fill("");
    await filter.pressSequentially("denm");
    await filter.press("ArrowDown");
    await page.keyboard.press("Space");
    await expectPage(group.getByText("Chosen (2): Côte d'Ivoire, Denmark")).toBeVisible();
    await filter.fill("");
    await expectPage(group.getByRole("status")).toHaveText(`${total} of ${total} shown`);
    await filter.fill("europ");
    expect(await wcagFailures(page)).toEqual([]);
    await page.screenshot({ path: "/tmp/a11y-picker-with-js.png", fullPage: true });
  });

  it("offers the 400 time zones by region, and finds one by typing its city", async () => {
    const plain = await open({ javaScriptEnabled: false }, KOREA);
    await plain.goto("/profile");
    const zones = plain.getByLabel("Time zone");
    expect(
      await zones.locator("optgroup").evaluateAll((groups) => groups.map((g) => g.getAttribute("label"))),
    ).toContain("Europe");
    expect(await zones.locator('optgroup[label="Asia"] option:checked').textContent()).toBe("Seoul");
    await plain.screenshot({ path: "/tmp/a11y-time-zones-without-js.png" });

    const page = await open({}, KOREA);
    await page.goto("/profile");
    await waitForHydration(page);
    const filter = page.getByRole("searchbox", { name: "Filter the list" });
    await tabTo(page, filter);
    await page.keyboard.type("paris");
    await expectPage(page.getByRole("status")).toHaveText(/^1 of \d{3} shown$/);
    await page.keyboard.press("Enter");
    const select = page.getByRole("listbox", { name: "Time zone" });
    await expectPage(select).toHaveValue("Europe/Paris");
    expect(await select.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await wcagFailures(page)).toEqual([]);
    await page.screenshot({ path: "/tmp/a11y-time-zones-with-js.png" });
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Your profile has been saved.").waitFor();
    const saved = await suite.portal.database.db
      .selectFrom("people")
      .innerJoin("User", "User.id", "people.user_id")
      .select("people.time_zone")
      .where("User.email", "=", KOREA)
      .executeTakeFirstOrThrow();
    expect(saved.time_zone).toBe("Europe/Paris");
    await suite.portal.database.db
      .updateTable("people")
      .set({ time_zone: "Asia/Seoul" })
      .where("user_id", "in", suite.portal.database.db.selectFrom("User").select("id").where("email", "=", KOREA))
      .execute();
  });
});

describe("a keyboard-only journey (Tab, Enter, Space and typing; no mouse)", () => {
  it("signs in through the dev outbox, proposes an amendment and files a benchmark report", async () => {
    const { portal } = suite;
    const page = await open();
    const since = await lastEmailId(portal);
    await page.goto("/login");
    await tabTo(page, page.getByLabel("Work email address"));
    await page.keyboard.type(KOREA);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Check your email" }).waitFor();
    await waitForEmail(portal, KOREA, since, "sign_in");

    await page.goto("/dev/outbox");
    await tabTo(page, page.getByRole("link", { name: `/login/confirm (link for ${KOREA})` }).first());
    await page.keyboard.press("Enter");
    await tabTo(page, page.getByRole("button", { name: "Sign in", exact: true }));
    await page.keyboard.press("Space");
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
    await waitForHydration(page);

    // To a paragraph of the draft Korea helps write, by the main menu and the links of each page.
    const { db } = portal.database;
    const draft = await db
      .selectFrom("statements")
      .select("title")
      .where("stage", "=", "drafting")
      .orderBy("id")
      .executeTakeFirstOrThrow();
    await tabTo(page, page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Statements" }));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Joint statements" }).waitFor();
    await tabTo(page, page.getByRole("link", { name: draft.title }));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: draft.title }).waitFor();
    await tabTo(page, page.getByRole("link", { name: "Amend or discuss, paragraph 1" }));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: "Propose an amendment" }).waitFor();
    await tabTo(page, page.getByLabel("Proposed text"));
    await page.keyboard.press("Control+End");
    await page.keyboard.type(" We add a sentence by keyboard alone.");
    await tabTo(page, page.getByLabel("Rationale"));
    await page.keyboard.type("Proposed without a mouse.");
    await tabTo(page, page.getByRole("button", { name: "Propose the amendment" }));
    await page.keyboard.press("Enter");
    await page.getByText("Your amendment has been proposed to the group.").waitFor();
    const amendment = await db
      .selectFrom("amendments")
      .select(["body", "rationale"])
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(amendment.rationale).toBe("Proposed without a mouse.");
    expect(amendment.body).toMatch(/We add a sentence by keyboard alone\.$/);

    // A benchmark report, from the program of work.
    await tabTo(page, page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Program of work" }));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Program of work" }).waitFor();
    const benchmark = "Half of the network has mapped its national prevention mechanisms";
    await tabTo(page, page.getByRole("link", { name: benchmark }).first());
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: benchmark }).waitFor();
    const form = page.getByRole("region", { name: "Report for Republic of Korea" });
    await tabTo(page, form.getByLabel("Status", { exact: true }));
    await page.keyboard.type("In progress"); // a select chooses the option typed
    await tabTo(page, form.getByLabel("Note"));
    await page.keyboard.type("Mapping under way, reported by keyboard.");
    await tabTo(page, form.getByRole("button", { name: "Record the report" }));
    await page.keyboard.press("Enter");
    await page.getByText("Your report has been recorded.").waitFor();
    const report = await db
      .selectFrom("benchmark_reports")
      .select(["status", "note"])
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(report).toEqual({ status: "in_progress", note: "Mapping under way, reported by keyboard." });
  });
});

async function header(page: Page) {
  const box = (await page.getByRole("banner").boundingBox())!;
  return { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, 200) };
}

/** WCAG's contrast ratio of two CSS colours (`rgb(…)` or `rgba(…)`, opaque enough to count). */
function contrast(first: string, second: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = color
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map(Number);
    const channel = (value: number) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}
