import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireSecretariat } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { TableSection } from "~/components/table-section";
import { useLocale } from "~/components/use-locale";
import { getDb } from "~/lib/db.server";
import { formatDateTime } from "~/lib/format";
import { peopleNotGettingMail } from "~/notifications/bounces.server";

export const handle: RouteHandle = { i18n: "channels", title: (t) => t("channels:mail.title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const person = await requireSecretariat(request, context);
  return { people: await peopleNotGettingMail(getDb(), person.locale), timeZone: person.timeZone };
}

export default function MailProblems() {
  const { people, timeZone } = useLoaderData<typeof loader>();
  const { t } = useTranslation("channels");
  const locale = useLocale();
  return (
    <>
      <p>
        <Link to="/admin">{t("mail.admin")}</Link>
      </p>
      <PageTitle>{t("mail.title")}</PageTitle>
      <p>{t("mail.intro")}</p>
      <TableSection
        id="mail-problems"
        headers={[t("mail.person"), t("mail.address"), t("mail.what"), t("mail.when"), t("mail.why")]}
        empty={t("mail.empty")}
        isEmpty={people.length === 0}
      >
        {people.map((person) => (
          <tr key={person.id}>
            <th scope="row">
              {person.name}
              {person.memberSlug ? (
                <>
                  {" · "}
                  <Link to={`/members/${person.memberSlug}`}>{person.memberName}</Link>
                </>
              ) : null}
            </th>
            <td>{person.email}</td>
            <td>{t(`mail.kinds.${person.kind}`)}</td>
            <td>{formatDateTime(locale, person.occurredAt, timeZone)}</td>
            <td>{person.reason || "—"}</td>
          </tr>
        ))}
      </TableSection>
    </>
  );
}
