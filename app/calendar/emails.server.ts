// The emails about a Global Call, in the recipient's language and time zone.
import { sql, type Selectable } from "kysely";
import { createElement } from "react";
import type { EventTable, Locale } from "../../db/schema";
import GlobalCallEmail from "../../emails/global-call";
import { renderEmail } from "../../emails/render";
import { getConfig } from "~/lib/config.server";
import { escapeHtml } from "~/lib/html";
import type { DB } from "~/lib/db.server";
import { emailFrame, emailTranslator } from "~/lib/email-i18n.server";
import { i18nFor } from "~/i18n/i18next.server";
import type { Category } from "~/notifications/categories";
import { footerLinks, type ComposedEmail, type Recipient } from "~/notifications/emails.server";
import { unsubscribeHeaders, unsubscribeUrl } from "~/notifications/unsubscribe.server";
import { EMAIL_ANSWERS, rsvpUrl } from "./rsvp-links.server";
import { formatMoment, sameLocalTime } from "./time";

export type CallEmailKind = "announced" | "reminder" | "unanswered" | "rescheduled" | "cancelled" | "minutes";
/** A call as its emails are written from: with its title's translations, by language, where it has any. */
export type CallEvent = Selectable<EventTable> & { titles?: Partial<Record<Locale, string>> | null };

/** A burst of reminders reads the same call: a second is fresh enough (a change bumps updated_at anyway). */
const recentEvents = new Map<number, { at: number; event: Promise<CallEvent | undefined> }>();
export function readEvent(db: DB, eventId: number, cache: boolean): Promise<CallEvent | undefined> {
  const read = () =>
    db
      .selectFrom("events as e")
      .selectAll("e")
      .select(
        sql<Partial<
          Record<Locale, string>
        > | null>`(select json_object_agg(t.locale, t.text) from content_translations t
          where t.subject_kind = 'event' and t.subject_id = e.id and t.field = 'title' and t.text <> '')`.as("titles"),
      )
      .where("e.id", "=", eventId)
      .executeTakeFirst();
  if (!cache) return read();
  const hit = recentEvents.get(eventId);
  if (hit && Date.now() - hit.at < 1_000) return hit.event;
  if (recentEvents.size > 100) recentEvents.clear();
  const event = read();
  recentEvents.set(eventId, { at: Date.now(), event });
  return event;
}

/** "7 days", "24 hours", "15 minutes" before: the largest whole unit. */
function offsetParts(minutes: number): { unit: "days" | "hours" | "minutes"; count: number } {
  if (minutes % 1440 === 0 && minutes >= 2880) return { unit: "days", count: minutes / 1440 };
  if (minutes % 60 === 0) return { unit: "hours", count: minutes / 60 };
  return { unit: "minutes", count: minutes };
}

/**
 * Rendering is the costly part of a reminder, and a call's reminders differ only by language, name,
 * time zone and unsubscribe link: each (call version, message, language) is rendered once, and the
 * recipient's name, zone, local time and link are put into its slots after.
 */
const NAME_SLOT = "RECIPIENT_NAME_SLOT";
const ZONE_SLOT = "RECIPIENT_ZONE_SLOT";
const TIME_SLOT = "RECIPIENT_TIME_SLOT";
const UNSUBSCRIBE_SLOT = "RECIPIENT_UNSUBSCRIBE_SLOT";
// Answer links are signed for each person (see rsvp-links.server.ts).
const ATTEND_SLOT = "RECIPIENT_ATTEND_SLOT";
const DECLINE_SLOT = "RECIPIENT_DECLINE_SLOT";
const rendered = new Map<string, Promise<{ subject: string; html: string; text: string }>>();

/** A message about a Global Call to one person, with the footer links and List-Unsubscribe headers of `scope`. */
export async function composeCallEmail(
  kind: CallEmailKind,
  event: CallEvent,
  person: Recipient,
  extra: { offsetMinutes?: number },
  scope: Category,
): Promise<ComposedEmail> {
  // The call's own time is added only for those who live in another zone.
  const sameTime = sameLocalTime(event.starts_at, person.timeZone, event.time_zone);
  // A translation saved since is a new text to render.
  const title = event.titles?.[person.locale] ?? event.title;
  const key = [
    title,
    kind,
    event.id,
    event.sequence,
    event.updated_at.getTime(),
    extra.offsetMinutes ?? "",
    person.locale,
    sameTime,
    scope,
  ].join("|");
  let template = rendered.get(key);
  if (!template) {
    if (rendered.size > 1_000) rendered.clear();
    template = renderCallEmail(kind, { ...event, title }, person.locale, sameTime, extra, scope);
    rendered.set(key, template);
    template.catch(() => rendered.delete(key));
  }
  const { subject, html, text } = await template;
  const slots: [string, string][] = [
    [NAME_SLOT, person.name],
    [ZONE_SLOT, person.timeZone],
    [TIME_SLOT, formatMoment(person.locale, event.starts_at, person.timeZone)],
    [UNSUBSCRIBE_SLOT, unsubscribeUrl(person.id, scope)],
    ...EMAIL_ANSWERS.map((response): [string, string] => [
      response === "attending" ? ATTEND_SLOT : DECLINE_SLOT,
      rsvpUrl({ personId: person.id, eventId: event.id, response, expiresAt: event.starts_at }),
    ]),
  ];
  const fill = (body: string, escape: (value: string) => string) =>
    slots.reduce((out, [slot, value]) => out.replaceAll(slot, escape(value)), body);
  return {
    to: person.email,
    subject,
    html: fill(html, escapeHtml),
    text: fill(text, (value) => value),
    headers: unsubscribeHeaders(person.id, scope),
  };
}

async function renderCallEmail(
  kind: CallEmailKind,
  event: CallEvent,
  locale: Locale,
  sameTime: boolean,
  extra: { offsetMinutes?: number },
  scope: Category,
) {
  const [frameT, i18n] = await Promise.all([emailTranslator(locale), i18nFor(locale)]);
  const t = i18n.getFixedT(locale, "calendar");
  const links = footerLinks(i18n.getFixedT(locale, "notifications"), scope, UNSUBSCRIBE_SLOT);
  const base = getConfig().APP_URL;
  const page = new URL(`/calendar/${event.id}`, base).toString();
  const facts = [{ label: t("emails.yourTime", { zone: ZONE_SLOT }), value: TIME_SLOT }];
  if (!sameTime) {
    facts.push({
      label: t("emails.callTime", { zone: event.time_zone }),
      value: formatMoment(locale, event.starts_at, event.time_zone),
    });
  }
  const actions: { label: string; url: string }[] = [];
  if (kind === "cancelled") {
    actions.push({ label: t("emails.open"), url: page });
  } else if (kind === "minutes") {
    actions.push({ label: t("emails.readMinutes"), url: `${page}#minutes` });
  } else {
    if (event.online_url) facts.push({ label: t("emails.join"), value: event.online_url });
    if (event.dial_in) facts.push({ label: t("emails.dialIn"), value: event.dial_in });
    // Answered from the email itself, without signing in: each link opens a page that confirms it.
    actions.push(
      { label: t("emails.attend"), url: ATTEND_SLOT },
      { label: t("emails.decline"), url: DECLINE_SLOT },
      { label: t("emails.addToCalendar"), url: `${page}/event.ics` },
    );
  }
  const subject = t(`emails.${kind}.subject`, { title: event.title });
  let lead: string;
  if (kind === "reminder") {
    const { unit, count } = offsetParts(extra.offsetMinutes ?? 60);
    lead = t(`emails.reminder.lead.${unit}`, { count });
  } else {
    lead = t(`emails.${kind}.lead`);
  }
  const { html, text } = await renderEmail(
    createElement(GlobalCallEmail, {
      frame: emailFrame(frameT, locale, { title: subject, preview: lead }, links),
      greeting: t("emails.greeting", { name: NAME_SLOT }),
      lead,
      title: event.title,
      facts,
      actions,
      fallback: t("emails.fallback"),
    }),
  );
  return { subject, html, text };
}
