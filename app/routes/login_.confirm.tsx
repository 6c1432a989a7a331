import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { completeEmailSignIn, signInTokenIsUsable } from "~/auth/auth.server";
import { readSignInLink } from "~/auth/sign-in-link.server";
import { recordSignIn } from "~/auth/sign-in.server";
import { ExpiredLink } from "~/components/new-link-form";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { getDb } from "~/lib/db.server";
import { safeRedirectPath } from "~/lib/safe-redirect";

export const handle: RouteHandle = { i18n: "auth", title: (t) => t("auth:confirm.title") };

/** Opening the link (or a mail scanner fetching it) only shows this page; the token stays unspent. */
export async function loader({ request }: LoaderFunctionArgs) {
  const link = readSignInLink(request);
  if (!link.success) return { state: "invalid" as const, email: null };
  const usable = await signInTokenIsUsable(link.data.email, link.data.token);
  return { state: usable ? ("ready" as const) : ("expired" as const), email: link.data.email };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const link = readSignInLink(request);
  if (!link.success) throw redirect("/login/error?error=Verification");
  // Auth.js only follows a callbackUrl on the portal's own origin.
  const outcome = await completeEmailSignIn(link.data);
  if (!outcome.ok) {
    throw redirect(`/login/error?${new URLSearchParams({ error: outcome.error, email: link.data.email })}`);
  }
  await recordSignIn(getDb(), link.data.email, {
    ip: context.clientIp,
    userAgent: request.headers.get("User-Agent") ?? "",
    sessionToken: outcome.sessionToken,
  });
  const headers = new Headers();
  for (const cookie of outcome.cookies) headers.append("Set-Cookie", cookie);
  return redirect(safeRedirectPath(outcome.redirectTo), { headers });
}

export default function ConfirmSignIn() {
  const { state, email } = useLoaderData<typeof loader>();
  const { t } = useTranslation("auth");
  if (state !== "ready") {
    return <ExpiredLink email={email} />;
  }
  return (
    <div className="narrow">
      <PageTitle>{t("confirm.title")}</PageTitle>
      <p className="lead">{t("confirm.body", { email })}</p>
      <Form method="post" reloadDocument>
        <button type="submit">{t("confirm.submit")}</button>
      </Form>
      <p className="muted">{t("confirm.why")}</p>
    </div>
  );
}
