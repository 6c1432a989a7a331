import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import { Agenda } from "~/calendar/agenda";
import { calendarLink, CalendarFilters } from "~/calendar/calendar-filters";
import { calendarQuery } from "~/calendar/forms.server";
import { MonthGrid } from "~/calendar/month-grid";
import { calendarPage } from "~/calendar/presenters.server";
import { shiftMonth } from "~/calendar/time";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { getDb } from "~/lib/db.server";

export const handle: RouteHandle = {
  i18n: "calendar",
  title: (t) => t("calendar:title"),
  description: (t) => t("common:meta.calendar"),
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const query = calendarQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  return calendarPage(getDb(), viewer, query);
}

export default function Calendar() {
  const page = useLoaderData<typeof loader>();
  const { t } = useTranslation("calendar");
  const locale = useLocale();
  const { query, month } = page;
  const link = (changes: Record<string, string | undefined>) => calendarLink(page, changes);
  return (
    <>
      <PageTitle>{t("title")}</PageTitle>
      <p>{t("intro", { zone: page.timeZone })}</p>
      <div className="actions">
        <Link to="/calendar/new" className="button">
          {page.schedulesCalls ? t("addOrSchedule") : t("add")}
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
      <CalendarFilters page={page} />
      {month ? (
        <>
          <nav className="pagination" aria-label={t("month.navigation")}>
            <Link to={link({ month: shiftMonth(month, -1) })}>{t("month.previous")}</Link>
            <Link to={link({ month: undefined })}>{t("month.current")}</Link>
            <Link to={link({ month: shiftMonth(month, 1) })}>{t("month.next")}</Link>
          </nav>
          <MonthGrid
            page={{ ...page, month }}
            locale={locale}
            agendaLink={(day) => link({ view: "agenda", month: undefined, from: day })}
          />
          {page.events.length === 0 ? <p className="notice">{t("month.empty")}</p> : null}
        </>
      ) : (
        <>
          <Agenda page={page} locale={locale} />
          <nav className="pagination" aria-label={t("agenda.pages")}>
            {query.page > 1 ? <Link to={link({ page: String(query.page - 1) })}>{t("agenda.previous")}</Link> : null}
            {page.hasNext ? <Link to={link({ page: String(query.page + 1) })}>{t("agenda.next")}</Link> : null}
          </nav>
        </>
      )}
    </>
  );
}
