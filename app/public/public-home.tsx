import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ListLink } from "~/components/list-link";
import { PageTitle } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { formatCalendarDate } from "~/lib/format";
import type { publicHome } from "./queries.server";
import { PublicEventList } from "./public-events";

type Home = Awaited<ReturnType<typeof publicHome>>;

const WORK = ["calls", "program", "statements", "manual", "meetings"] as const;

/** What the network is, for anyone: from the network's own account of itself (seed 004). */
export function PublicHome({ home }: { home: Home }) {
  const { t } = useTranslation("public");
  const locale = useLocale();
  return (
    <>
      <PageTitle>{t("home.title")}</PageTitle>
      <p className="lead">{t("home.lead")}</p>
      <p>{t("home.focalPoints")}</p>
      <p>{t("home.secretariat")}</p>
      <div className="grid section-gap">
        <section className="card" aria-labelledby="work-heading">
          <h2 id="work-heading">{t("home.workHeading")}</h2>
          <ul className="feature-list">
            {WORK.map((item) => (
              <li key={item}>{t(`home.work.${item}`)}</li>
            ))}
          </ul>
        </section>
        <section className="card" aria-labelledby="members-heading">
          <h2 id="members-heading">{t("home.membersHeading")}</h2>
          <p className="figure">{t("home.memberCount", { count: home.memberCount })}</p>
          <p>
            <Link to="/about/members">{t("home.membersLink")}</Link>
          </p>
        </section>
        <section className="card" aria-labelledby="statements-heading">
          <h2 id="statements-heading">{t("home.statementsHeading")}</h2>
          {home.statements.length === 0 ? (
            <p>{t("statements.empty")}</p>
          ) : (
            <ul className="feature-list">
              {home.statements.map((statement) => (
                <li key={statement.id}>
                  <ListLink to={`/about/statements/${statement.id}`} lang={statement.language}>
                    {statement.title}
                  </ListLink>
                  {statement.deliveredOn ? <p>{formatCalendarDate(locale, statement.deliveredOn)}</p> : null}
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link to="/about/statements">{t("home.statementsLink")}</Link>
          </p>
        </section>
        <section className="card" aria-labelledby="events-heading">
          <h2 id="events-heading">{t("home.eventsHeading")}</h2>
          <PublicEventList events={home.upcoming} empty={t("events.noneUpcoming")} />
          <p>
            <Link to="/about/events">{t("home.eventsLink")}</Link>
          </p>
        </section>
        <section className="card" aria-labelledby="join-heading">
          <h2 id="join-heading">{t("home.joinHeading")}</h2>
          <p>{t("home.joinBody")}</p>
          <p>
            <Link to="/about/join" className="button">
              {t("home.joinLink")}
            </Link>
          </p>
        </section>
      </div>
    </>
  );
}
