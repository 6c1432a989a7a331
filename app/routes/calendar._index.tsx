import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EVENT_TYPES, REGIONAL_GROUPS } from "../../db/schema";
import { requireUser } from "~/auth/session.server";
import { EventTime } from "~/calendar/event-time";
import { agendaFrom, eventsBetween, type EventSummary } from "~/calendar/events.server";
import { calendarQuery } from "~/calendar/forms.server";
import { daysCovered, formatDay, instantToZoned, monthWeeks, shiftMonth, zonedToInstant } from "~/calendar/time";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { now } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { ListLink } from "~/components/list-link";

export const handle: RouteHandle = { i18n: "calendar", title: (t) => t("calendar:title") };

/** Midnight at the start of a day in a zone (a zone's midnight may not exist: then the next minute that does). */
function startOfDay(date: string, zone: string): Date {
  return zonedToInstant(date, "00:00", zone) ?? zonedToInstant(date, "01:00", zone) ?? new Date(`${date}T00:00:00Z`);
}

/** A busy day shows its first events and links to the rest in the agenda. */
const SHOWN_PER_DAY = 4;
type MonthDays = Record<string, { shown: { id: number; continued: boolean }[]; more: number }>;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  const query = calendarQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const zone = person.timeZone;
  const current = now();
  const filter = { type: query.type, group: query.group };
  const base = {
    query,
    timeZone: zone,
    today: instantToZoned(current, zone).date,
    isSecretariat: person.role === "secretariat",
  };
  if (query.view === "agenda") {
    const { events, hasNext } = await agendaFrom(
      getDb(),
      query.from ? startOfDay(query.from, zone) : current,
      filter,
      query.page,
    );
    return { ...base, month: null, weeks: [], days: {} as MonthDays, events, hasNext };
  }
  const month = query.month ?? base.today.slice(0, 7);
  const weeks = monthWeeks(month);
  const from = startOfDay(weeks[0]![0]!, zone);
  const lastDay = weeks[weeks.length - 1]![6]!;
  const to = startOfDay(new Date(Date.parse(`${lastDay}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10), zone);
  const all = await eventsBetween(getDb(), from, to, filter);
  // The grid is laid out here so the page carries only the events it shows.
  const days: MonthDays = {};
  const shownIds = new Set<number>();
  for (const event of all) {
    daysCovered(event.startsAt, event.endsAt, zone).forEach((day, index) => {
      const cell = (days[day] ??= { shown: [], more: 0 });
      if (cell.shown.length < SHOWN_PER_DAY) {
        cell.shown.push({ id: event.id, continued: index > 0 });
        shownIds.add(event.id);
      } else cell.more++;
    });
  }
  return { ...base, month, weeks, days, events: all.filter((event) => shownIds.has(event.id)), hasNext: false };
}

type Loaded = ReturnType<typeof useLoaderData<typeof loader>>;

function EventLink({
  event,
  compact,
  continued,
  data,
  locale,
}: {
  event: Loaded["events"][number];
  compact?: boolean;
  continued?: boolean;
  data: Loaded;
  locale: string;
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
          viewerZone={data.timeZone}
          eventZone={event.timeZone}
          compact={compact}
        />
      )}
    </span>
  );
}

function MonthGrid({
  data,
  locale,
  agendaLink,
}: {
  data: Loaded;
  locale: string;
  agendaLink: (day: string) => string;
}) {
  const { t } = useTranslation("calendar");
  const byId = new Map(data.events.map((event) => [event.id, event]));
  const weekday = new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" });
  const monthName = new Intl.DateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${data.month}-01T00:00:00Z`),
  );
  return (
    <table className="month-grid">
      <caption>{t("month.caption", { month: monthName })}</caption>
      <thead>
        <tr>
          {data.weeks[0]!.map((day) => (
            <th key={day} scope="col">
              {weekday.format(new Date(`${day}T00:00:00Z`))}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {data.weeks.map((week) => (
          <tr key={week[0]}>
            {week.map((day) => {
              // A session of several days shows on each of them; its time only on the first.
              const cell = data.days[day];
              const events = cell?.shown ?? [];
              const outside = day.slice(0, 7) !== data.month;
              const className =
                `${outside ? "outside" : ""}${day === data.today ? " today" : ""}` + (events.length ? "" : " empty");
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
                          <EventLink event={byId.get(id)!} compact continued={continued} data={data} locale={locale} />
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

function Agenda({ data, locale }: { data: Loaded; locale: string }) {
  const { t } = useTranslation("calendar");
  if (data.events.length === 0) return <p className="notice">{t("agenda.empty")}</p>;
  const days: [string, EventSummary[]][] = [];
  for (const event of data.events as unknown as EventSummary[]) {
    const day = instantToZoned(event.startsAt, data.timeZone).date;
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
                <EventLink event={event as unknown as Loaded["events"][number]} data={data} locale={locale} />
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

export default function Calendar() {
  const data = useLoaderData<typeof loader>();
  const { t } = useTranslation(["calendar", "common"]);
  const locale = useLocale();
  const { query } = data;
  const link = (changes: Record<string, string | undefined>) => {
    const params = new URLSearchParams();
    const merged = {
      view: query.view,
      month: data.month ?? undefined,
      from: query.from,
      type: query.type,
      group: query.group,
      ...changes,
    };
    for (const [key, value] of Object.entries(merged))
      if (value && !(key === "view" && value === "month")) params.set(key, value);
    return `/calendar?${params}`;
  };
  return (
    <>
      <PageTitle>{t("title")}</PageTitle>
      <p>{t("intro", { zone: data.timeZone })}</p>
      <div className="actions">
        <Link to="/calendar/new" className="button">
          {data.isSecretariat ? t("addOrSchedule") : t("add")}
        </Link>
        <Link to="/calendar/subscribe" className="button button-secondary">
          {t("subscribe")}
        </Link>
      </div>
      <nav aria-label={t("views.label")} className="view-switch section-gap">
        <Link
          to={link({ view: "month", page: undefined, from: undefined })}
          aria-current={query.view === "month" ? "page" : undefined}
        >
          {t("views.month")}
        </Link>
        <Link
          to={link({ view: "agenda", month: undefined })}
          aria-current={query.view === "agenda" ? "page" : undefined}
        >
          {t("views.agenda")}
        </Link>
      </nav>
      <Form method="get" className="filters" role="search" aria-label={t("filters.label")}>
        <input type="hidden" name="view" value={query.view} />
        {data.month ? <input type="hidden" name="month" value={data.month} /> : null}
        {query.from ? <input type="hidden" name="from" value={query.from} /> : null}
        <div className="field">
          <label htmlFor="type">{t("filters.type")}</label>
          <select id="type" name="type" defaultValue={query.type ?? ""}>
            <option value="">{t("filters.allTypes")}</option>
            {EVENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`types.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="group">{t("filters.group")}</label>
          <select id="group" name="group" defaultValue={query.group ?? ""}>
            <option value="">{t("filters.allGroups")}</option>
            {REGIONAL_GROUPS.map((group) => (
              <option key={group} value={group}>
                {t(`common:regionalGroups.${group}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t("filters.apply")}</button>
      </Form>
      {data.month ? (
        <>
          <nav className="pagination" aria-label={t("month.navigation")}>
            <Link to={link({ month: shiftMonth(data.month, -1) })}>{t("month.previous")}</Link>
            <Link to={link({ month: undefined })}>{t("month.current")}</Link>
            <Link to={link({ month: shiftMonth(data.month, 1) })}>{t("month.next")}</Link>
          </nav>
          <MonthGrid
            data={data}
            locale={locale}
            agendaLink={(day) => link({ view: "agenda", month: undefined, from: day })}
          />
          {data.events.length === 0 ? <p className="notice">{t("month.empty")}</p> : null}
        </>
      ) : (
        <>
          <Agenda data={data} locale={locale} />
          <nav className="pagination" aria-label={t("agenda.pages")}>
            {query.page > 1 ? <Link to={link({ page: String(query.page - 1) })}>{t("agenda.previous")}</Link> : null}
            {data.hasNext ? <Link to={link({ page: String(query.page + 1) })}>{t("agenda.next")}</Link> : null}
          </nav>
        </>
      )}
    </>
  );
}
