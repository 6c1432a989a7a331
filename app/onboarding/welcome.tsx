// The welcome a newly appointed focal point sees on first signing in after accepting an invitation:
// where to start, in the order the manual suggests.
import type { SerializeFrom } from "@remix-run/node";
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ListLink } from "~/components/list-link";
import { useLocale } from "~/components/use-locale";
import { formatCalendarDate, formatDateTime } from "~/lib/format";
import { PartnerCard } from "./partners";
import type { OnboardingPath } from "./queries.server";

type PathData = SerializeFrom<OnboardingPath>;

export function Welcome({ name, path, timeZone }: { name: string; path: PathData; timeZone: string }) {
  const { t } = useTranslation("members");
  const locale = useLocale();
  const event = (found: PathData["nextCall"], none: string) =>
    found ? (
      <>
        <Link to={`/calendar/${found.id}`} lang={found.language}>
          {found.title}
        </Link>{" "}
        <span className="muted">{formatDateTime(locale, found.startsAt, timeZone)}</span>
      </>
    ) : (
      none
    );
  return (
    <section className="card welcome" aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">{t("welcome.title", { name })}</h2>
      <p>{t("welcome.intro")}</p>
      <ol className="onboarding-path">
        <li>
          <strong>{t("welcome.profile")}</strong> {t("welcome.profileBody")}
        </li>
        <li>
          <strong>{t("welcome.manual")}</strong>{" "}
          {path.firstMonths ? (
            <Link
              to={`/manual/${path.firstMonths.chapterSlug}/${path.firstMonths.slug}`}
              lang={path.firstMonths.language}
            >
              {path.firstMonths.title}
            </Link>
          ) : (
            <Link to="/manual">{t("welcome.manualAll")}</Link>
          )}
        </li>
        <li>
          <strong>{t("welcome.reports")}</strong>{" "}
          {path.toReport.length === 0 ? (
            t("welcome.noReports")
          ) : (
            <ul>
              {path.toReport.map((benchmark) => (
                <li key={benchmark.id}>
                  <ListLink to={`/work/benchmarks/${benchmark.id}#report`} lang={benchmark.language}>
                    {benchmark.title}
                  </ListLink>{" "}
                  <span className="muted">
                    {t("welcome.deadline", { date: formatCalendarDate(locale, benchmark.deadline) })}
                  </span>
                </li>
              ))}
              {path.allToReport && path.moreToReport > 0 ? (
                <li>
                  <Link to={path.allToReport}>{t("welcome.moreReports", { count: path.moreToReport })}</Link>
                </li>
              ) : null}
            </ul>
          )}
        </li>
        <li>
          <strong>{t("welcome.call")}</strong> {event(path.nextCall, t("welcome.noCall"))}
        </li>
        <li>
          <strong>{t("welcome.training")}</strong> {event(path.nextTraining, t("welcome.noTraining"))}
        </li>
        <li>
          <strong>{t("welcome.mentor")}</strong>{" "}
          {path.mentor ? <PartnerCard partner={path.mentor} /> : t("welcome.noMentor")}
        </li>
        <li>
          <strong>{t("welcome.people")}</strong> {t("welcome.peopleBody")}{" "}
          <Link to="/members#secretariat">{t("welcome.secretariat")}</Link>
        </li>
      </ol>
    </section>
  );
}
