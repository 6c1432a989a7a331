import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireSecretariat } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { PersonAction } from "~/components/person-action";
import { useLocale } from "~/components/use-locale";
import { getDb } from "~/lib/db.server";
import { formatDateTime } from "~/lib/format";
import { listPendingInvitations } from "~/members/people.server";

export const handle: RouteHandle = { i18n: "admin", title: (t) => t("admin:hub.title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const person = await requireSecretariat(request, context);
  return { invitations: await listPendingInvitations(getDb()), timeZone: person.timeZone };
}

const NOTICES = ["invited", "resent", "revoked", "deactivated", "memberAdded"] as const;

export default function AdminHub() {
  const { invitations, timeZone } = useLoaderData<typeof loader>();
  const { t } = useTranslation("admin");
  const locale = useLocale();
  const [searchParams] = useSearchParams();
  const notice = NOTICES.find((key) => key === searchParams.get("notice"));
  return (
    <>
      <PageTitle>{t("hub.title")}</PageTitle>
      {notice ? (
        <p className="notice notice-success" role="status">
          {t(`notices.${notice}`)}
        </p>
      ) : null}
      <div className="actions">
        <Link className="button" to="/admin/invite">
          {t("hub.invite")}
        </Link>
        <Link className="button button-secondary" to="/admin/members/new">
          {t("hub.addMember")}
        </Link>
        <Link className="button button-secondary" to="/admin/audit">
          {t("hub.audit")}
        </Link>
      </div>
      <section aria-labelledby="pending-heading" className="section-gap">
        <h2 id="pending-heading">{t("hub.pending")}</h2>
        {invitations.length === 0 ? (
          <p>{t("hub.noPending")}</p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("hub.person")}</th>
                  <th scope="col">{t("hub.seat")}</th>
                  <th scope="col">{t("hub.sent")}</th>
                  <th scope="col">{t("hub.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {invitations.map((invitation) => (
                  <tr key={invitation.id}>
                    <th scope="row">
                      {invitation.name}
                      <br />
                      <span className="muted">{invitation.email}</span>
                    </th>
                    <td>
                      {invitation.memberSlug ? <Link to={`/members/${invitation.memberSlug}`}>{invitation.memberName}</Link> : t("roles.secretariat")}
                      {invitation.isAlternate ? ` (${t("roles.alternate")})` : ""}
                    </td>
                    <td>{invitation.invitedAt ? formatDateTime(locale, invitation.invitedAt, timeZone) : ""}</td>
                    <td>
                      <div className="actions">
                        <PersonAction personId={invitation.id} intent="resend" label={t("hub.resend")} accessibleLabel={t("hub.resendFor", { name: invitation.name })} />
                        <PersonAction personId={invitation.id} intent="revoke" label={t("hub.revoke")} accessibleLabel={t("hub.revokeFor", { name: invitation.name })} />
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
