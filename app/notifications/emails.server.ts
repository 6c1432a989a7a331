// The two emails the notifications module writes itself: one notification at once, and the digest.
import type { TFunction } from "i18next";
import { createElement } from "react";
import type { Locale } from "../../db/schema";
import DigestEmail from "../../emails/digest";
import NotificationEmail from "../../emails/notification";
import { renderEmail } from "../../emails/render";
import { i18nFor } from "~/i18n/i18next.server";
import { getConfig } from "~/lib/config.server";
import { emailFrame, emailTranslator } from "~/lib/email-i18n.server";
import { formatDateTime } from "~/lib/format";
import type { OutgoingEmail } from "~/lib/mailer.server";
import { CATEGORIES, optOutCategory, type Category } from "./categories";
import { describeDetail, describeEventTime, describeNotification } from "./describe";
import { unsubscribeHeaders, unsubscribeUrl, type DigestCadence, type UnsubscribeScope } from "./unsubscribe.server";

export interface Recipient {
  id: number;
  name: string;
  email: string;
  locale: Locale;
  timeZone: string;
  /**
   * Can no longer sign in (an account notice still reaches them: a focal point who handed over
   * their seat); their email then offers no way into the portal, whose pages would only refuse them.
   */
  signedOff?: boolean;
}

export interface StoredNotification {
  id: number;
  kind: string;
  params: Record<string, string>;
  link: string;
  createdAt: Date;
}

export type ComposedEmail = Omit<OutgoingEmail, "purpose" | "idempotencyKey">;

const absolute = (path: string) => new URL(path, getConfig().APP_URL).toString();

async function translators(locale: Locale) {
  const [emails, notifications] = await Promise.all([
    emailTranslator(locale),
    i18nFor(locale).then((i18n) => i18n.getFixedT(locale, "notifications")),
  ]);
  return { emails, t: notifications };
}

/**
 * The footer's links: email preferences and, for a message one may turn off, the one-click
 * unsubscribe at `unsubscribe` (the person's signed address, or a slot a cached rendering fills in).
 */
export function footerLinks(t: TFunction<"notifications">, scope: UnsubscribeScope | null, unsubscribe: string) {
  const preferences = { label: t("email.preferences"), url: absolute("/notifications/preferences") };
  if (!scope) return { preferences };
  const label =
    scope === "daily" || scope === "weekly"
      ? t("email.unsubscribeDigest")
      : t("email.unsubscribe", { category: t(`categories.${scope}.label`) });
  return { preferences, unsubscribe: { label, url: unsubscribe } };
}

/**
 * Footer links and List-Unsubscribe headers for a message the person may turn off (shared with
 * features' own notification emails).
 */
export function optOut(t: TFunction<"notifications">, recipient: Recipient, scope: UnsubscribeScope | null) {
  if (!scope) return { links: footerLinks(t, null, ""), headers: undefined };
  return {
    links: footerLinks(t, scope, unsubscribeUrl(recipient.id, scope)),
    headers: unsubscribeHeaders(recipient.id, scope),
  };
}

/**
 * One notification as its own email. `details` are extra lines a feature adds (dates in the
 * reader's zone…); a notice may also name one of the `details` sentences in its `detail` fact.
 */
export async function composeNotificationEmail(
  recipient: Recipient,
  notification: StoredNotification,
  details: string[] = [],
): Promise<ComposedEmail> {
  const { emails, t } = await translators(recipient.locale);
  const headline = describeNotification(t, notification.kind, notification.params, recipient.locale);
  const { links, headers } = recipient.signedOff
    ? { links: undefined, headers: undefined }
    : optOut(t, recipient, optOutCategory(notification.kind));
  const { html, text } = await renderEmail(
    createElement(NotificationEmail, {
      frame: emailFrame(
        emails,
        recipient.locale,
        { title: headline, preview: headline, audience: recipient.signedOff ? "former" : "member" },
        links,
      ),
      greeting: t("email.greeting", { name: recipient.name }),
      headline,
      details: [...describeDetail(t, notification.params, recipient.locale), ...details],
      button: t("email.button"),
      fallback: t("email.fallback"),
      url: recipient.signedOff ? undefined : absolute(notification.link),
    }),
  );
  return { to: recipient.email, subject: headline, html, text, headers };
}

/** The period's notifications in one email, grouped by category in the preferences' order. */
export async function composeDigest(
  recipient: Recipient,
  cadence: DigestCadence,
  items: (StoredNotification & { category: string })[],
): Promise<ComposedEmail> {
  const { emails, t } = await translators(recipient.locale);
  const sections = CATEGORIES.map((category: Category) => ({
    heading: t(`categories.${category}.label`),
    items: items
      .filter((item) => item.category === category)
      .map((item) => ({
        text: [
          describeNotification(t, item.kind, item.params, recipient.locale),
          describeEventTime(t, item.params, recipient.locale, recipient.timeZone),
        ]
          .filter(Boolean)
          .join(" — "),
        url: absolute(item.link),
        when: formatDateTime(recipient.locale, item.createdAt, recipient.timeZone),
      })),
  })).filter((section) => section.items.length > 0);
  const subject = t(`digest.subject_${cadence}`, { count: items.length });
  const { links, headers } = optOut(t, recipient, cadence);
  const { html, text } = await renderEmail(
    createElement(DigestEmail, {
      frame: emailFrame(emails, recipient.locale, { title: subject, preview: subject }, links),
      greeting: t("email.greeting", { name: recipient.name }),
      intro: t(`digest.intro_${cadence}`),
      sections,
      button: t("digest.button"),
      url: absolute("/notifications"),
    }),
  );
  return { to: recipient.email, subject, html, text, headers };
}
