import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensure } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle, SuccessNotice } from "~/components/page-title";
import { PersonAction } from "~/components/person-action";
import { TableSection } from "~/components/table-section";
import { useLocale } from "~/components/use-locale";
import { getDb } from "~/lib/db.server";
import { formatDateTime } from "~/lib/format";
import { can } from "~/members/policy";
import { listPendingInvitations } from "~/members/queries.server";

export const handle: RouteHandle = { i18n: "admin", title: (t) => t("admin:hub.title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  ensure(can(viewer, "invite", null));
  return { invitations: await listPendingInvitations(getDb(), viewer.locale), timeZone: viewer.timeZone };
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
      <SuccessNotice>{notice && t(`notices.${notice}`)}</SuccessNotice>
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
        <Link className="button button-secondary" to="/admin/mail">
          {t("hub.mail")}
        </Link>
        <Link className="button button-secondary" to="/admin/people/import">
          {t("hub.import")}
        </Link>
        <Link className="button button-secondary" to="/onboarding">
          {t("hub.onboarding")}
        </Link>
        <Link className="button button-secondary" to="/admin/retention">
          {t("hub.retention")}
        </Link>
        <Link className="button button-secondary" to="/admin/passkeys">
          {t("hub.passkeys")}
        </Link>
      </div>
      <TableSection
        id="pending"
        title={t("hub.pending")}
        headers={[t("hub.person"), t("hub.seat"), t("hub.sent"), t("hub.actions")]}
        empty={t("hub.noPending")}
        isEmpty={invitations.length === 0}
      >
        {invitations.map((invitation) => (
          <tr key={invitation.id}>
            <th scope="row">
              {invitation.name}
              <br />
              <span className="muted">{invitation.email}</span>
            </th>
            <td>
              {invitation.memberSlug ? (
                <Link to={`/members/${invitation.memberSlug}`}>{invitation.memberName}</Link>
              ) : (
                t("roles.secretariat")
              )}
              {invitation.isAlternate ? ` (${t("roles.alternate")})` : ""}
            </td>
            <td>{invitation.invitedAt ? formatDateTime(locale, invitation.invitedAt, timeZone) : ""}</td>
            <td>
              <div className="actions">
                <PersonAction
                  personId={invitation.id}
                  intent="resend"
                  label={t("hub.resend")}
                  accessibleLabel={t("hub.resendFor", { name: invitation.name })}
                />
                <PersonAction
                  personId={invitation.id}
                  intent="revoke"
                  label={t("hub.revoke")}
                  accessibleLabel={t("hub.revokeFor", { name: invitation.name })}
                />
              </div>
            </td>
          </tr>
        ))}
      </TableSection>
    </>
  );
}
