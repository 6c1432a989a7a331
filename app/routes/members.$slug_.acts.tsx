// "Done in this member's name": for its own people and the secretariat, who signed, published, broke
// silence, handed over or confirmed themselves (step-up) for the member, when, and from which session.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { actsInName } from "~/audit/acts-in-name.server";
import { ensure, found } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { Pager } from "~/components/pager";
import { TableSection } from "~/components/table-section";
import { useLocale } from "~/components/use-locale";
import { getDb } from "~/lib/db.server";
import { formatDateTime } from "~/lib/format";
import { pageQuery } from "~/lib/forms.server";
import { can } from "~/members/policy";
import { getMemberBySlug } from "~/members/queries.server";

export const handle: RouteHandle = {
  i18n: ["members", "admin"],
  // Like every page about a member, kept out of search engines.
  noindex: true,
  title: (t, data) => t("members:acts.title", { member: (data as { member?: { name: string } })?.member?.name }),
};

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const db = getDb();
  const member = found(await getMemberBySlug(db, params.slug ?? "", viewer.locale));
  ensure(can(viewer, "seeActsInName", { memberId: member.id }));
  const { page } = pageQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  return {
    member: { slug: member.slug, name: member.name },
    ...(await actsInName(db, member.id, page)),
    page,
    timeZone: viewer.timeZone,
  };
}

export default function ActsInName() {
  const { member, acts, hasNext, page, timeZone } = useLoaderData<typeof loader>();
  const { t } = useTranslation(["members", "admin"]);
  const locale = useLocale();
  return (
    <>
      <p>
        <Link to={`/members/${member.slug}`}>{member.name}</Link>
      </p>
      <PageTitle>{t("members:acts.title", { member: member.name })}</PageTitle>
      <p>{t("members:acts.intro")}</p>
      <TableSection
        id="acts"
        headers={[t("members:acts.when"), t("members:acts.what"), t("members:acts.who"), t("members:acts.from")]}
        empty={t("members:acts.empty")}
        isEmpty={acts.length === 0}
      >
        {acts.map((act) => (
          <tr key={act.id}>
            <td>{formatDateTime(locale, act.at, timeZone)}</td>
            <th scope="row">
              {t(`admin:audit.actions.${act.action}`)}
              {act.statementId ? (
                <>
                  {": "}
                  <Link to={`/statements/${act.statementId}`}>{act.statementTitle}</Link>
                </>
              ) : null}
            </th>
            <td>{act.actorName ?? t("members:acts.portal")}</td>
            <td>
              {act.sessionId
                ? t("members:acts.session", {
                    device: act.device ?? t("members:acts.unknownDevice"),
                    session: act.sessionId.slice(0, 8),
                  })
                : t("members:acts.noSession")}
            </td>
          </tr>
        ))}
      </TableSection>
      <Pager
        page={page}
        hasNext={hasNext}
        label={t("members:acts.pages")}
        previous={t("members:acts.newer")}
        next={t("members:acts.older")}
      />
    </>
  );
}
