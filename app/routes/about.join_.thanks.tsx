import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle, type RouteHandle } from "~/components/page-title";

export const handle: RouteHandle = { i18n: "public", title: (t) => t("public:thanks.title") };

export default function JoinThanks() {
  const { t } = useTranslation("public");
  return (
    <div className="narrow">
      <PageTitle>{t("thanks.title")}</PageTitle>
      <p className="lead">{t("thanks.body")}</p>
      <p>
        <Link to="/about">{t("thanks.back")}</Link>
      </p>
    </div>
  );
}
