import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import { ListLink } from "~/components/list-link";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { Pager } from "~/components/pager";
import { useLocale } from "~/components/use-locale";
import { listThreads } from "~/discussions/queries.server";
import { getDb } from "~/lib/db.server";
import { formatDateTime } from "~/lib/format";
import { pageQuery } from "~/lib/forms.server";

export const handle: RouteHandle = { i18n: "channels", title: (t) => t("channels:discussions.title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  const { page } = pageQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  return { ...(await listThreads(getDb(), page)), page, timeZone: person.timeZone };
}

export default function Discussions() {
  const { threads, hasNext, page, timeZone } = useLoaderData<typeof loader>();
  const { t } = useTranslation("channels");
  const locale = useLocale();
  return (
    <>
      <PageTitle>{t("discussions.title")}</PageTitle>
      <p>{t("discussions.intro")}</p>
      <p>
        <Link to="/discussions/new" className="button">
          {t("discussions.start")}
        </Link>
      </p>
      {threads.length === 0 ? (
        <p>{page > 1 ? t("discussions.pastEnd") : t("discussions.empty")}</p>
      ) : (
        <ul className="activity-list section-gap">
          {threads.map((thread) => (
            <li key={thread.id}>
              <h2 className="list-title">
                <ListLink to={`/discussions/${thread.id}`}>{thread.topic}</ListLink>
              </h2>
              <p className="muted">
                {t("discussions.meta", {
                  count: thread.postCount,
                  name: thread.startedBy,
                  date: formatDateTime(locale, thread.lastPostAt, timeZone),
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
        previous={t("discussions.newer")}
        next={t("discussions.older")}
      />
    </>
  );
}
