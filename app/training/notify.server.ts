// Who moved up from a training's waiting list is told at once (notice and email, through the queue,
// in the transaction that gave them the seat), in their language, with the training's time in their
// zone; emails/training-seat.tsx is the email, registered with the notifications module by the
// worker's task list.
import { createElement } from "react";
import TrainingSeatEmail from "../../emails/training-seat";
import { renderEmail } from "../../emails/render";
import { eventFacts } from "~/calendar/notify.server";
import { formatMoment } from "~/calendar/time";
import { i18nFor } from "~/i18n/i18next.server";
import { getConfig } from "~/lib/config.server";
import type { DB } from "~/lib/db.server";
import { emailFrame, emailTranslator } from "~/lib/email-i18n.server";
import { optOutCategory } from "~/notifications/categories";
import { registerComposers } from "~/notifications/composers.server";
import { notify } from "~/notifications/delivery.server";
import { describeNotification } from "~/notifications/describe";
import { optOut, type ComposedEmail, type Recipient, type StoredNotification } from "~/notifications/emails.server";

const KIND = "training_moved_up";

/** Tells the person their seat is confirmed; pass the transaction that moved them up. */
export async function tellMovedUp(
  trx: DB,
  event: { id: number; title: string; starts_at: Date; time_zone: string },
  registration: { id: number; personId: number },
): Promise<void> {
  await notify(trx, {
    kind: KIND,
    recipients: [registration.personId],
    params: eventFacts(event),
    link: `/calendar/${event.id}#registration`,
    occurrence: `${KIND}:${registration.id}`,
    // A seat is worth knowing of at once, to prepare or to give it back.
    urgent: true,
    subject: { kind: "event", id: event.id },
  });
}

/** The email: the seat, when in the reader's zone, and to cancel if they cannot come. */
export async function composeSeatEmail(recipient: Recipient, notification: StoredNotification): Promise<ComposedEmail> {
  const [emails, i18n] = await Promise.all([emailTranslator(recipient.locale), i18nFor(recipient.locale)]);
  const t = i18n.getFixedT(recipient.locale, "notifications");
  const calendar = i18n.getFixedT(recipient.locale, "calendar");
  const headline = describeNotification(t, notification.kind, notification.params, recipient.locale);
  const { links, headers } = optOut(t, recipient, optOutCategory(notification.kind));
  const url = new URL(notification.link, getConfig().APP_URL).toString();
  const { html, text } = await renderEmail(
    createElement(TrainingSeatEmail, {
      frame: emailFrame(emails, recipient.locale, { title: headline, preview: headline }, links),
      greeting: t("email.greeting", { name: recipient.name }),
      headline,
      when: calendar("emails.yourTimeIs", {
        zone: recipient.timeZone,
        time: formatMoment(recipient.locale, new Date(notification.params.startsAt!), recipient.timeZone),
      }),
      advice: calendar("training.emailAdvice"),
      button: calendar("training.emailButton"),
      fallback: t("email.fallback"),
      url,
    }),
  );
  return { to: recipient.email, subject: headline, html, text, headers };
}

registerComposers({ [KIND]: { compose: composeSeatEmail } });
