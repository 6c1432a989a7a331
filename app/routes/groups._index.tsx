import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import { ListLink } from "~/components/list-link";
import { PageTitle, type RouteHandle, SuccessNotice } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { askToJoin } from "~/groups/commands.server";
import { groupListForm } from "~/groups/forms.server";
import { listedGroups, myGroups } from "~/groups/queries.server";
import { getDb } from "~/lib/db.server";
import { formatCalendarDate } from "~/lib/format";
import { pageQuery, parseForm } from "~/lib/forms.server";

export const handle: RouteHandle = { i18n: "groups", title: (t) => t("groups:list.title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const { page } = pageQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const db = getDb();
  const [mine, others] = await Promise.all([myGroups(db, viewer), listedGroups(db, viewer, page)]);
  return { mine, others: others.groups, hasNext: others.hasNext, page, isSecretariat: viewer.role === "secretariat" };
}

/** Asking to join a listed group; the answer comes from its members. */
export async function action({ request, context }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  const parsed = parseForm(groupListForm, await request.formData());
  if (!parsed.success) throw new Response(null, { status: 400 });
  await askToJoin(getDb(), viewer, parsed.data.group);
  throw redirect("/groups?notice=asked");
}

export default function Groups() {
  const { mine, others, hasNext, page, isSecretariat } = useLoaderData<typeof loader>();
  const { t } = useTranslation("groups");
  const locale = useLocale();
  const [searchParams] = useSearchParams();
  const notice = (["asked", "left"] as const).find((key) => key === searchParams.get("notice"));
  return (
    <>
      <PageTitle>{t("list.title")}</PageTitle>
      <p className="lead">{t("list.intro")}</p>
      <SuccessNotice>{notice ? t(`list.${notice}`) : null}</SuccessNotice>
      <div className="actions">
        <Link to="/groups/new" className="button">
          {t("list.open")}
        </Link>
      </div>
      <section aria-labelledby="mine-heading">
        <h2 id="mine-heading">{isSecretariat ? t("list.all") : t("list.mine")}</h2>
        {mine.length === 0 ? (
          <p>{isSecretariat ? t("list.noneAtAll") : t("list.none")}</p>
        ) : (
          <ul className="activity-list">
            {mine.map((group) => (
              <li key={group.id}>
                <h3>
                  <ListLink to={`/groups/${group.id}`} lang={group.language}>
                    {group.title}
                  </ListLink>
                </h3>
                <p>
                  {group.riskLevel ? (
                    <span className={`badge risk risk-${group.riskLevel}`}>
                      {t("risk.current", { level: t(`risk.${group.riskLevel}`) })}
                    </span>
                  ) : null}{" "}
                  <span className="muted">
                    {group.lastUpdateOn
                      ? t("list.lastUpdate", { date: formatCalendarDate(locale, group.lastUpdateOn) })
                      : t("list.noUpdate")}
                  </span>
                </p>
                <p className="muted">{t("list.members", { members: (group.memberNames ?? []).join(", ") })}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
      {others.length || page > 1 ? (
        <section aria-labelledby="others-heading" className="section-gap">
          <h2 id="others-heading">{t("list.others")}</h2>
          <p className="muted">{t("list.othersIntro")}</p>
          <ul className="activity-list">
            {others.map((group) => (
              <li key={group.id}>
                <h3 lang={group.language}>{group.title}</h3>
                <p lang={group.language}>{group.description}</p>
                {group.requested ? (
                  <p className="muted">{t("list.requested")}</p>
                ) : (
                  <Form method="post">
                    <input type="hidden" name="intent" value="ask_to_join" />
                    <input type="hidden" name="group" value={group.id} />
                    <button type="submit" className="button-secondary" aria-describedby={`others-${group.id}`}>
                      {t("list.askToJoin")}
                    </button>
                    <span id={`others-${group.id}`} hidden>
                      {group.title}
                    </span>
                  </Form>
                )}
              </li>
            ))}
          </ul>
          {page > 1 || hasNext ? (
            <nav aria-label={t("list.othersPages")} className="actions">
              {page > 1 ? <Link to={`?page=${page - 1}`}>{t("list.previous")}</Link> : null}
              {hasNext ? <Link to={`?page=${page + 1}`}>{t("list.next")}</Link> : null}
            </nav>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
