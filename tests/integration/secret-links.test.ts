// In production a sign-in or invitation link reaches the recipient's mailbox and nowhere else: the
// record of the email keeps it without the link. (In local mode the dev outbox shows it whole.)
import { describe, expect, it } from "vitest";
import { viewerFor, GHANA, SECRETARIAT } from "../helpers/people";
import { TEST_AUTH_SECRET } from "../helpers/portal";
import { resendSuite } from "../helpers/resend";

// An email key and no mode: production, as a deployment would run.
const resend = resendSuite({
  seeded: true,
  env: { AUTH_SECRET: TEST_AUTH_SECRET, APP_URL: "https://portal.example.org" },
});

async function recordOf(purpose: string, recipient: string) {
  return resend.database.db
    .selectFrom("emails")
    .select(["html", "text"])
    .where("purpose", "=", purpose)
    .where("recipient", "=", recipient)
    .executeTakeFirstOrThrow();
}

function sentTo(recipient: string) {
  const call = resend.calls.find(({ body }) => body.to === recipient);
  return { html: String(call?.body.html), text: String(call?.body.text) };
}

describe("secret links in production", () => {
  it("a sign-in link goes to Resend whole and is kept without the link", async () => {
    const { startEmailSignIn } = await import("~/auth/auth.server");
    await startEmailSignIn(GHANA, "/calendar");
    const token = /[?&]token=([0-9a-f]+)/.exec(sentTo(GHANA).text)?.[1];
    expect(token).toMatch(/^[0-9a-f]{32,}$/);
    expect(sentTo(GHANA).html).toContain(token);

    const record = await recordOf("sign_in", GHANA);
    for (const body of [record.html, record.text]) {
      expect(body).not.toContain(token);
      expect(body).not.toContain("/login/confirm");
      expect(body).toContain("[link removed]");
    }
    expect(record.text).toContain("Sign in"); // the rest of the message is kept
  });

  it("an invitation link goes to Resend whole and is kept without the link", async () => {
    const { invitePerson } = await import("~/members/commands.server");
    const { sendInvitation } = await import("~/members/invitation-email.server");
    const secretariat = await viewerFor(resend.database.db, SECRETARIAT);
    const email = "amina.diallo@secretariat.example.org";
    const outcome = await invitePerson(resend.database.db, secretariat, {
      name: "Amina Diallo",
      email,
      role: "secretariat",
      member: "",
      isAlternate: false,
      locale: "fr",
      title: "",
    });
    if (!outcome.ok) throw new Error(outcome.error);
    // The job queued with the invitation mints its token and sends it.
    const invitation = await resend.database.db
      .selectFrom("invitations")
      .select("id")
      .where("person_id", "=", outcome.personId)
      .executeTakeFirstOrThrow();
    await sendInvitation(invitation.id, resend.database.db);
    const link = /https:\/\/portal\.example\.org\/invitations\/[\w-]+/.exec(sentTo(email).text)?.[0];
    expect(link).toBeDefined();

    const record = await recordOf("invitation", email);
    for (const body of [record.html, record.text]) {
      expect(body).not.toContain(link!.split("/").pop());
      expect(body).not.toContain("/invitations/");
      expect(body).toContain("[link removed]");
    }
  });
});
