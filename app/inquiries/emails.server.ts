// The answer to an inquiry, emailed to whoever asked: a focal point (in their language, with a link
// to the inquiry in the portal) or a visitor from the public site (no account, no link inside).
// It is not a notification: a visitor has no notification centre nor preferences, and an answer to
// a question one asked is always sent. It goes through the job queue all the same.
import { createElement } from "react";
import InquiryAnswerEmail from "../../emails/inquiry-answer";
import { renderEmail } from "../../emails/render";
import type { Locale } from "~/i18n/config";
import { getConfig } from "~/lib/config.server";
import { getDb, type DB } from "~/lib/db.server";
import { deliverOnce } from "~/lib/deliveries.server";
import { emailFrame, emailTranslator } from "~/lib/email-i18n.server";

export interface AnswerRecipient {
  name: string;
  email: string;
  locale: Locale;
  /** A focal point's inquiry: they can read it in the portal. */
  member: boolean;
}

export async function composeAnswerEmail(
  recipient: AnswerRecipient,
  inquiry: { id: number; subject: string; answer: string },
) {
  const t = await emailTranslator(recipient.locale);
  const subject = t("inquiryAnswer.subject", { subject: inquiry.subject });
  const { html, text } = await renderEmail(
    createElement(InquiryAnswerEmail, {
      frame: emailFrame(t, recipient.locale, {
        title: subject,
        preview: t("inquiryAnswer.preview"),
        audience: recipient.member ? "member" : "visitor",
      }),
      greeting: t("inquiryAnswer.greeting", { name: recipient.name }),
      intro: t("inquiryAnswer.intro"),
      asked: t("inquiryAnswer.asked", { subject: inquiry.subject }),
      answerHeading: t("inquiryAnswer.answerHeading"),
      answer: inquiry.answer.split(/\n+/).filter((line) => line.trim() !== ""),
      link: recipient.member
        ? {
            label: t("inquiryAnswer.button"),
            url: new URL(`/inquiries/${inquiry.id}`, getConfig().APP_URL).toString(),
          }
        : undefined,
    }),
  );
  return { to: recipient.email, subject, html, text };
}

/** The job behind an answer: one email, once, to the focal point who asked or the visitor. */
export async function sendInquiryAnswer(inquiryId: number, db: DB = getDb()): Promise<boolean> {
  const row = await db
    .selectFrom("inquiries as i")
    .leftJoin("people as p", "p.id", "i.asked_by")
    .leftJoin("User as u", "u.id", "p.user_id")
    .select([
      "i.id",
      "i.subject",
      "i.answer",
      "i.status",
      "i.asked_by as personId",
      "i.locale as inquiryLocale",
      "i.contact_name as contactName",
      "i.contact_email as contactEmail",
      "p.name as personName",
      "p.locale as personLocale",
      "u.email as personEmail",
    ])
    .where("i.id", "=", inquiryId)
    .executeTakeFirst();
  if (!row || row.status !== "answered") return false;
  const recipient: AnswerRecipient | null =
    row.personId !== null && row.personEmail && row.personName && row.personLocale
      ? { name: row.personName, email: row.personEmail, locale: row.personLocale, member: true }
      : row.contactEmail && row.contactName
        ? { name: row.contactName, email: row.contactEmail, locale: row.inquiryLocale, member: false }
        : null;
  if (!recipient) return false;
  return deliverOnce(
    { key: `inquiry-answer:${row.id}`, purpose: "inquiry_answer", personId: row.personId },
    () => composeAnswerEmail(recipient, row),
    db,
  );
}
