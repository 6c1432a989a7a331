import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ExpiredLink } from "~/components/new-link-form";
import { PageTitle, type RouteHandle } from "~/components/page-title";

export const handle: RouteHandle = { i18n: "auth", title: (t) => t("auth:expired.title") };

/** Where Auth.js sends failed sign-ins: a used, expired or altered link, or a refused account. */
export function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  return { denied: params.get("error") === "AccessDenied", email: params.get("email") };
}

export default function SignInError() {
  const { denied, email } = useLoaderData<typeof loader>();
  const { t } = useTranslation("auth");
  const { t: common } = useTranslation();
  if (denied) {
    return (
      <div className="narrow">
        <PageTitle>{t("denied.title")}</PageTitle>
        <p>{t("denied.body")}</p>
        <p>
          <Link to="/login">{t("checkEmail.again")}</Link> ·{" "}
          <Link to="/about/join">{common("footer.contactVisitor")}</Link>
        </p>
      </div>
    );
  }
  return <ExpiredLink email={email} />;
}
