// The record of the network's annual meetings, the latest first.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { can } from "~/annual-meetings/policy";
import { can as canInProgram } from "~/program/policy";
import { listMeetings } from "~/annual-meetings/queries.server";
import { requireUser } from "~/auth/session.server";
import { ListLink } from "~/components/list-link";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { getDb } from "~/lib/db.server";
import { formatCalendarDate } from "~/lib/format";

export const handle: RouteHandle = { i18n: "meetings", title: (t) => t("meetings:title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  return {
    meetings: await listMeetings(getDb(), viewer.locale),
    canRecord: can(viewer, "record"),
    canSeeReport: canInProgram(viewer, "seeAnnualReport", null),
  };
}

export default function AnnualMeetings() {
  const { meetings, canRecord, canSeeReport } = useLoaderData<typeof loader>();
  const { t } = useTranslation("meetings");
  const locale = useLocale();
  return (
    <>
      <PageTitle>{t("title")}</PageTitle>
      <p>{t("intro")}</p>
      {canSeeReport ? (
        <p>
          <Link to="/work/report">{t("annualReport")}</Link>
        </p>
      ) : null}
      {canRecord ? (
        <p>
          <Link to="/annual-meetings/new" className="button">
            {t("record")}
          </Link>
        </p>
      ) : null}
      {meetings.length === 0 ? <p>{t("empty")}</p> : null}
      <ul className="activity-list section-gap">
        {meetings.map((meeting) => (
          <li key={meeting.id}>
            <h2 className="list-title">
              <ListLink to={`/annual-meetings/${meeting.id}`} lang={meeting.language}>
                {meeting.title}
              </ListLink>
            </h2>
            <p className="muted">
              {t("dates", {
                start: formatCalendarDate(locale, meeting.startsOn),
                end: formatCalendarDate(locale, meeting.endsOn),
              })}
              {" · "}
              {t("hostedBy", { host: meeting.host, city: meeting.city })}
              {" · "}
              {t("recommendationCount", { count: meeting.recommendations ?? 0 })}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
