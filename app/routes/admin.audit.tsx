import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { listAudit } from "~/audit/audit.server";
import { describeAuditDetails } from "~/audit/describe";
import { ensure } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { TableSection } from "~/components/table-section";
import { useLocale } from "~/components/use-locale";
import { getDb } from "~/lib/db.server";
import { formatDateTime } from "~/lib/format";
import { pageQuery } from "~/lib/forms.server";
import { can } from "~/members/policy";

export const handle: RouteHandle = { i18n: "admin", title: (t) => t("admin:audit.title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  ensure(can(person, "seeAuditLog", null));
  const { page } = pageQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  return { ...(await listAudit(getDb(), page, person.locale)), page, timeZone: person.timeZone };
}

export default function AuditLog() {
  const { entries, hasNext, page, timeZone } = useLoaderData<typeof loader>();
  const { t } = useTranslation("admin");
  const locale = useLocale();
  return (
    <>
      <PageTitle>{t("audit.title")}</PageTitle>
      <p>{t("audit.intro")}</p>
      <TableSection
        id="audit"
        headers={[
          t("audit.when"),
          t("audit.what"),
          t("audit.who"),
          t("audit.subject"),
          t("audit.detail"),
          t("audit.from"),
        ]}
        empty={t("audit.empty")}
        isEmpty={entries.length === 0}
      >
        {entries.map((entry) => (
          <tr key={entry.id}>
            <td>{formatDateTime(locale, entry.at, timeZone)}</td>
            <th scope="row">{t(`audit.actions.${entry.action}`)}</th>
            <td>{entry.actorName ?? "—"}</td>
            <td>
              {entry.personName ?? ""}
              {entry.memberSlug ? (
                <>
                  {entry.personName ? " · " : ""}
                  <Link to={`/members/${entry.memberSlug}`}>{entry.memberName}</Link>
                </>
              ) : null}
            </td>
            <td>{describeAuditDetails(t, entry.action, entry.details)}</td>
            <td>{entry.ip ?? ""}</td>
          </tr>
        ))}
      </TableSection>
      <nav className="pagination" aria-label={t("audit.pages")}>
        {page > 1 ? <Link to={`?page=${page - 1}`}>{t("audit.newer")}</Link> : null}
        {hasNext ? <Link to={`?page=${page + 1}`}>{t("audit.older")}</Link> : null}
      </nav>
    </>
  );
}
