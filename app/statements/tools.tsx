// A statement's tools: its history while it is drafted, and its print view and exports; for a draft,
// the compilation of its pending amendments as tracked changes, and for those who may propose
// amendments, sending them as a Word file.
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";

export function StatementTools({
  id,
  version,
  drafting,
  compilation = false,
  importable = false,
  language,
}: {
  id: number;
  version: number;
  drafting: boolean;
  compilation?: boolean;
  importable?: boolean;
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
      {compilation ? (
        <a href={`/statements/${id}/compilation`} className="button button-secondary" download>
          {t("export.compilation")}
        </a>
      ) : null}
      {importable ? (
        <Link to={`/statements/${id}/import`} className="button button-secondary">
          {t("export.import")}
        </Link>
      ) : null}
    </nav>
  );
}
