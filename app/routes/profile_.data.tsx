import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensure } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { getDb } from "~/lib/db.server";
import { DataSection, LeftOut, ProfileFacts } from "~/personal-data/data-sections";
import { can } from "~/personal-data/policy";
import { personalData } from "~/personal-data/queries.server";

export const handle: RouteHandle = {
  i18n: ["members", "admin", "notifications"],
  title: (t) => t("members:data.title"),
};

/** Everything the portal holds about the signed-in person, to read; /profile/data.json is the same as a file. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  ensure(can(person, "see", { personId: person.id }));
  return { data: await personalData(getDb(), person.id), timeZone: person.timeZone };
}

export default function PersonalData() {
  const { data, timeZone } = useLoaderData<typeof loader>();
  const { t } = useTranslation("members");
  const locale = useLocale();
  return (
    <>
      <PageTitle>{t("data.title")}</PageTitle>
      <p>{t("data.intro")}</p>
      <p className="actions">
        <a href="/profile/data.json" download className="button">
          {t("data.download")}
        </a>
        <Link to="/profile">{t("data.back")}</Link>
      </p>
      {data.profile ? <ProfileFacts profile={data.profile} locale={locale} timeZone={timeZone} /> : null}
      {Object.entries(data.sections).map(([section, rows]) => (
        <DataSection key={section} section={section} rows={rows} locale={locale} timeZone={timeZone} />
      ))}
      <LeftOut />
    </>
  );
}
