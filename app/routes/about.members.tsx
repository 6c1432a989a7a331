import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { requestLocale } from "~/i18n/request-locale.server";
import { getDb } from "~/lib/db.server";
import { membersByRegion } from "~/public/queries.server";

export const handle: RouteHandle = {
  i18n: "public",
  title: (t) => t("public:members.title"),
  description: (t) => t("public:meta.members"),
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  return { regions: await membersByRegion(getDb(), await requestLocale(request, context)) };
}

/** Which states and organisations belong to the network: public; who their focal points are is not. */
export default function PublicMembers() {
  const { regions } = useLoaderData<typeof loader>();
  const { t } = useTranslation(["public", "common"]);
  const total = regions.reduce((sum, region) => sum + region.names.length, 0);
  return (
    <>
      <PageTitle>{t("members.title")}</PageTitle>
      <p className="lead">{t("members.intro", { count: total })}</p>
      <div className="grid">
        {regions.map((region) => (
          <section key={region.group} className="card" aria-labelledby={`region-${region.group}`}>
            <h2 id={`region-${region.group}`}>
              {t(`common:regionalGroups.${region.group}`)} ({region.names.length})
            </h2>
            <ul className="plain-list">
              {region.names.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
