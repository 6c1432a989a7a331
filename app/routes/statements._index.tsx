import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import { SelectField } from "~/components/field";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { getDb } from "~/lib/db.server";
import { formatCalendarDate, formatDateTime } from "~/lib/format";
import { StageTag } from "~/statements/components";
import { statementQuery } from "~/statements/forms.server";
import { listStatements } from "~/statements/queries.server";
import { STAGES } from "~/statements/workflow";
import { ListLink } from "~/components/list-link";

export const handle: RouteHandle = {
  i18n: "statements",
  title: (t) => t("statements:list.title"),
  description: (t) => t("common:meta.statements"),
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const filter = statementQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { statements, hasNext } = await listStatements(getDb(), viewer, filter);
  return { statements, hasNext, filter, timeZone: viewer.timeZone };
}

export default function Statements() {
  const { statements, hasNext, filter, timeZone } = useLoaderData<typeof loader>();
  const { t } = useTranslation(["statements", "common"]);
  const locale = useLocale();
  const pageLink = (page: number) =>
    `?${new URLSearchParams({ ...(filter.stage ? { stage: filter.stage } : {}), page: String(page) })}`;
  return (
    <>
      <PageTitle>{t("list.title")}</PageTitle>
      <p className="lead">{t("list.intro")}</p>
      <p className="muted">{t("list.privacy")}</p>
      <div className="actions">
        <Link to="/statements/new" className="button">
          {t("list.new")}
        </Link>
      </div>
      <Form method="get" className="filters" aria-label={t("list.filterLabel")}>
        <SelectField
          name="stage"
          label={t("list.stage")}
          defaultValue={filter.stage ?? ""}
          options={[
            { value: "", label: t("list.allStages") },
            ...STAGES.map((stage) => ({ value: stage, label: t(`stages.${stage}`) })),
          ]}
        />
        <button type="submit" className="button-secondary">
          {t("list.apply")}
        </button>
      </Form>
      {statements.length === 0 ? (
        <p>{filter.stage ? t("list.emptyFiltered") : t("list.empty")}</p>
      ) : (
        <ul className="activity-list statement-list">
          {statements.map((statement) => (
            <li key={statement.id}>
              <h2>
                <ListLink to={`/statements/${statement.id}`} lang={statement.language}>
                  {statement.title}
                </ListLink>
              </h2>
              <p>
                <span className="tag">{t(`kinds.${statement.kind}`)}</span>
                <StageTag stage={statement.stage} />
              </p>
              <p className="muted">
                {t("list.penholder", { member: statement.penholderName })}
                {statement.occasion ? (
                  <>
                    {" "}
                    · <span lang={statement.language}>{statement.occasion}</span>
                  </>
                ) : null}
              </p>
              {statement.stage === "silence" && statement.silenceDeadline ? (
                <p>
                  {t("workflow.silenceUntil", {
                    date: formatDateTime(locale, statement.silenceDeadline, timeZone),
                    zone: timeZone,
                  })}
                </p>
              ) : null}
              {statement.stage === "published" && statement.deliveredOn ? (
                <p>{t("list.delivered", { date: formatCalendarDate(locale, statement.deliveredOn) })}</p>
              ) : null}
              {statement.stage !== "published" && statement.paragraphs ? (
                <p className="muted">
                  {t("list.paragraphs", {
                    open: statement.paragraphs.open,
                    bracketed: statement.paragraphs.bracketed,
                    adReferendum: statement.paragraphs.ad_referendum,
                    agreed: statement.paragraphs.agreed,
                  })}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {filter.page > 1 || hasNext ? (
        <nav className="pagination" aria-label={t("list.pages")}>
          {filter.page > 1 ? <Link to={pageLink(filter.page - 1)}>{t("list.previous")}</Link> : null}
          {hasNext ? <Link to={pageLink(filter.page + 1)}>{t("list.next")}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
