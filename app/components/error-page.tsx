import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "./page-title";

export function ErrorPage({
  kind,
  status,
  detail,
}: {
  kind: "notFound" | "forbidden" | "generic";
  status: number;
  detail?: string;
}) {
  const { t } = useTranslation();
  return (
    <section className="error-page" aria-labelledby="page-title">
      <p className="error-status">{status}</p>
      <PageTitle>{t(`errors.${kind}.title`)}</PageTitle>
      <p>{t(`errors.${kind}.body`)}</p>
      <p>
        <Link to="/">{t("errors.home")}</Link>
      </p>
      {detail ? <pre className="error-detail">{detail}</pre> : null}
    </section>
  );
}
