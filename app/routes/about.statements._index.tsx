import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ListLink } from "~/components/list-link";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { requestLocale } from "~/i18n/request-locale.server";
import { getDb } from "~/lib/db.server";
import { formatCalendarDate } from "~/lib/format";
import { publishedStatements } from "~/public/queries.server";

export const handle: RouteHandle = {
  i18n: ["public", "statements"],
  title: (t) => t("public:statements.title"),
  description: (t) => t("public:meta.statements"),
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  return { statements: await publishedStatements(getDb(), await requestLocale(request, context)) };
}

export default function PublicStatements() {
  const { statements } = useLoaderData<typeof loader>();
  const { t } = useTranslation(["public", "statements"]);
  const locale = useLocale();
  return (
    <>
      <PageTitle>{t("statements.title")}</PageTitle>
      <p className="lead">{t("statements.intro")}</p>
      {statements.length === 0 ? (
        <p>{t("statements.empty")}</p>
      ) : (
        <ul className="activity-list">
          {statements.map((statement) => (
            <li key={statement.id}>
              <h2>
                <ListLink to={`/about/statements/${statement.id}`} lang={statement.language}>
                  {statement.title}
                </ListLink>
              </h2>
              <p>
                <span className="tag">{t(`statements:kinds.${statement.kind}`)}</span>
              </p>
              <p className="muted">
                {t("statements.penholder", { member: statement.penholder })}
                {statement.deliveredOn
                  ? ` · ${t("statements.delivered", { date: formatCalendarDate(locale, statement.deliveredOn) })}`
                  : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
