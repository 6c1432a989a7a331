import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensureVisible, found } from "~/auth/policy";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { requestLocale } from "~/i18n/request-locale.server";
import { getDb } from "~/lib/db.server";
import { formatCalendarDate } from "~/lib/format";
import { idParam } from "~/lib/params";
import { can } from "~/public/policy";
import { publishedStatement } from "~/public/queries.server";

export const handle: RouteHandle = {
  i18n: ["public", "statements"],
  title: (_t, data) => (data as { statement?: { title: string } } | undefined)?.statement?.title ?? "",
  description: (t) => t("public:meta.statements"),
};

/** A published statement's text; any other (a draft, a text under silence) is not found. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const locale = await requestLocale(request, context);
  const statement = found(await publishedStatement(getDb(), idParam(params.id), locale));
  ensureVisible(can(null, "readStatement", statement));
  return { statement };
}

export default function PublicStatement() {
  const { statement } = useLoaderData<typeof loader>();
  const { t } = useTranslation(["public", "statements"]);
  const locale = useLocale();
  const signatories = [
    statement.penholder,
    ...(statement.cosignatories ?? []).filter((n) => n !== statement.penholder),
  ];
  return (
    <>
      <p>
        <Link to="/about/statements">{t("statements.back")}</Link>
      </p>
      <PageTitle lang={statement.language}>{statement.title}</PageTitle>
      <p>
        <span className="tag">{t(`statements:kinds.${statement.kind}`)}</span>
      </p>
      <dl className="facts">
        {statement.deliveredOn ? (
          <>
            <dt>{t("statements.deliveredOn")}</dt>
            <dd>{formatCalendarDate(locale, statement.deliveredOn)}</dd>
          </>
        ) : null}
        {statement.venue ? (
          <>
            <dt>{t("statements.venue")}</dt>
            <dd lang={statement.language}>{statement.venue}</dd>
          </>
        ) : null}
        <dt>{t("statements.signatories")}</dt>
        <dd>{signatories.join(", ")}</dd>
      </dl>
      <div className="markdown section-gap" lang={statement.language}>
        {statement.paragraphs.map((html, index) => (
          <div key={index} dangerouslySetInnerHTML={{ __html: html }} />
        ))}
      </div>
    </>
  );
}
