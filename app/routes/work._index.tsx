import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ACTIVITY_CATEGORIES, ACTIVITY_STATUSES } from "../../db/schema";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { today } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { formatCalendarDate } from "~/lib/format";
import { activityQuery } from "~/program/forms.server";
import { ActivityCard } from "~/program/activity-card";
import { BenchmarkList } from "~/program/progress-summary";
import { can } from "~/program/policy";
import { requestLocale } from "~/i18n/request-locale.server";
import { listActivities, listBenchmarkProgress } from "~/program/queries.server";

export const handle: RouteHandle = {
  i18n: "program",
  title: (t) => t("program:work.title"),
  description: (t) => t("common:meta.work"),
};

/** The nearest deadlines; every benchmark is one click away on /work/benchmarks. */
const RUNNING_SHOWN = 8;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const query = activityQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const db = getDb();
  const locale = await requestLocale(request, context);
  const [page, benchmarks] = await Promise.all([
    listActivities(db, { ...query, mine: query.mine === "1", archived: query.archived === "1" }, viewer),
    listBenchmarkProgress(db, today(), locale, { runningOnly: true, limit: RUNNING_SHOWN }),
  ]);
  const offers = {
    create: can(viewer, "create", null),
    propose: can(viewer, "propose", null),
    setBenchmark: can(viewer, "set_benchmark", null),
    export: can(viewer, "export", null),
    annualReport: can(viewer, "seeAnnualReport", null),
  };
  return { ...page, benchmarks, query, offers };
}

export default function ProgramOfWork() {
  const { activities, hasNext, benchmarks, query, offers } = useLoaderData<typeof loader>();
  const { t } = useTranslation("program");
  const locale = useLocale();
  const [searchParams] = useSearchParams();
  const formatDay = (date: string) => formatCalendarDate(locale, date);
  const pageLink = (page: number) => {
    const next = new URLSearchParams(searchParams);
    next.set("page", String(page));
    return `?${next}`;
  };
  return (
    <>
      <PageTitle>{t("work.title")}</PageTitle>
      <p>{t("work.intro")}</p>
      <p>
        <Link to="/annual-meetings">{t("work.annualMeetings")}</Link>
        {offers.annualReport ? (
          <>
            {" · "}
            <Link to="/work/report">{t("work.annualReport")}</Link>
          </>
        ) : null}
      </p>

      <section aria-labelledby="benchmarks-heading" className="card section-gap">
        <h2 id="benchmarks-heading">{t("benchmarks.heading")}</h2>
        <BenchmarkList benchmarks={benchmarks} formatDay={formatDay} />
        <div className="actions section-gap">
          <Link to="/work/benchmarks">{t("benchmarks.all")}</Link>
        </div>
        {offers.setBenchmark || offers.export ? (
          <div className="actions section-gap">
            {offers.setBenchmark ? (
              <Link to="/work/benchmarks/new" className="button button-secondary">
                {t("benchmarks.new")}
              </Link>
            ) : null}
            {offers.export ? (
              <a href="/work/benchmarks.csv" className="button button-secondary" download>
                {t("benchmarks.export")}
              </a>
            ) : null}
          </div>
        ) : null}
      </section>

      <section aria-labelledby="activities-heading" className="section-gap">
        <h2 id="activities-heading">{t("activities.heading")}</h2>
        {offers.create || offers.propose ? (
          <p>
            <Link to="/work/activities/new" className="button">
              {offers.create ? t("activities.new") : t("activities.propose")}
            </Link>
          </p>
        ) : null}
        <Form method="get" className="filters" role="search" aria-label={t("activities.filterLabel")}>
          <div className="field">
            <label htmlFor="category">{t("activities.category")}</label>
            <select id="category" name="category" defaultValue={query.category ?? ""}>
              <option value="">{t("activities.allCategories")}</option>
              {ACTIVITY_CATEGORIES.map((category) => (
                <option key={category} value={category}>
                  {t(`categories.${category}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="status">{t("activities.status")}</label>
            <select id="status" name="status" defaultValue={query.status ?? ""}>
              <option value="">{t("activities.allStatuses")}</option>
              {ACTIVITY_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`statuses.${status}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="member">{t("activities.member")}</label>
            <input
              id="member"
              name="member"
              type="search"
              placeholder={t("activities.memberPlaceholder")}
              defaultValue={query.member ?? ""}
            />
          </div>
          <div className="field field-checkbox">
            <input type="checkbox" id="mine" name="mine" value="1" defaultChecked={query.mine === "1"} />
            <label htmlFor="mine">{t("activities.mine")}</label>
          </div>
          <div className="field field-checkbox">
            <input type="checkbox" id="archived" name="archived" value="1" defaultChecked={query.archived === "1"} />
            <label htmlFor="archived">{t("activities.archived")}</label>
          </div>
          <button type="submit">{t("activities.apply")}</button>
        </Form>
        {activities.length === 0 ? <p className="notice">{t("activities.empty")}</p> : null}
        <ul className="activity-list">
          {activities.map((activity) => (
            <ActivityCard key={activity.id} activity={activity} formatDay={formatDay} />
          ))}
        </ul>
        <nav className="pagination" aria-label={t("activities.pages")}>
          {query.page > 1 ? <Link to={pageLink(query.page - 1)}>{t("activities.previous")}</Link> : null}
          {hasNext ? <Link to={pageLink(query.page + 1)}>{t("activities.next")}</Link> : null}
        </nav>
      </section>
    </>
  );
}
