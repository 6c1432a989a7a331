import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { sessionCookie } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { getDb } from "~/lib/db.server";
import { acceptInvitation } from "~/members/commands.server";
import { findInvitation } from "~/members/queries.server";
import { requestLocale } from "~/i18n/request-locale.server";

export const handle: RouteHandle = { i18n: "members", title: (t) => t("members:invitation.title") };

/** Shows the invitation; like sign-in links, only the button (a POST) uses it. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const locale = await requestLocale(request, context);
  return { invitation: (await findInvitation(getDb(), params.token ?? "", locale)) ?? null };
}

export async function action({ params, context }: ActionFunctionArgs) {
  const accepted = await acceptInvitation(getDb(), params.token ?? "", context.clientIp);
  // Used, revoked, expired or unknown: the page says the invitation can no longer be used.
  if (!accepted) throw redirect(`/invitations/${encodeURIComponent(params.token ?? "")}`);
  const cookie = sessionCookie(accepted.sessionToken, accepted.expires);
  return redirect("/profile?welcome=1", { headers: { "Set-Cookie": cookie } });
}

export default function Invitation() {
  const { invitation } = useLoaderData<typeof loader>();
  const { t } = useTranslation("members");
  const { t: common } = useTranslation();
  if (!invitation) {
    return (
      <div className="narrow">
        <PageTitle>{t("invitation.goneTitle")}</PageTitle>
        <p>{t("invitation.gone")}</p>
        <p>
          <Link to="/login">{t("invitation.signIn")}</Link> ·{" "}
          <Link to="/about/join">{common("footer.contactVisitor")}</Link>
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
