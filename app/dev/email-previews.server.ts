// Every email the portal sends, composed with sample data, for /dev/emails (never in production).
import type { Locale } from "../../db/schema";
import { composeSignInEmail } from "~/auth/emails.server";
import { composeCallEmail, type CallEvent } from "~/calendar/emails.server";
import { composeEventNotification, eventFacts } from "~/calendar/notify.server";
import { getConfig } from "~/lib/config.server";
import { composeAnswerEmail } from "~/inquiries/emails.server";
import { composePairingEmail } from "~/onboarding/notify.server";
import { composeSeatEmail } from "~/training/notify.server";
import { composeInvitationEmail } from "~/members/invitation-email.server";
import { composeDigest, composeNotificationEmail, type Recipient } from "~/notifications/emails.server";

export interface PreviewEmail {
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
}

const HOUR = 3_600_000;
const sampleRecipient = (locale: Locale): Recipient => ({
  id: 1,
  name: "Lee Seo-yeon",
  email: "seoyeon.lee@mofa-korea.example.org",
  locale,
  timeZone: "Asia/Seoul",
});
const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * HOUR);
const amendment = {
  id: 1,
  kind: "amendment_proposed",
  params: { member: "Ghana", statement: "Joint statement on veto restraint" },
  link: "/statements/1",
  createdAt: at(2),
  category: "amendments",
};

const call: CallEvent = {
  id: 1,
  uid: "sample",
  title: "Global Call: The Kigali Principles",
  language: "en",
  type: "global_call",
  starts_at: new Date("2027-06-17T14:00:00Z"),
  ends_at: new Date("2027-06-17T15:00:00Z"),
  time_zone: "UTC",
  location: "",
  online_url: "https://meet.example.org/kigali",
  dial_in: "+41 22 000 00 00",
  description: "",
  agenda: "",
  minutes: "",
  minutes_posted_at: null,
  member_id: null,
  created_by: null,
  status: "scheduled",
  sequence: 0,
  reminder_offsets: [10080, 1440, 60],
  created_at: at(24),
  updated_at: at(24),
  cancelled_at: null,
  public: false,
  capacity: null,
};
const event = {
  ...call,
  id: 2,
  title: "Human Rights Council, 62nd session: side event",
  starts_at: new Date("2027-06-22T08:00:00Z"),
  time_zone: "Europe/Zurich",
};

export const EMAIL_PREVIEWS: Record<string, (locale: Locale) => Promise<PreviewEmail>> = {
  "sign-in": (locale) =>
    composeSignInEmail(
      { email: "seoyeon.lee@mofa-korea.example.org", name: "Lee Seo-yeon", locale },
      new URL("/login/confirm?token=sample", getConfig().APP_URL).toString(),
    ),
  invitation: (locale) =>
    composeInvitationEmail(
      {
        name: "Lee Seo-yeon",
        email: "seoyeon.lee@mofa-korea.example.org",
        locale,
        role: "focal_point",
        isAlternate: false,
        timeZone: "Asia/Seoul",
        memberName: "Republic of Korea",
      },
      {
        token: "sample",
        expiresAt: new Date(Date.now() + 7 * 24 * HOUR),
        inviterName: "Claire Hartley",
        predecessorName: "Kim Min-jun",
      },
    ),
  notification: (locale) => composeNotificationEmail(sampleRecipient(locale), amendment),
  "inquiry-answer": (locale) =>
    composeAnswerEmail(
      { name: "Lee Seo-yeon", email: "seoyeon.lee@mofa-korea.example.org", locale, member: true },
      {
        id: 1,
        subject: "Translating the Framework of Analysis into Korean",
        answer: "Thank you for your question.\n\nThe secretariat can share the French and Spanish translations.",
      },
    ),
  "join-answer": (locale) =>
    composeAnswerEmail(
      { name: "Amina Diallo", email: "amina.diallo@example.org", locale, member: false },
      {
        id: 2,
        subject: "Ministry of Foreign Affairs of Senegal",
        answer: "Thank you for your interest in the Global Network.",
      },
    ),
  "call-announced": (locale) => composeCallEmail("announced", call, sampleRecipient(locale), {}, "global_calls"),
  "call-reminder": (locale) =>
    composeCallEmail("reminder", call, sampleRecipient(locale), { offsetMinutes: 1440 }, "global_calls"),
  "event-added": (locale) =>
    composeEventNotification(sampleRecipient(locale), {
      id: 4,
      kind: "event_added",
      params: eventFacts(event),
      link: "/calendar/2",
      createdAt: at(1),
    }),
  handover: (locale) =>
    composeNotificationEmail(sampleRecipient(locale), {
      id: 5,
      kind: "handover",
      params: { member: "Republic of Korea", successor: "Park Ji-woo", detail: "handover_invited" },
      link: "/members/republic-of-korea",
      createdAt: at(1),
    }),
  "activity-returned": (locale) =>
    composeNotificationEmail(sampleRecipient(locale), {
      id: 6,
      kind: "activity_returned",
      params: {
        activity: "Seminar on the Framework of Analysis for East Asian ministries",
        note: "Please name the ministries taking part and give the seminar a date.",
        detail: "activity_returned",
      },
      link: "/work/activities/1",
      createdAt: at(1),
    }),
  "activity-approved": (locale) =>
    composeNotificationEmail(sampleRecipient(locale), {
      id: 7,
      kind: "activity_approved",
      params: { activity: "Seminar on the Framework of Analysis for East Asian ministries" },
      link: "/work/activities/1",
      createdAt: at(1),
    }),
  "best-practice-returned": (locale) =>
    composeNotificationEmail(sampleRecipient(locale), {
      id: 8,
      kind: "best_practice_returned",
      params: { practice: "A national atrocity-prevention committee", detail: "best_practice_returned" },
      link: "/manual/best-practices/1",
      createdAt: at(1),
    }),
  "best-practice-published": (locale) =>
    composeNotificationEmail(sampleRecipient(locale), {
      id: 9,
      kind: "best_practice_published",
      params: { practice: "A national atrocity-prevention committee", detail: "best_practice_published" },
      link: "/manual/best-practices/1",
      createdAt: at(1),
    }),
  "situation-update": (locale) =>
    composeNotificationEmail(sampleRecipient(locale), {
      id: 10,
      kind: "situation_update_posted",
      params: { group: "Central Sahel: risks to civilians in the tri-border area" },
      link: "/groups/1#update-4",
      createdAt: at(1),
    }),
  "training-seat": (locale) =>
    composeSeatEmail(sampleRecipient(locale), {
      id: 12,
      kind: "training_moved_up",
      params: {
        eventId: "2",
        event: "Annual training for newly appointed focal points",
        startsAt: "2027-03-09T08:00:00.000Z",
        timeZone: "Europe/Zurich",
      },
      link: "/calendar/2#registration",
      createdAt: at(1),
    }),
  pairing: (locale) =>
    composePairingEmail(
      sampleRecipient(locale),
      {
        id: 11,
        kind: "paired_as_mentor",
        params: {
          pairingId: "1",
          name: "Maria Santos",
          member: "Philippines",
          "member@fr": "Philippines",
          "member@es": "Filipinas",
        },
        link: "/#pairings",
        createdAt: at(1),
      },
      [
        {
          name: "Maria Santos",
          memberName: "Philippines",
          email: "maria.santos@dfa-philippines.example.org",
          mine: "mentor",
          theirs: "newcomer",
        },
      ],
    ),
  "daily-digest": (locale) =>
    composeDigest(sampleRecipient(locale), "daily", [
      amendment,
      {
        ...amendment,
        id: 2,
        kind: "amendment_decided",
        params: { statement: "Joint statement on veto restraint" },
        createdAt: at(5),
      },
      {
        id: 3,
        kind: "event_added",
        params: { event: "Human Rights Council, 62nd session" },
        link: "/calendar",
        createdAt: at(9),
        category: "events",
      },
    ]),
};
