import { describe, expect, it } from "vitest";
import { waitForEmails } from "../helpers/emails";
import { expectAccessible, newPage, portalAndBrowser } from "../helpers/portal";
import { confirmAct, lastEmailId, requestSignInLink, signIn, waitForEmail, waitForHydration } from "./journeys";
import { expectPage } from "../helpers/page-expect";
import { GHANA, KOREA, SECRETARIAT } from "../helpers/people";
import { queueDrained } from "../helpers/queue";

const suite = portalAndBrowser();

describe("signing in", () => {
  it("lets a focal point sign in from the dev outbox, see their dashboard, and sign out", async () => {
    const page = await newPage(suite.browser, suite.portal);
    // A visitor's home is the public site; the portal itself is for members only.
    await page.goto("/");
    await page.getByRole("heading", { level: 1, name: "The Global Network of R2P Focal Points" }).waitFor();
    await page.getByRole("link", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    await expectAccessible(page);
    await expectPage(page.getByText(SECRETARIAT)).toBeVisible(); // local mode names the demo accounts

    await requestSignInLink(page, suite.portal, KOREA);
    await expectAccessible(page);
    await page.goto("/dev/outbox");
    await expectAccessible(page);
    await page
      .getByRole("link", { name: /\/login\/confirm \(link for seoyeon\.lee/ })
      .first()
      .click();
    await page.getByText(`You are signing in as ${KOREA}.`).waitFor();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Sign in" }).click();

    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
    await expectPage(page.getByText("Welcome, Lee Seo-yeon.")).toBeVisible();
    await expectPage(page.getByText("You represent Republic of Korea in the network.")).toBeVisible();
    const cookies = await page.context().cookies();
    const session = cookies.find((cookie) => cookie.name === "authjs.session-token");
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    expect(cookies.map((cookie) => cookie.name)).not.toContain("authjs.csrf-token");

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByText("You have signed out.").waitFor();
    await page.goto("/members");
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
  });

  it("answers an unknown address exactly as a known one, and sends it nothing", async () => {
    const before = await lastEmailId(suite.portal);
    const answer = async (email: string) => {
      const response = await fetch(`${suite.portal.baseUrl}/login`, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: suite.portal.baseUrl },
        body: new URLSearchParams({ email, redirectTo: "/" }),
        redirect: "manual",
      });
      return { status: response.status, location: response.headers.get("location"), body: await response.text() };
    };
    const known = await answer(GHANA);
    const unknown = await answer("nobody@nowhere.example.org");
    expect(unknown).toEqual(known);
    expect(known).toMatchObject({ status: 302, location: "/login/check-email" });
    await waitForEmail(suite.portal, GHANA, before);
    await queueDrained(suite.portal.database.db); // both requests' jobs have run
    const toUnknown = await suite.portal.database.db
      .selectFrom("emails")
      .select("id")
      .where("recipient", "=", "nobody@nowhere.example.org")
      .execute();
    expect(toUnknown).toEqual([]);
  });

  it("shows a clear message next to a malformed address, keeping what was typed", async () => {
    const page = await newPage(suite.browser, suite.portal);
    await page.goto("/login");
    await page.getByLabel("Work email address").fill("kwame.mensah at ghana");
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await page.getByText("Enter an email address such as name@ministry.example.org.").waitFor();
    expect(await page.getByLabel("Work email address").inputValue()).toBe("kwame.mensah at ghana");
    expect(await page.getByLabel("Work email address").getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(page);
  });

  it("does not spend a link that is merely fetched, as a mail scanner does", async () => {
    const page = await newPage(suite.browser, suite.portal);
    const link = await requestSignInLink(page, suite.portal, GHANA);
    for (let i = 0; i < 3; i++) {
      const scanned = await fetch(link, { redirect: "manual" });
      expect(scanned.status).toBe(200);
      expect(scanned.headers.getSetCookie().join()).not.toContain("session-token");
    }
    await page.goto(link);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
  });

  it("refuses a used link kindly and offers a new one", async () => {
    const page = await newPage(suite.browser, suite.portal);
    const link = await requestSignInLink(page, suite.portal, GHANA);
    await page.goto(link);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();

    const other = await newPage(suite.browser, suite.portal);
    await other.goto(link);
    await other.getByRole("heading", { level: 1, name: "This link can no longer be used" }).waitFor();
    expect(await other.getByLabel("Work email address").inputValue()).toBe(GHANA);
    await other.getByRole("button", { name: "Send me a new link" }).click();
    await other.getByRole("heading", { level: 1, name: "Check your email" }).waitFor();
  });

  it("refuses an expired link kindly, even when its page was opened in time", async () => {
    const page = await newPage(suite.browser, suite.portal);
    const link = await requestSignInLink(page, suite.portal, KOREA);
    await page.goto(link);
    await suite.portal.database.db
      .updateTable("VerificationToken")
      .set({ expires: new Date(Date.now() - 1000) })
      .where("identifier", "=", KOREA)
      .execute();
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "This link can no longer be used" }).waitFor();
    expect(await page.getByRole("button", { name: "Sign out" }).count()).toBe(0);
  });

  it("shows nothing of a draft on Back after signing out: the page is asked again, and sign-in answers", async () => {
    const page = await newPage(suite.browser, suite.portal);
    await signIn(page, suite.portal, KOREA); // in the drafting group of the seeded veto-restraint statement
    await page.goto("/statements");
    const draft = await page.getByRole("link", { name: /restraint in the use of the veto/ }).getAttribute("href");
    await page.goto(draft!); // a page loaded whole, as from a bookmark or a link in an email
    const draftText = page.getByText("bring an atrocity-prevention lens to the policies of our governments");
    await draftText.waitFor();

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByText("You have signed out.").waitFor();
    await page.goBack();
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor({ timeout: 10_000 });
    expect(await draftText.count()).toBe(0);
  });

  it("keeps Auth.js's own link endpoints closed from outside", async () => {
    for (const path of ["/auth/callback/resend?token=x&email=y", "/auth/signin/resend"]) {
      const response = await fetch(suite.portal.baseUrl + path, { redirect: "manual" });
      expect(response.status, path).toBe(404);
    }
  });
});

describe("roles and membership", () => {
  it("refuses a focal point the secretariat's screens", async () => {
    const page = await newPage(suite.browser, suite.portal);
    await signIn(page, suite.portal, GHANA);
    for (const path of ["/admin", "/admin/invite", "/admin/members/new", "/admin/audit"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await page.getByRole("heading", { level: 1, name: "You do not have access to this page" }).waitFor();
    }
    expect(await page.getByRole("link", { name: "Administration" }).count()).toBe(0);
    const handover = await page.goto("/members/republic-of-korea/handover");
    expect(handover?.status()).toBe(403);
  });

  it("hands a member's seat to a successor, who then sees the member's history", async () => {
    const secretariat = await newPage(suite.browser, suite.portal);
    await signIn(secretariat, suite.portal, SECRETARIAT);
    await secretariat.goto("/members");
    await secretariat.getByLabel("Search the directory").fill("Ghana");
    await secretariat.getByRole("button", { name: "Show members" }).click();
    await secretariat.getByRole("link", { name: "Ghana", exact: true }).click();
    await secretariat.getByRole("heading", { level: 1, name: "Ghana" }).waitFor();
    await expectAccessible(secretariat);
    await secretariat.getByRole("link", { name: "Hand over the seat" }).click();
    await secretariat.getByRole("heading", { level: 1, name: "Hand over the seat" }).waitFor();
    await expectAccessible(secretariat);

    await secretariat.getByRole("button", { name: "Invite the successor" }).click();
    await secretariat.getByText("This field is required.").first().waitFor(); // nothing typed yet

    const since = await lastEmailId(suite.portal);
    await secretariat.getByLabel("Successor's full name").fill("Abena Boateng");
    await secretariat.getByLabel("Successor's work email").fill("abena.boateng@mfa-ghana.example.org");
    await secretariat.getByLabel("When the successor accepts the invitation").check();
    const invite = secretariat.getByRole("button", { name: "Invite the successor" });
    await confirmAct(secretariat, suite.portal, invite, SECRETARIAT);
    await secretariat.getByText("The successor has been invited.", { exact: false }).waitFor();
    await expectPage(secretariat.getByText("Invitation sent", { exact: true })).toBeVisible();

    const invitation = await waitForEmail(suite.portal, "abena.boateng@mfa-ghana.example.org", since, "invitation");
    expect(invitation.text).toContain("You are taking over the seat of Kwame Mensah");
    const link = /https?:\/\/\S*\/invitations\/\S+/.exec(invitation.text)![0];

    const successor = await newPage(suite.browser, suite.portal);
    await successor.goto(link);
    await successor.getByText("You take over the seat from Kwame Mensah.").waitFor();
    await expectAccessible(successor);
    await successor.getByRole("button", { name: "Accept and sign in" }).click();
    await successor.getByRole("heading", { level: 1, name: "Your profile" }).waitFor();
    await successor.goto("/members/ghana");
    const history = successor.getByRole("table");
    expect(await history.getByRole("rowheader").allTextContents()).toEqual(["Abena Boateng", "Kwame Mensah"]);

    // The predecessor stepped down on acceptance, is told so, and can no longer sign in.
    const steppedDown = "You have handed over the seat of Ghana to Abena Boateng.";
    const notices = await waitForEmails(
      () =>
        suite.portal.database.db
          .selectFrom("emails")
          .select("text")
          .where("recipient", "=", GHANA)
          .where("purpose", "=", "notification_handover")
          .where("id", ">", since)
          .orderBy("id")
          .execute(),
      (rows) => rows.some((row) => row.text.includes(steppedDown)),
    );
    expect(notices.map((row) => row.text)).toEqual([
      expect.stringContaining("Abena Boateng has been invited to succeed you as focal point of Ghana."),
      expect.stringContaining(steppedDown),
    ]);
    // The first leads to the member's page; the last offers no way into a portal that would refuse them.
    expect(notices[0]!.text).toContain(`${suite.portal.baseUrl}/members/ghana`);
    expect(notices[1]!.text).not.toMatch(/https?:\/\//);
    const before = await lastEmailId(suite.portal);
    await fetch(`${suite.portal.baseUrl}/login`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: suite.portal.baseUrl },
      body: new URLSearchParams({ email: GHANA }),
    });
    await queueDrained(suite.portal.database.db);
    expect(await lastEmailId(suite.portal)).toBe(before);

    // The audit log says what happened, in order, and who did it.
    await secretariat.goto("/admin/audit");
    const rows = secretariat.getByRole("row");
    await expectPage(rows.filter({ hasText: "Seat handover started" }).first()).toContainText(
      "Abena Boateng invited to succeed Kwame Mensah, who steps down when they accept",
    );
    await expectPage(rows.filter({ hasText: "Seat handed over" }).first()).toContainText(
      "Stepped down; the seat is now Abena Boateng's",
    );
    await expectPage(rows.filter({ hasText: "Person deactivated" })).toHaveCount(0);
    await expectAccessible(secretariat);
  });

  it("signs a deactivated person out of their open session at once", async () => {
    const focalPoint = await newPage(suite.browser, suite.portal);
    await signIn(focalPoint, suite.portal, "fatoumata.ceesay@mofa-gambia.example.org");
    await focalPoint.goto("/members/gambia");

    const secretariat = await newPage(suite.browser, suite.portal);
    await signIn(secretariat, suite.portal, SECRETARIAT);
    await secretariat.goto("/members/gambia");
    // Deactivating is an act of state: confirmed with an emailed code, in the dialog.
    await waitForHydration(secretariat);
    const deactivate = secretariat.getByRole("button", { name: "Deactivate Fatoumata Ceesay" });
    await confirmAct(secretariat, suite.portal, deactivate, SECRETARIAT);
    await secretariat.getByText("The person has been deactivated and signed out.").waitFor();

    await focalPoint.reload();
    await focalPoint.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();

    await secretariat.goto("/admin/audit");
    await secretariat.getByRole("rowheader", { name: "Person deactivated" }).first().waitFor();
    await expectAccessible(secretariat);
  });
});
