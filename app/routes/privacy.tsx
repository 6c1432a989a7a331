import { useTranslation } from "react-i18next";
import { PageTitle, type RouteHandle } from "~/components/page-title";

export const handle: RouteHandle = { i18n: "members", title: (t) => t("members:privacy.title") };

/** What the portal keeps about a person and who sees it: public, so it can be read before accepting an invitation. */
export default function Privacy() {
  const { t } = useTranslation("members");
  return (
    <div className="narrow">
      <PageTitle>{t("privacy.title")}</PageTitle>
      <h2>{t("privacy.keepsTitle")}</h2>
      <p>{t("privacy.keeps")}</p>
      <h2>{t("privacy.seesTitle")}</h2>
      <p>{t("privacy.sees")}</p>
      <p>{t("privacy.public")}</p>
      <h2>{t("privacy.choicesTitle")}</h2>
      <p>{t("privacy.choices")}</p>
      <p>{t("privacy.ends")}</p>
    </div>
  );
}
