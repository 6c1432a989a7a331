import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { placeOf } from "./event-time";
import type { EventPage } from "./presenters.server";
import { formatMoment, formatSpan, sameLocalTime } from "./time";

/** When (the reader's time, and the event's own where it differs), where, how to join, who organises. */
export function EventFacts({ page, locale }: { page: EventPage; locale: string }) {
  const { t } = useTranslation("calendar");
  const { event, timeZone } = page;
  return (
    <dl className="facts event-facts">
      <dt>{t("event.yourTime", { zone: timeZone })}</dt>
      <dd>
        <time dateTime={new Date(event.starts_at).toISOString()}>
          {formatMoment(locale, event.starts_at, timeZone)}
        </time>
        <br />
        <span className="muted">{formatSpan(locale, event.starts_at, event.ends_at, timeZone)}</span>
      </dd>
      {sameLocalTime(event.starts_at, timeZone, event.time_zone) ? null : (
        <>
          <dt>{t("event.eventTime", { city: placeOf(event.location, event.time_zone) })}</dt>
          <dd>{formatMoment(locale, event.starts_at, event.time_zone)}</dd>
        </>
      )}
      {event.location ? (
        <>
          <dt>{t("event.location")}</dt>
          <dd>{event.location}</dd>
        </>
      ) : null}
      {event.onlineUrl ? (
        <>
          <dt>{t("event.online")}</dt>
          <dd>
            <a href={event.onlineUrl} rel="noopener noreferrer">
              {event.onlineUrl}
            </a>
          </dd>
        </>
      ) : null}
      {event.dialIn ? (
        <>
          <dt>{t("event.dialIn")}</dt>
          <dd>{event.dialIn}</dd>
        </>
      ) : null}
      <dt>{t("event.organiser")}</dt>
      <dd>
        {event.memberSlug ? <Link to={`/members/${event.memberSlug}`}>{event.memberName}</Link> : t("event.network")}
      </dd>
      <dt>{t("event.addedBy")}</dt>
      <dd>{event.createdByName ?? "—"}</dd>
    </dl>
  );
}
