// The emails about a Global Call, in the recipient's language and time zone.
import { createElement } from "react";
import GlobalCallEmail from "../../emails/global-call";
import { renderEmail } from "../../emails/render";
import { getConfig } from "~/lib/config.server";
import type { DB } from "~/lib/db.server";
import { emailFrame, emailTranslator } from "~/lib/email-i18n.server";
import { i18nFor } from "~/i18n/i18next.server";
import { formatMoment, sameLocalTime } from "./time";

export type CallNotice = "rescheduled" | "cancelled" | "minutes";
export type CallEmailKind = "reminder" | CallNotice;

export async function loadCallForEmail(db: DB, eventId: number, personId: number) {
  const [event, person] = await Promise.all([
    db.selectFrom("events").selectAll().where("id", "=", eventId).executeTakeFirst(),
    db
      .selectFrom("people as p")
      .innerJoin("User as u", "u.id", "p.user_id")
      .leftJoin("event_rsvps as r", (join) => join.onRef("r.person_id", "=", "p.id").on("r.event_id", "=", eventId))
      .select(["p.id", "p.name", "p.locale", "p.time_zone as timeZone", "u.email", "r.response"])
      .where("p.id", "=", personId)
      .where("p.status", "=", "active")
      .executeTakeFirst(),
  ]);
  if (!event || !person) return null;
  return { event, person, rsvp: person.response };
}

export type CallForEmail = NonNullable<Awaited<ReturnType<typeof loadCallForEmail>>>;

/** Everyone a Global Call concerns: every active person of the network (invitations are network-wide). */
export async function recipientsOfCall(db: DB, _eventId: number): Promise<number[]> {
  const rows = await db.selectFrom("people").select("id").where("status", "=", "active").orderBy("id").execute();
  return rows.map((row) => row.id);
}

/** "7 days", "24 hours", "15 minutes" before: the largest whole unit. */
function offsetParts(minutes: number): { unit: "days" | "hours" | "minutes"; count: number } {
  if (minutes % 1440 === 0 && minutes >= 2880) return { unit: "days", count: minutes / 1440 };
  if (minutes % 60 === 0) return { unit: "hours", count: minutes / 60 };
  return { unit: "minutes", count: minutes };
}

export async function composeCallEmail(kind: CallEmailKind, call: CallForEmail, extra: { offsetMinutes?: number }) {
  const { event, person } = call;
  const locale = person.locale;
  const [frameT, i18n] = await Promise.all([emailTranslator(locale), i18nFor(locale)]);
  const t = i18n.getFixedT(locale, "calendar");
  const base = getConfig().APP_URL;
  const page = new URL(`/calendar/${event.id}`, base).toString();
  const facts = [{ label: t("emails.yourTime", { zone: person.timeZone }), value: formatMoment(locale, event.starts_at, person.timeZone) }];
  if (!sameLocalTime(event.starts_at, person.timeZone, event.time_zone)) {
    facts.push({ label: t("emails.callTime", { zone: event.time_zone }), value: formatMoment(locale, event.starts_at, event.time_zone) });
  }
  const actions: { label: string; url: string }[] = [];
  if (kind === "cancelled") {
    actions.push({ label: t("emails.open"), url: page });
  } else if (kind === "minutes") {
    actions.push({ label: t("emails.readMinutes"), url: `${page}#minutes` });
  } else {
    if (event.online_url) facts.push({ label: t("emails.join"), value: event.online_url });
    if (event.dial_in) facts.push({ label: t("emails.dialIn"), value: event.dial_in });
    actions.push({ label: t("emails.rsvp"), url: `${page}#rsvp` }, { label: t("emails.addToCalendar"), url: `${page}/event.ics` });
  }
  let lead: string;
  if (kind === "reminder") {
    const { unit, count } = offsetParts(extra.offsetMinutes ?? 60);
    lead = t(`emails.reminder.lead.${unit}`, { count });
  } else {
    lead = t(`emails.${kind}.lead`);
  }
  const subject = t(`emails.${kind}.subject`, { title: event.title });
  const { html, text } = await renderEmail(
    createElement(GlobalCallEmail, {
      frame: emailFrame(frameT, locale, lead),
      greeting: t("emails.greeting", { name: person.name }),
      lead,
      title: event.title,
      facts,
      actions,
      fallback: t("emails.fallback"),
    }),
  );
  return { to: person.email, subject, html, text };
}
