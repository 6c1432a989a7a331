import type { LoaderFunctionArgs } from "@remix-run/node";
import type { Viewer } from "~/auth/viewer";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { getViewer } from "~/auth/session.server";
import { requestLocale } from "~/i18n/request-locale.server";
import { PublicHome } from "~/public/public-home";
import { publicHome } from "~/public/queries.server";
import { useLocale } from "~/components/use-locale";
import { now, today } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { formatCalendarDate } from "~/lib/format";
import { BenchmarkList } from "~/program/progress-summary";
import { listBenchmarkProgress } from "~/program/queries.server";
import { StageTag } from "~/statements/components";

import { UpcomingEvents } from "~/calendar/upcoming";
import { ListLink } from "~/components/list-link";
import { ActionPanel } from "~/dashboard/action-panel";
import { dashboardQueues } from "~/dashboard/action-queue.server";
import { ReviewPanel } from "~/dashboard/review-panel";
import { AgendaRequests } from "~/groups/agenda-requests";
import { Pairings } from "~/onboarding/partners";

// Anonymous visitors get the public home; a signed-in person their dashboard.
export const handle: RouteHandle = {
  i18n: ["program", "statements", "calendar", "groups", "public", "members"],
  title: (t, data) => ((data as { home?: unknown } | undefined)?.home ? t("public:home.title") : t("dashboard.title")),
  description: (t) => t("public:meta.home"),
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  const person = await getViewer(request, context);
  if (!person) return { home: await publicHome(getDb(), await requestLocale(request, context), now()) };
  return dashboard(person);
}

async function dashboard(person: Viewer) {
  const db = getDb();
  const [queues, benchmarks] = await Promise.all([
    // The network's figures, the next events, what waits for the person and the secretariat's review.
    dashboardQueues(db, person, now(), today()),
    listBenchmarkProgress(db, today(), person.locale, { runningOnly: true, limit: 8 }),
  ]);
  return {
    ...queues,
    benchmarks,
    timeZone: person.timeZone,
    person: { name: person.name, memberName: person.memberName },
  };
}

const SECTIONS = ["work", "calendar", "statements", "manual", "members"] as const;

export default function Home() {
  const data = useLoaderData<typeof loader>();
  return "home" in data ? <PublicHome home={data.home} /> : <Dashboard data={data} />;
}

function Dashboard({ data }: { data: Awaited<ReturnType<typeof dashboard>> }) {
  const { groups, actions, partners, benchmarks, drafts, upcoming, review, agendaRequests, timeZone, person } = data;
  const { t } = useTranslation(["common", "program", "statements"]);
  const locale = useLocale();
  const formatDay = (date: string) => formatCalendarDate(locale, date);
  const total = groups.reduce((sum, group) => sum + group.count, 0);
  return (
    <>
      <PageTitle>{t("dashboard.title")}</PageTitle>
      <p className="lead">
        {t("dashboard.greeting", { name: person.name })}{" "}
        {person.memberName ? t("dashboard.forMember", { member: person.memberName }) : t("dashboard.forSecretariat")}
      </p>
      <p>{t("dashboard.welcome")}</p>
      <p>{t("dashboard.intro")}</p>
      <div className="grid">
        <ActionPanel actions={actions} timeZone={timeZone} />
        {review ? <ReviewPanel queue={review} /> : null}
        <Pairings partners={partners} />
        {agendaRequests ? <AgendaRequests requests={agendaRequests} /> : null}
        {person.memberName ? (
          <section className="card" aria-labelledby="drafts-heading">
            <h2 id="drafts-heading">{t("statements:dashboard.heading")}</h2>
            {drafts.length === 0 ? (
              <p>{t("statements:dashboard.empty")}</p>
            ) : (
              <ul className="feature-list">
                {drafts.map((draft) => (
                  <li key={draft.id}>
                    <ListLink to={`/statements/${draft.id}`} lang={draft.language}>
                      {draft.title}
                    </ListLink>
                    <p>
                      <StageTag stage={draft.stage} />
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ) : null}
        <UpcomingEvents events={upcoming} timeZone={timeZone} />
        <section className="card" aria-labelledby="benchmarks-heading">
          <h2 id="benchmarks-heading">{t("program:dashboard.networkBenchmarks")}</h2>
          <BenchmarkList benchmarks={benchmarks} formatDay={formatDay} />
        </section>
        <section className="card" aria-labelledby="network-heading">
          <h2 id="network-heading">{t("dashboard.networkHeading")}</h2>
          <p className="figure">{t("dashboard.memberCount", { count: total })}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("dashboard.groupHeading")}</th>
                <th scope="col" className="numeric">
                  {t("dashboard.countHeading")}
                </th>
              </tr>
            </thead>
            <tbody>
              {groups.map((row) => (
                <tr key={row.group}>
                  <th scope="row">{t(`regionalGroups.${row.group}`)}</th>
                  <td className="numeric">{row.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="card" aria-labelledby="sections-heading">
          <h2 id="sections-heading">{t("dashboard.sectionsHeading")}</h2>
          <ul className="feature-list">
            {SECTIONS.map((feature) => (
              <li key={feature}>
                <Link to={`/${feature}`}>{t(`features.${feature}.title`)}</Link>
                <p>{t(`features.${feature}.summary`)}</p>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
