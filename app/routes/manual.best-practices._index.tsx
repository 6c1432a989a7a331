import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { getDb } from "~/lib/db.server";
import { formatDate } from "~/lib/format";
import { publishedBestPractices, unpublishedBestPractices } from "~/manual/queries.server";
import { ListLink } from "~/components/list-link";
import { ManualBreadcrumb } from "~/manual/breadcrumb";

export const handle: RouteHandle = { i18n: "manual", title: (t) => t("manual:practices.heading") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  const db = getDb();
  const [published, waiting] = await Promise.all([
    publishedBestPractices(db, person.locale),
    unpublishedBestPractices(db, person),
  ]);
  return {
    published,
    waiting,
    memberName: person.memberName,
    timeZone: person.timeZone,
  };
}

export default function BestPractices() {
  const { published, waiting, memberName, timeZone } = useLoaderData<typeof loader>();
  const { t } = useTranslation("manual");
  const locale = useLocale();
  return (
    <>
      <ManualBreadcrumb />
      <PageTitle>{t("practices.heading")}</PageTitle>
      <p>{t("practices.intro")}</p>
      <p>
        <Link to="/manual/best-practices/new" className="button">
          {t("practices.contribute")}
        </Link>
      </p>
      <section aria-labelledby="waiting-heading" className="card section-gap">
        <h2 id="waiting-heading">
          {waiting.forReview ? t("practices.toReview") : t("practices.yours", { member: memberName })}
        </h2>
        {waiting.practices.length === 0 ? (
          <p>{waiting.forReview ? t("practices.nothingToReview") : t("practices.noneWaiting")}</p>
        ) : null}
        <ul>
          {waiting.practices.map((practice) => (
            <li key={practice.id}>
              <ListLink to={`/manual/best-practices/${practice.id}`} lang={practice.language}>
                {practice.title}
              </ListLink>{" "}
              <span className="muted">
                {t("practices.from", { member: practice.memberName })} · {t(`status.${practice.status}`)} ·{" "}
                {formatDate(locale, practice.submittedAt, timeZone)}
              </span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="published-heading" className="section-gap">
        <h2 id="published-heading">{t("practices.published")}</h2>
        {published.length === 0 ? <p>{t("practices.empty")}</p> : null}
        <ul className="activity-list">
          {published.map((practice) => (
            <li key={practice.id}>
              <h3>
                <ListLink to={`/manual/best-practices/${practice.id}`} lang={practice.language}>
                  {practice.title}
                </ListLink>
              </h3>
              <span className="muted">
                {t("practices.from", { member: practice.memberName })} ·{" "}
                {practice.publishedAt ? formatDate(locale, practice.publishedAt, timeZone) : ""}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
