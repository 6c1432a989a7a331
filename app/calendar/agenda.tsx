import { useTranslation } from "react-i18next";
import { EventLink } from "./month-grid";
import type { CalendarPage } from "./presenters.server";
import { formatDay, instantToZoned } from "./time";

/** Events day by day in the reader's zone, soonest first. */
export function Agenda({ page, locale }: { page: CalendarPage; locale: string }) {
  const { t } = useTranslation("calendar");
  if (page.events.length === 0) return <p className="notice">{t("agenda.empty")}</p>;
  const days: [string, CalendarPage["events"]][] = [];
  for (const event of page.events) {
    const day = instantToZoned(event.startsAt, page.timeZone).date;
    const last = days[days.length - 1];
    if (last && last[0] === day) last[1].push(event);
    else days.push([day, [event]]);
  }
  return (
    <div className="agenda">
      {days.map(([day, events]) => (
        <section key={day} aria-labelledby={`day-${day}`}>
          <h3 id={`day-${day}`}>{formatDay(locale, `${day}T12:00:00Z`, "UTC")}</h3>
          <ul className="agenda-list">
            {events.map((event) => (
              <li key={event.id}>
                <span className="tag">{t(`types.${event.type}`)}</span>{" "}
                <EventLink event={event} timeZone={page.timeZone} locale={locale} />
                {event.location || event.memberName ? (
                  <p className="muted">{[event.location, event.memberName].filter(Boolean).join(" · ")}</p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
