import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { now } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { PublicEventList } from "~/public/public-events";
import { publicEvents } from "~/public/queries.server";

export const handle: RouteHandle = {
  i18n: ["public", "calendar"],
  title: (t) => t("public:events.title"),
  description: (t) => t("public:meta.events"),
};

export async function loader(_: LoaderFunctionArgs) {
  return publicEvents(getDb(), now());
}

export default function PublicEvents() {
  const { upcoming, past } = useLoaderData<typeof loader>();
  const { t } = useTranslation("public");
  return (
    <>
      <PageTitle>{t("events.title")}</PageTitle>
      <p className="lead">{t("events.intro")}</p>
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">{t("events.upcoming")}</h2>
        <PublicEventList events={upcoming} empty={t("events.noneUpcoming")} />
      </section>
      {past.length ? (
        <section aria-labelledby="past-heading" className="section-gap">
          <h2 id="past-heading">{t("events.past")}</h2>
          <PublicEventList events={past} empty="" />
        </section>
      ) : null}
    </>
  );
}
