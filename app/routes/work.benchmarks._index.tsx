import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { today } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { formatCalendarDate } from "~/lib/format";
import { pageQuery } from "~/lib/forms.server";
import { BenchmarkList } from "~/program/progress-summary";
import { requestLocale } from "~/i18n/request-locale.server";
import { listBenchmarkProgress } from "~/program/queries.server";

export const handle: RouteHandle = { i18n: "program", title: (t) => t("program:benchmarks.allTitle") };

const PAGE_SIZE = 20;

export async function loader({ request, context }: LoaderFunctionArgs) {
  await requireUser(request, context);
  const { page } = pageQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const db = getDb();
  const locale = await requestLocale(request, context);
  const rows = await listBenchmarkProgress(db, today(), locale, {
    limit: PAGE_SIZE + 1,
    offset: (page - 1) * PAGE_SIZE,
  });
  return { benchmarks: rows.slice(0, PAGE_SIZE), page, hasNext: rows.length > PAGE_SIZE };
}

export default function AllBenchmarks() {
  const { benchmarks, page, hasNext } = useLoaderData<typeof loader>();
  const { t } = useTranslation("program");
  const locale = useLocale();
  return (
    <>
      <p>
        <Link to="/work">{t("work.back")}</Link>
      </p>
      <PageTitle>{t("benchmarks.allTitle")}</PageTitle>
      <BenchmarkList benchmarks={benchmarks} formatDay={(date) => formatCalendarDate(locale, date)} />
      <nav className="pagination" aria-label={t("activities.pages")}>
        {page > 1 ? <Link to={`?page=${page - 1}`}>{t("activities.previous")}</Link> : null}
        {hasNext ? <Link to={`?page=${page + 1}`}>{t("activities.next")}</Link> : null}
      </nav>
    </>
  );
}
