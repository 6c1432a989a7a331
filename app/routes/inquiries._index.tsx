import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireSecretariat } from "~/auth/session.server";
import { ListLink } from "~/components/list-link";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { InquiryKindTag, InquiryStatusTag } from "~/inquiries/components";
import { queueQuery } from "~/inquiries/forms.server";
import { listQueue, QUEUE_PAGE_SIZE } from "~/inquiries/queries.server";
import { getDb } from "~/lib/db.server";
import { formatDate } from "~/lib/format";

export const handle: RouteHandle = { i18n: "inquiries", title: (t) => t("inquiries:queue.title") };

const FILTERS = ["open", "received", "in_progress", "answered", "all"] as const;

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await requireSecretariat(request, context);
  const filter = queueQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const { rows, total } = await listQueue(getDb(), filter, viewer.locale);
  return { rows, total, filter, timeZone: viewer.timeZone, pageSize: QUEUE_PAGE_SIZE };
}

export default function InquiryQueue() {
  const { rows, total, filter, timeZone, pageSize } = useLoaderData<typeof loader>();
  const { t } = useTranslation("inquiries");
  const locale = useLocale();
  const pageLink = (page: number) => `/inquiries?${new URLSearchParams({ status: filter.status, page: String(page) })}`;
  const hasNext = filter.page * pageSize < total;
  return (
    <>
      <PageTitle>{t("queue.title")}</PageTitle>
      <p className="lead">{t("queue.intro")}</p>
      <Form method="get" className="filters">
        <div className="field">
          <label htmlFor="status">{t("queue.filter")}</label>
          <select id="status" name="status" defaultValue={filter.status}>
            {FILTERS.map((status) => (
              <option key={status} value={status}>
                {t(`queue.filters.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button-secondary">
          {t("queue.apply")}
        </button>
      </Form>
      <p role="status">{t("queue.count", { count: total })}</p>
      {rows.length === 0 ? (
        <p>{filter.page > 1 ? <Link to={pageLink(1)}>{t("queue.firstPage")}</Link> : t("queue.empty")}</p>
      ) : (
        <ul className="activity-list">
          {rows.map((row) => (
            <li key={row.id}>
              <h2>
                <ListLink to={`/inquiries/${row.id}`}>{row.subject}</ListLink>
              </h2>
              <p>
                <InquiryKindTag kind={row.kind} /> <InquiryStatusTag status={row.status} />
              </p>
              <p className="muted">
                {t("queue.from", {
                  who: row.memberName ?? row.organisation ?? "",
                  date: formatDate(locale, row.createdAt, timeZone),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
      {filter.page > 1 || hasNext ? (
        <nav className="pagination" aria-label={t("queue.pages")}>
          {filter.page > 1 ? <Link to={pageLink(filter.page - 1)}>{t("queue.previous")}</Link> : null}
          {hasNext ? <Link to={pageLink(filter.page + 1)}>{t("queue.next")}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
