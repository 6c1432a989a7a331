// A benchmark report's files, in its row of the report history: download links, and a link to
// attach one for those who may report for its member.
import { useTranslation } from "react-i18next";
import { languageAttribute } from "./library-files";

export function ReportFiles({
  reportId,
  files,
  canAttach,
}: {
  reportId: number;
  files: { id: number; title: string; filename: string; language: string }[];
  canAttach: boolean;
}) {
  const { t } = useTranslation("library");
  return (
    <>
      {files.map((file) => (
        <a key={file.id} href={`/library/${file.id}`} download={file.filename} lang={languageAttribute(file.language)}>
          {file.title}
        </a>
      ))}
      {canAttach ? <a href={`/library/upload?owner=benchmark_report:${reportId}`}>{t("attach")}</a> : null}
      {files.length === 0 && !canAttach ? "—" : null}
    </>
  );
}
