// The secretariat's overview of newly appointed focal points (signed in, paired, active), and the
// regional pairings; ending a pairing posts here.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensure } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle, SuccessNotice } from "~/components/page-title";
import { now } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { endPairing } from "~/onboarding/commands.server";
import { endForm, overviewQuery } from "~/onboarding/forms.server";
import { NewcomerTable, OverviewFilters, RegionalPairings } from "~/onboarding/overview";
import { can } from "~/onboarding/policy";
import { newcomersOverview, OVERVIEW_PAGE_SIZE, regionalPairings } from "~/onboarding/queries.server";

export const handle: RouteHandle = { i18n: "members", title: (t) => t("members:onboarding.title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  ensure(can(viewer, "seeOverview", null));
  const filter = overviewQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const db = getDb();
  const [overview, regional] = await Promise.all([
    newcomersOverview(db, filter, now(), viewer.locale),
    regionalPairings(db, viewer.locale),
  ]);
  return { ...overview, regional, filter, timeZone: viewer.timeZone, pageSize: OVERVIEW_PAGE_SIZE };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  ensure(can(viewer, "pair", null));
  const parsed = endForm.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) throw new Response(null, { status: 400 });
  await endPairing(getDb(), viewer, parsed.data.pairing);
  throw redirect("/onboarding?notice=ended");
}

const NOTICES = ["paired", "ended", "imported"] as const;

export default function Onboarding() {
  const { rows, total, regional, filter, timeZone, pageSize } = useLoaderData<typeof loader>();
  const { t } = useTranslation("members");
  const [searchParams] = useSearchParams();
  const notice = NOTICES.find((key) => key === searchParams.get("notice"));
  const { state, group, sort } = filter;
  const pageLink = (page: number) => `/onboarding?${new URLSearchParams({ state, group, sort, page: String(page) })}`;
  const hasNext = filter.page * pageSize < total;
  return (
    <>
      <PageTitle>{t("onboarding.title")}</PageTitle>
      <SuccessNotice>{notice && t(`onboarding.notices.${notice}`)}</SuccessNotice>
      <p className="lead">{t("onboarding.intro")}</p>
      <p>
        <Link to="/admin/people/import">{t("onboarding.import")}</Link>
      </p>
      <OverviewFilters filter={filter} />
      <p role="status">{t("onboarding.count", { count: total })}</p>
      <NewcomerTable rows={rows} timeZone={timeZone} />
      {filter.page > 1 || hasNext ? (
        <nav className="pagination" aria-label={t("onboarding.pages")}>
          {filter.page > 1 ? <Link to={pageLink(filter.page - 1)}>{t("onboarding.previous")}</Link> : null}
          {hasNext ? <Link to={pageLink(filter.page + 1)}>{t("onboarding.next")}</Link> : null}
        </nav>
      ) : null}
      <RegionalPairings pairings={regional} />
    </>
  );
}
