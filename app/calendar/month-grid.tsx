import { useTranslation } from "react-i18next";
import { ListLink } from "~/components/list-link";
import { EventTime } from "./event-time";
import type { CalendarPage } from "./presenters.server";
import { formatDay } from "./time";

type ListedEvent = CalendarPage["events"][number];

/** An event in the grid or the agenda: its title, marked when cancelled, and its time for the reader. */
export function EventLink({
  event,
  timeZone,
  locale,
  compact,
  continued,
}: {
  event: ListedEvent;
  timeZone: string;
  locale: string;
  compact?: boolean;
  continued?: boolean;
}) {
  const { t } = useTranslation("calendar");
  const cancelled = event.status === "cancelled";
  return (
    <span className={`calendar-event calendar-event-${event.type}${cancelled ? " calendar-event-cancelled" : ""}`}>
      <ListLink to={`/calendar/${event.id}`} lang={event.language}>
        {event.title}
      </ListLink>{" "}
      {cancelled ? <span className="tag tag-cancelled">{t("event.cancelled")}</span> : null}
      <br />
      {continued ? (
        <span className="event-time">{t("month.continues")}</span>
      ) : (
        <EventTime
          locale={locale}
          start={event.startsAt}
          end={event.endsAt}
          viewerZone={timeZone}
          eventZone={event.timeZone}
          location={event.location}
          compact={compact}
        />
      )}
    </span>
  );
}

/** A month, Monday first; a session of several days shows on each of them, its time only on the first. */
export function MonthGrid({
  page,
  locale,
  agendaLink,
}: {
  page: CalendarPage & { month: string };
  locale: string;
  agendaLink: (day: string) => string;
}) {
  const { t } = useTranslation("calendar");
  const byId = new Map(page.events.map((event) => [event.id, event]));
  const weekday = new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" });
  const monthName = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${page.month}-01T00:00:00Z`),
  );
  return (
    <table className="month-grid">
      <caption>{t("month.caption", { month: monthName })}</caption>
      <thead>
        <tr>
          {page.weeks[0]!.map((day) => (
            <th key={day} scope="col">
              {weekday.format(new Date(`${day}T00:00:00Z`))}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {page.weeks.map((week) => (
          <tr key={week[0]}>
            {week.map((day) => {
              const cell = page.days[day];
              const events = cell?.shown ?? [];
              const outside = day.slice(0, 7) !== page.month;
              const className =
                `${outside ? "outside" : ""}${day === page.today ? " today" : ""}` + (events.length ? "" : " empty");
              return (
                <td key={day} className={className}>
                  <span className="day-number">
                    <span className="sr-only">{formatDay(locale, `${day}T12:00:00Z`, "UTC")}</span>
                    <span aria-hidden="true">{Number(day.slice(8))}</span>
                  </span>
                  {events.length ? (
                    <ul>
                      {events.map(({ id, continued }) => (
                        <li key={id}>
                          <EventLink
                            event={byId.get(id)!}
                            timeZone={page.timeZone}
                            locale={locale}
                            compact
                            continued={continued}
                          />
                        </li>
                      ))}
                      {cell!.more ? (
                        <li>
                          <ListLink to={agendaLink(day)}>{t("month.more", { count: cell!.more })}</ListLink>
                        </li>
                      ) : null}
                    </ul>
                  ) : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
