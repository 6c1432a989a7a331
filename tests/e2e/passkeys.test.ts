// Passkeys in Chromium, with the DevTools protocol's virtual authenticator standing in for a phone or
// a laptop's fingerprint reader: adding one (after an emailed-code step-up), signing in with it,
// confirming an act of state with it, and the refusals: a removed passkey, a cloned authenticator.
import type { CDPSession, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible, newPage, portalAndBrowser, sessionCookieFor } from "../helpers/portal";
import { expectPage } from "../helpers/page-expect";
import { GHANA, JAPAN } from "../helpers/people";
import { waitForEmail, waitForHydration } from "./journeys";

const suite = portalAndBrowser();

interface Authenticator {
  cdp: CDPSession;
  authenticatorId: string;
}

/** A platform authenticator that says yes (presence and verification) without a prompt. */
async function virtualAuthenticator(page: Page): Promise<Authenticator> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return { cdp, authenticatorId };
}

async function signedIn(email: string): Promise<Page> {
  const page = await newPage(suite.browser, suite.portal);
  page.setDefaultTimeout(15_000);
  const [name, value] = (await sessionCookieFor(suite.portal, email)).split("=") as [string, string];
  await page.context().addCookies([{ name, value, url: suite.portal.baseUrl }]);
  return page;
}

/** Ten minutes on: every session of the person must confirm again before an act of state. */
async function letStepUpsGoStale(email: string) {
  const { db } = suite.portal.database;
  const user = await db.selectFrom("User").select("id").where("email", "=", email).executeTakeFirstOrThrow();
  await db
    .updateTable("Session")
    .set({ steppedUpAt: new Date(Date.now() - 11 * 60_000) })
    .where("userId", "=", user.id)
    .execute();
}

async function addPasskey(page: Page, name: string, stepUpEmail: string | null) {
  await page.goto("/profile/passkeys");
  await waitForHydration(page);
  await page.getByLabel("Name this passkey").fill(name);
  await page.getByRole("button", { name: "Add a passkey" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a passkey?" });
  await dialog.waitFor();
  if (stepUpEmail) {
    const message = await waitForEmail(suite.portal, stepUpEmail, 0, "step_up_code");
    await dialog.getByLabel("Code from the email").fill(/\b(\d{6})\b/.exec(message.text)![1]!);
  } else {
    await dialog.getByRole("button", { name: "Confirm with my passkey" }).click();
    await dialog.getByText("Confirmed with your passkey.").waitFor();
  }
  await dialog.getByRole("button", { name: "Confirm" }).click();
  await page.getByRole("button", { name: "Create the passkey" }).click();
  await page.getByText("Your passkey was added.").waitFor();
}

/** Signing out, done once the sign-in page says so (a page opened sooner would still be signed in). */
async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
}

async function signInWithPasskey(page: Page) {
  await page.goto("/login");
  // The button shows once the page has come to life, in a browser with WebAuthn.
  await page.getByRole("button", { name: "Use a passkey" }).click();
}

describe("passkeys", () => {
  it("are added after an emailed code, sign in, and confirm a handover in the member's name", async () => {
    const page = await signedIn(JAPAN);
    const authenticator = await virtualAuthenticator(page);
    await addPasskey(page, "Office laptop", JAPAN);
    const card = page.getByRole("listitem").filter({ hasText: "Office laptop" });
    await expectPage(card).toContainText("Not used yet");
    await expectAccessible(page);
    await page.screenshot({ path: "/tmp/passkeys-profile.png", fullPage: true });
    // The person is told, in case it was not them.
    const notice = await waitForEmail(suite.portal, JAPAN, 0, "notification_security");
    expect(notice.text).toContain("A passkey named “Office laptop” was added to your account.");

    // Signed out, the passkey signs them in: no email address typed, no link.
    await signOut(page);
    await signInWithPasskey(page);
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    await page.goto("/profile/passkeys");
    await expectPage(card).not.toContainText("Not used yet");

    // An act of state now asks for the passkey, not a code.
    await letStepUpsGoStale(JAPAN);
    await page.goto("/members/japan/handover");
    await waitForHydration(page);
    await page.getByLabel("Successor's full name").fill("Sato Kenji");
    await page.getByLabel("Successor's work email").fill("kenji.sato@mofa-japan.example.org");
    await page.getByRole("button", { name: "Invite the successor" }).click();
    const dialog = page.getByRole("dialog", { name: "Hand over this seat?" });
    await dialog.getByRole("button", { name: "Confirm with my passkey" }).click();
    await dialog.getByText("Confirmed with your passkey.").waitFor();
    await expect(dialog.getByLabel("Code from the email").count()).resolves.toBe(0);
    await dialog.getByRole("button", { name: "Confirm" }).click();
    await page.getByText("The successor has been invited.").waitFor();
    const stepUps = await suite.portal.database.db
      .selectFrom("audit_log")
      .select("details")
      .where("action", "=", "step_up")
      .execute();
    expect(stepUps.map((entry) => (entry.details as { method?: string }).method)).toEqual(["email_code", "passkey"]);
    await authenticator.cdp.send("WebAuthn.removeVirtualAuthenticator", {
      authenticatorId: authenticator.authenticatorId,
    });
  });

  it("refuses a cloned authenticator whose counter went back, and a removed passkey", async () => {
    const page = await signedIn(GHANA);
    const { cdp, authenticatorId } = await virtualAuthenticator(page);
    await addPasskey(page, "Phone", GHANA);
    // The authenticator as it is now, copied before its next use.
    const [copy] = (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials;
    await signOut(page);
    await signInWithPasskey(page);
    await signOut(page);

    const replaceCredential = async (signCount: number) => {
      await cdp.send("WebAuthn.removeCredential", { authenticatorId, credentialId: copy!.credentialId });
      await cdp.send("WebAuthn.addCredential", { authenticatorId, credential: { ...copy!, signCount } });
    };
    await replaceCredential(copy!.signCount);
    await signInWithPasskey(page);
    await page.getByText("That passkey was not accepted").waitFor();
    expect(new URL(page.url()).pathname).toBe("/login");

    // The same key with its counter ahead is the real one: it signs in (so the counter was the reason).
    await replaceCredential(copy!.signCount + 100);
    await signInWithPasskey(page);
    await page.getByRole("button", { name: "Sign out" }).waitFor();

    // Removed from the profile, the passkey (still on the device) signs nobody in.
    await page.goto("/profile/passkeys");
    await waitForHydration(page);
    await page.getByRole("button", { name: "Remove “Phone”" }).click();
    await page.getByRole("dialog", { name: "Remove this passkey?" }).getByRole("button", { name: "Confirm" }).click();
    await page.getByText("The passkey was removed.").waitFor();
    await expectPage(page.getByText("You have no passkey yet.")).toBeVisible();
    await signOut(page);
    await signInWithPasskey(page);
    await page.getByText("That passkey was not accepted").waitFor();
  });
});
