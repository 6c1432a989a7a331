import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { can } from "~/announcements/policy";
import { listAnnouncements } from "~/announcements/queries.server";
import { requireUser } from "~/auth/session.server";
import { ListLink } from "~/components/list-link";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { Pager } from "~/components/pager";
import { useLocale } from "~/components/use-locale";
import { requestLocale } from "~/i18n/request-locale.server";
import { getDb } from "~/lib/db.server";
import { formatDate } from "~/lib/format";
import { pageQuery } from "~/lib/forms.server";

export const handle: RouteHandle = { i18n: "channels", title: (t) => t("channels:announcements.title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  const { page } = pageQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  return {
    ...(await listAnnouncements(getDb(), page, await requestLocale(request, context))),
    page,
    canPost: can(person, "post"),
    timeZone: person.timeZone,
  };
}

export default function Announcements() {
  const { announcements, hasNext, page, canPost, timeZone } = useLoaderData<typeof loader>();
  const { t } = useTranslation("channels");
  const { t: common } = useTranslation("common");
  const locale = useLocale();
  return (
    <>
      <PageTitle>{t("announcements.title")}</PageTitle>
      <p>{t("announcements.intro")}</p>
      {canPost ? (
        <p>
          <Link to="/announcements/new" className="button">
            {t("announcements.post")}
          </Link>
        </p>
      ) : null}
      {announcements.length === 0 ? (
        <p>{page > 1 ? t("announcements.pastEnd") : t("announcements.empty")}</p>
      ) : (
        <ul className="activity-list section-gap">
          {announcements.map((announcement) => (
            <li key={announcement.id}>
              <h2 className="list-title">
                <ListLink to={`/announcements/${announcement.id}`} lang={announcement.language}>
                  {announcement.title}
                </ListLink>
              </h2>
              <p className="muted">
                {t("announcements.meta", {
                  date: formatDate(locale, announcement.postedAt, timeZone),
                  audience: announcement.regionalGroup
                    ? common(`regionalGroups.${announcement.regionalGroup}`)
                    : t("announcements.toNetwork"),
                  name: announcement.postedBy,
                })}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pager
        page={page}
        hasNext={hasNext}
        label={t("pages")}
        previous={t("announcements.newer")}
        next={t("announcements.older")}
      />
    </>
  );
}
