import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { useLocale } from "~/components/use-locale";
import { EventTime } from "./event-time";
import { formatDay } from "./time";
import { ListLink } from "~/components/list-link";

/** The dashboard's next events, in the reader's time zone. */
export function UpcomingEvents({
  events,
  timeZone,
}: {
  events: {
    id: number;
    title: string;
    language: string;
    type: string;
    startsAt: string | Date;
    endsAt: string | Date;
    timeZone: string;
    location: string;
  }[];
  timeZone: string;
}) {
  const { t } = useTranslation("calendar");
  const locale = useLocale();
  return (
    <section className="card" aria-labelledby="upcoming-heading">
      <h2 id="upcoming-heading">{t("dashboard.upcoming")}</h2>
      {events.length === 0 ? (
        <p>{t("dashboard.none")}</p>
      ) : (
        <ul className="feature-list">
          {events.map((event) => (
            <li key={event.id}>
              <ListLink to={`/calendar/${event.id}`} lang={event.language}>
                {event.title}
              </ListLink>
              <p>
                {t(`types.${event.type}` as "types.training")} · {formatDay(locale, event.startsAt, timeZone)} ·{" "}
                <EventTime
                  locale={locale}
                  start={event.startsAt}
                  end={event.endsAt}
                  viewerZone={timeZone}
                  eventZone={event.timeZone}
                  location={event.location}
                />
              </p>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/calendar">{t("dashboard.all")}</Link>
      </p>
    </section>
  );
}
