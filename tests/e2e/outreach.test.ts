// Asking the secretariat and the public site, as people do it in the browser: a member asks, the
// secretariat answers, the member reads the answer and finds its email; an anonymous visitor browses
// the public site without JavaScript and asks to join. And nothing private reaches a visitor.
import { describe, expect, it } from "vitest";
import { COSTA_RICA, JAPAN, KOREA, SECRETARIAT } from "../helpers/people";
import { expectAccessible, newPage, portalAndBrowser, postForm, sessionCookieFor } from "../helpers/portal";
import { lastEmailId, waitForEmail } from "./journeys";

const suite = portalAndBrowser();

/** A page signed in as `email` with a session of its own (signing in is the sign-in tests'). */
async function pageAs(email: string | null, options: Parameters<typeof newPage>[2] = {}) {
  const page = await newPage(suite.browser, suite.portal, options);
  page.setDefaultTimeout(15_000);
  if (email) {
    const [name, value] = (await sessionCookieFor(suite.portal, email)).split("=");
    await page.context().addCookies([{ name: name!, value: value!, url: suite.portal.baseUrl }]);
  }
  return page;
}

const SUBJECT = "Joint-assistance project on national prevention mechanisms";

describe("asking the secretariat", () => {
  it("takes a member's proposal to the secretariat's queue, and brings the answer to the page and email", async () => {
    const member = await pageAs(KOREA);
    await member.goto("/");
    await member.getByRole("contentinfo").getByRole("link", { name: "Ask the secretariat" }).click();
    await member.getByRole("heading", { level: 1, name: "Ask the secretariat" }).waitFor();
    await expectAccessible(member);
    // A form sent empty comes back with its messages, and the kind chosen kept.
    await member.getByLabel("What is it?").selectOption({ label: "Project proposal" });
    await member.getByRole("button", { name: "Send to the secretariat" }).click();
    await member.getByText("This field is required.").first().waitFor();
    expect(await member.getByLabel("What is it?").inputValue()).toBe("project_proposal");
    await member.getByLabel("Subject").fill(SUBJECT);
    await member.getByLabel("Your message").fill("We propose mapping our national mechanisms with two other members.");
    await member.getByRole("button", { name: "Send to the secretariat" }).click();
    await member.getByText("Your message has reached the secretariat.").waitFor();
    await member.getByRole("heading", { level: 1, name: SUBJECT }).waitFor();
    expect(await member.getByText("Received", { exact: true }).count()).toBeGreaterThan(0);
    const id = Number(/\/inquiries\/(\d+)/.exec(member.url())![1]);

    const secretariat = await pageAs(SECRETARIAT);
    await secretariat.goto("/");
    await secretariat.getByRole("link", { name: /inquiries waiting for an answer/ }).click();
    await secretariat.getByRole("heading", { level: 1, name: "Inquiries" }).waitFor();
    await expectAccessible(secretariat);
    await secretariat.getByRole("link", { name: SUBJECT }).click();
    await secretariat.getByRole("heading", { level: 1, name: SUBJECT }).waitFor();
    await secretariat.getByLabel("Status").selectOption({ label: "In progress" });
    await secretariat.getByRole("button", { name: "Set the status" }).click();
    await secretariat.getByText("The status is saved.").waitFor();
    const since = await lastEmailId(suite.portal);
    await secretariat.getByLabel("Your answer").fill("Welcome! Ghana and Chile would join such a project.");
    await secretariat.getByRole("button", { name: "Send the answer" }).click();
    await secretariat.getByText("The answer is saved and on its way by email.").waitFor();
    await expectAccessible(secretariat);

    await member.goto("/ask");
    await member.getByRole("link", { name: SUBJECT }).click();
    await member.getByText("Welcome! Ghana and Chile would join such a project.").waitFor();
    expect(await member.getByText("Answered", { exact: true }).count()).toBeGreaterThan(0);
    const email = await waitForEmail(suite.portal, KOREA, since, "inquiry_answer");
    expect(email.subject).toBe(`The secretariat's answer: ${SUBJECT}`);
    await member.goto("/dev/outbox");
    await member.getByRole("heading", { name: `The secretariat's answer: ${SUBJECT}` }).waitFor();

    // Another member learns nothing of it; a visitor is asked to sign in.
    const japan = await sessionCookieFor(suite.portal, JAPAN);
    const refused = await fetch(`${suite.portal.baseUrl}/inquiries/${id}`, { headers: { Cookie: japan } });
    expect(refused.status).toBe(404);
    expect(await refused.text()).not.toContain(SUBJECT);
    const queue = await fetch(`${suite.portal.baseUrl}/inquiries`, { headers: { Cookie: japan } });
    expect(queue.status).toBe(403);
    const anonymous = await fetch(`${suite.portal.baseUrl}/inquiries/${id}`, { redirect: "manual" });
    expect(anonymous.headers.get("location")).toMatch(/^\/login\?/);
  });

  it("shows a member's inquiries to all its focal points", async () => {
    const [penholder, alternate] = await Promise.all([
      sessionCookieFor(suite.portal, COSTA_RICA),
      sessionCookieFor(suite.portal, "mariela.jimenez@rree-costarica.example.org"),
    ]);
    const sent = await postForm(
      suite.portal,
      "/ask",
      { kind: "inquiry", subject: "Arria-formula meeting in March", body: "Could the secretariat brief us?" },
      { cookie: penholder },
    );
    expect(sent.status).toBe(302);
    const path = sent.headers.get("location")!.replace(/\?.*/, "");
    const seen = await fetch(suite.portal.baseUrl + path, { headers: { Cookie: alternate } });
    expect(seen.status).toBe(200);
    expect(await seen.text()).toContain("Arria-formula meeting in March");
    const list = await fetch(`${suite.portal.baseUrl}/ask`, { headers: { Cookie: alternate } });
    expect(await list.text()).toContain("Arria-formula meeting in March");
  });
});

describe("the public site", () => {
  it("lets an anonymous visitor without JavaScript browse the network and ask how to join", async () => {
    const page = await pageAs(null, { javaScriptEnabled: false });
    await page.goto("/");
    // (axe needs JavaScript: the public pages are audited by tests/e2e/accessibility.test.ts.)
    await page.getByRole("heading", { level: 1, name: "The Global Network of R2P Focal Points" }).waitFor();
    const menu = page.getByRole("navigation", { name: "Main" });
    await menu.getByRole("link", { name: "Members" }).click();
    const asiaPacific = page.getByRole("region", { name: /Asia-Pacific Group/ });
    await asiaPacific.getByText("Republic of Korea").waitFor();
    await menu.getByRole("link", { name: "Statements" }).click();
    await page.getByRole("heading", { level: 1, name: "Joint statements" }).waitFor();
    await page.locator("main li h2 a").first().click();
    await page.getByText("Signed by").waitFor();
    await menu.getByRole("link", { name: "Events" }).click();
    await page.getByRole("heading", { level: 1, name: "Public events" }).waitFor();
    await menu.getByRole("link", { name: "How to join" }).click();
    await page.getByRole("heading", { level: 1, name: "How to join" }).waitFor();

    await page.getByLabel("Your name").fill("Bolor Erdene");
    await page.getByLabel("Your email address").fill("not an address");
    await page.getByLabel("State or organisation").fill("Ministry of Foreign Affairs of Mongolia");
    await page.getByLabel("Your message").fill("How does a state appoint its focal point?");
    await page.getByRole("button", { name: "Send" }).click();
    await page.getByText("Enter an email address such as name@ministry.example.org.").waitFor();
    expect(await page.getByLabel("Your message").inputValue()).toBe("How does a state appoint its focal point?");
    await page.getByLabel("Your email address").fill("bolor.erdene@mfa-mongolia.example.org");
    await page.getByRole("button", { name: "Send" }).click();
    await page.getByRole("heading", { level: 1, name: "Thank you" }).waitFor();

    const asked = await suite.portal.database.db
      .selectFrom("inquiries")
      .select(["kind", "status", "contact_organisation"])
      .where("contact_email", "=", "bolor.erdene@mfa-mongolia.example.org")
      .execute();
    expect(asked).toEqual([
      { kind: "membership", status: "received", contact_organisation: "Ministry of Foreign Affairs of Mongolia" },
    ]);
  });

  it("tells a bot that filled the honeypot that it worked, and files nothing", async () => {
    const answer = await postForm(suite.portal, "/about/join", {
      name: "Bot",
      email: "bot@example.org",
      organisation: "Bots",
      message: "Buy now",
      website: "https://spam.example.org",
    });
    expect(answer.status).toBe(302);
    expect(answer.headers.get("location")).toBe("/about/join/thanks");
    const filed = await suite.portal.database.db
      .selectFrom("inquiries")
      .select("id")
      .where("contact_email", "=", "bot@example.org")
      .execute();
    expect(filed).toEqual([]);
  });

  it("shows an anonymous visitor no person, no email, no draft, no private event and no inquiry", async () => {
    const { db } = suite.portal.database;
    const [people, users, drafts, events, inquiries] = await Promise.all([
      db.selectFrom("people").select("name").execute(),
      db.selectFrom("User").select("email").execute(),
      db.selectFrom("statements").select("title").where("stage", "!=", "published").execute(),
      db.selectFrom("events").select(["title", "public"]).execute(),
      db.selectFrom("inquiries").select(["subject", "contact_name", "contact_email", "member_id"]).execute(),
    ]);
    const publicTitles = new Set(events.filter((event) => event.public).map((event) => event.title));
    const secrets = [
      ...people.map((person) => person.name),
      ...users.map((user) => user.email),
      ...drafts.map((draft) => draft.title),
      ...events.filter((event) => !event.public && !publicTitles.has(event.title)).map((event) => event.title),
      ...inquiries.flatMap((inquiry) => [
        inquiry.contact_name,
        inquiry.contact_email,
        // A visitor's subject is their organisation's name, which may well be public; a member's is not.
        inquiry.member_id === null ? null : inquiry.subject,
      ]),
    ].filter((secret): secret is string => Boolean(secret));
    expect(secrets.length).toBeGreaterThan(100);
    expect(publicTitles.size).toBeGreaterThan(0);

    // Every page an anonymous visitor reaches by following links from the public home. The sign-in
    // page is not followed: in local mode it names the demo accounts and links the dev outbox.
    const seen = new Set<string>();
    const queue = ["/"];
    const leaks: string[] = [];
    const unindexable: string[] = [];
    let publicPages = 0;
    while (queue.length) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const answer = await fetch(suite.portal.baseUrl + path, { redirect: "manual" });
      const html = answer.headers.get("content-type")?.startsWith("text/html") ? await answer.text() : "";
      if (answer.status !== 200 || !html) continue;
      publicPages++;
      const text = html.replace(/&#x27;|&#39;/g, "'").replace(/&amp;/g, "&");
      for (const secret of secrets) if (text.includes(secret)) leaks.push(`${path}: ${secret}`);
      if (!/<meta name="description" content="[^"]{40,}"/.test(html) || html.includes('content="noindex'))
        unindexable.push(path);
      for (const [, href] of html.matchAll(/href="(\/[^"#]*)"/g)) {
        const next = href!.replace(/&amp;/g, "&");
        if (!next.startsWith("/login") && !next.startsWith("/build/") && !seen.has(next)) queue.push(next);
      }
    }
    expect(publicPages).toBeGreaterThanOrEqual(6);
    expect(leaks).toEqual([]);
    expect(unindexable).toEqual([]);
  });

  it("keeps pages behind sign-in out of search engines and lets them index the public site", async () => {
    const robots = await fetch(`${suite.portal.baseUrl}/robots.txt`);
    expect(robots.headers.get("content-type")).toMatch(/^text\/plain/);
    const rules = await robots.text();
    expect(rules).toContain("Disallow: /\n");
    expect(rules).toContain("Allow: /about\n");
    expect(rules).toContain("Allow: /$\n");
  });
});
