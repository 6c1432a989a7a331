// A statement's tools: its history while it is drafted, and its print view and exports.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export function StatementTools({
  id,
  version,
  drafting,
  language,
}: {
  id: number;
  version: number;
  drafting: boolean;
  /** The language the page reads in, when not the original's: the exports follow it. */
  language?: string;
}) {
  const { t } = useTranslation("statements");
  const exported = `/statements/${id}/versions/${version}`;
  const inLanguage = language ? `?language=${language}` : "";
  return (
    <nav className="actions section-gap" aria-label={t("statement.tools")}>
      {drafting ? (
        <Link to={`/statements/${id}/history`} className="button button-secondary">
          {t("statement.history")}
        </Link>
      ) : null}
      {drafting ? (
        <Link to={`/statements/${id}/languages`} className="button button-secondary">
          {t("languages.link")}
        </Link>
      ) : null}
      <Link to={`${exported}${inLanguage}`} className="button button-secondary">
        {t("export.print")}
      </Link>
      <a href={`${exported}/docx${inLanguage}`} className="button button-secondary" download>
        {t("export.docx")}
      </a>
      <a href={`${exported}/txt${inLanguage}`} className="button button-secondary">
        {t("export.text")}
      </a>
    </nav>
  );
}
