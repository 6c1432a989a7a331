import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle, type RouteHandle } from "./page-title";

export type Feature = "work" | "calendar" | "statements" | "manual" | "members";

/** An honest placeholder for a part of the portal that is not built yet. */
export function ComingSoon({ feature }: { feature: Feature }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="page-title" className="coming-soon">
      <PageTitle>{t(`features.${feature}.title`)}</PageTitle>
      <p className="badge">{t("comingSoon.badge")}</p>
      <p className="lead">{t(`features.${feature}.summary`)}</p>
      <p>{t("comingSoon.body")}</p>
      <p>
        <Link to="/">{t("comingSoon.back")}</Link>
      </p>
    </section>
  );
}

export function comingSoonHandle(feature: Feature): RouteHandle {
  return { title: (t) => t(`features.${feature}.title`) };
}
