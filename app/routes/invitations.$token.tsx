import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { sessionCookie } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { getDb } from "~/lib/db.server";
import { acceptInvitation, findInvitation } from "~/members/people.server";

export const handle: RouteHandle = { i18n: "members", title: (t) => t("members:invitation.title") };

/** Shows the invitation; like sign-in links, only the button (a POST) uses it. */
export async function loader({ params }: LoaderFunctionArgs) {
  const invitation = await findInvitation(getDb(), params.token ?? "");
  if (!invitation || invitation.expiresAt.getTime() < Date.now()) return { invitation: null };
  const { name, email, role, isAlternate, memberName, predecessorName } = invitation;
  return { invitation: { name, email, role, isAlternate, memberName, predecessorName } };
}

export async function action({ params, context }: ActionFunctionArgs) {
  const accepted = await acceptInvitation(getDb(), params.token ?? "", context.clientIp);
  if (!accepted.ok) throw redirect(`/invitations/${params.token}`);
  const cookie = sessionCookie(accepted.sessionToken, accepted.expires);
  return redirect("/profile?welcome=1", { headers: { "Set-Cookie": cookie } });
}

export default function Invitation() {
  const { invitation } = useLoaderData<typeof loader>();
  const { t } = useTranslation("members");
  if (!invitation) {
    return (
      <div className="narrow">
        <PageTitle>{t("invitation.goneTitle")}</PageTitle>
        <p>{t("invitation.gone")}</p>
        <p>
          <Link to="/login">{t("invitation.signIn")}</Link>
        </p>
      </div>
    );
  }
  const seat =
    invitation.role === "secretariat"
      ? t("invitation.asSecretariat")
      : t(invitation.isAlternate ? "invitation.asAlternate" : "invitation.asFocalPoint", {
          member: invitation.memberName,
        });
  return (
    <div className="narrow">
      <PageTitle>{t("invitation.title")}</PageTitle>
      <p className="lead">{t("invitation.welcome", { name: invitation.name })}</p>
      <p>{seat}</p>
      {invitation.predecessorName ? (
        <p>{t("invitation.handover", { predecessor: invitation.predecessorName })}</p>
      ) : null}
      <p className="muted">{t("invitation.account", { email: invitation.email })}</p>
      <Form method="post" reloadDocument>
        <button type="submit">{t("invitation.accept")}</button>
      </Form>
    </div>
  );
}
