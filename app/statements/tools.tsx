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
}: {
  id: number;
  version: number;
  drafting: boolean;
  compilation?: boolean;
  importable?: boolean;
}) {
  const { t } = useTranslation("statements");
  const exported = `/statements/${id}/versions/${version}`;
  return (
    <nav className="actions section-gap" aria-label={t("statement.tools")}>
      {drafting ? (
        <Link to={`/statements/${id}/history`} className="button button-secondary">
          {t("statement.history")}
        </Link>
      ) : null}
      <Link to={exported} className="button button-secondary">
        {t("export.print")}
      </Link>
      <a href={`${exported}/docx`} className="button button-secondary" download>
        {t("export.docx")}
      </a>
      <a href={`${exported}/txt`} className="button button-secondary">
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
