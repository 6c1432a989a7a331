import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle, type RouteHandle } from "~/components/page-title";

export const handle: RouteHandle = { i18n: "auth", title: (t) => t("auth:checkEmail.title") };

/** The same page for every address, known or not. */
export default function CheckEmail() {
  const { t } = useTranslation("auth");
  return (
    <div className="narrow">
      <PageTitle>{t("checkEmail.title")}</PageTitle>
      <p className="lead">{t("checkEmail.body")}</p>
      <p>{t("checkEmail.notArrived")}</p>
      <p>
        <Link to="/login">{t("checkEmail.again")}</Link>
      </p>
    </div>
  );
}
