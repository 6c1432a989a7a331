// Every email the portal sends, composed with sample data, for /dev/emails (never in production).
import type { Locale } from "../../db/schema";
import { composeSignInEmail } from "~/auth/emails.server";
import { getConfig } from "~/lib/config.server";
import { composeInvitationEmail } from "~/members/invitation-email.server";
import { composeDigest, composeNotificationEmail, type Recipient } from "~/notifications/emails.server";

export interface PreviewEmail {
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
}

const HOUR = 3_600_000;
const sampleRecipient = (locale: Locale): Recipient => ({ id: 1, name: "Lee Seo-yeon", email: "seoyeon.lee@mofa-korea.example.org", locale, timeZone: "Asia/Seoul" });
const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * HOUR);
const amendment = {
  id: 1,
  kind: "amendment_proposed",
  params: { member: "Ghana", statement: "Joint statement on veto restraint" },
  link: "/statements/1",
  createdAt: at(2),
  category: "amendments",
};

export const EMAIL_PREVIEWS: Record<string, (locale: Locale) => Promise<PreviewEmail>> = {
  "sign-in": (locale) =>
    composeSignInEmail({ email: "seoyeon.lee@mofa-korea.example.org", name: "Lee Seo-yeon", locale }, new URL("/login/confirm?token=sample", getConfig().APP_URL).toString()),
  invitation: (locale) =>
    composeInvitationEmail(
      { name: "Lee Seo-yeon", email: "seoyeon.lee@mofa-korea.example.org", locale, role: "focal_point", isAlternate: false, timeZone: "Asia/Seoul", memberName: "Republic of Korea" },
      { token: "sample", expiresAt: new Date(Date.now() + 7 * 24 * HOUR), inviterName: "Claire Hartley", predecessorName: "Kim Min-jun" },
    ),
  notification: (locale) => composeNotificationEmail(sampleRecipient(locale), amendment),
  "daily-digest": (locale) =>
    composeDigest(sampleRecipient(locale), "daily", [
      amendment,
      { ...amendment, id: 2, kind: "amendment_decided", params: { statement: "Joint statement on veto restraint" }, createdAt: at(5) },
      { id: 3, kind: "event_added", params: { event: "Human Rights Council, 62nd session" }, link: "/calendar", createdAt: at(9), category: "events" },
    ]),
};
