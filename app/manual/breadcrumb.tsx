import { Link } from "@remix-run/react";
import { Fragment } from "react";
import { useTranslation } from "react-i18next";

/** Where a manual page sits: "Manual", then the pages above this one, on every page of the manual alike. */
export function ManualBreadcrumb({ trail = [] }: { trail?: { to: string; label: string }[] }) {
  const { t } = useTranslation("manual");
  return (
    <nav aria-label={t("section.breadcrumb")} className="breadcrumb">
      <Link to="/manual">{t("toc.back")}</Link>
      {trail.map((step) => (
        <Fragment key={step.to}>
          {" › "}
          <Link to={step.to}>{step.label}</Link>
        </Fragment>
      ))}
    </nav>
  );
}
