import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { getViewer } from "~/auth/session.server";
import { loginForm, requestSignInLink } from "~/auth/sign-in.server";
import { FocusFirstError, TextField } from "~/components/field";
import { PageTitle, type RouteHandle, SuccessNotice } from "~/components/page-title";
import { isLocalMode } from "~/lib/config.server";
import { getDb } from "~/lib/db.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import { safeRedirectPath } from "~/lib/safe-redirect";
import { PasskeySignIn } from "~/passkeys/passkey-sign-in";
import { demoAccounts } from "../../db/seed-data/network";

export const handle: RouteHandle = {
  i18n: "auth",
  title: (t) => t("auth:login.title"),
  description: (t) => t("common:meta.login"),
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  const redirectTo = safeRedirectPath(new URL(request.url).searchParams.get("redirectTo"));
  if (await getViewer(request, context)) throw redirect(redirectTo);
  return { demo: isLocalMode() ? demoAccounts : null };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  // A bot that filled the honeypot is told it worked, whatever else it sent.
  if (form.get("website")) throw redirect("/login/check-email");
  const parsed = parseForm(loginForm, form);
  if (!parsed.success) return formFailure(parsed);
  const outcome = await requestSignInLink(getDb(), {
    email: parsed.data.email,
    clientIp: context.clientIp,
    redirectTo: parsed.data.redirectTo,
  });
  if (outcome === "limited") {
    return formFailure({ errors: {}, values: parsed.values, limited: true }, 429);
  }
  throw redirect("/login/check-email");
}

export default function Login() {
  const { demo } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const { t } = useTranslation("auth");
  return (
    <div className="narrow">
      <PageTitle>{t("login.title")}</PageTitle>
      <SuccessNotice>{searchParams.has("signedOut") && t("login.signedOut")}</SuccessNotice>
      <SuccessNotice>{searchParams.has("handedOver") && t("login.handedOver")}</SuccessNotice>
      {result?.limited ? (
        <p className="notice notice-error" role="alert">
          {t("login.limited")}
        </p>
      ) : null}
      <p>{t("login.intro")}</p>
      <Form method="post" className="stack" noValidate>
        <FocusFirstError errors={result?.errors} />
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? "/"} />
        <TextField
          name="email"
          type="email"
          label={t("login.email")}
          hint={t("login.emailHint")}
          autoComplete="email"
          required
          defaultValue={result?.values?.email}
          error={result?.errors?.email}
        />
        <div className="honeypot" aria-hidden="true">
          <label htmlFor="website">{t("login.honeypot")}</label>
          <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
        </div>
        <p>
          <button type="submit">{t("login.submit")}</button>
        </p>
      </Form>
      <PasskeySignIn redirectTo={searchParams.get("redirectTo") ?? "/"} />
      {demo ? (
        <aside className="demo-accounts" aria-labelledby="demo-heading">
          <h2 id="demo-heading">{t("login.demoHeading")}</h2>
          <p>{t("login.demoBody")}</p>
          <ul>
            <li>
              {t("login.demoSecretariat")}: <code>{demo.secretariat}</code>
            </li>
            <li>
              {t("login.demoFocalPoint")}: <code>{demo.focalPoint}</code>
            </li>
          </ul>
          <p>
            <Link to="/dev/outbox">{t("login.outbox")}</Link>
          </p>
        </aside>
      ) : null}
    </div>
  );
}
