// An owner's files, on its page: each with a download link, who added it and when, a delete button
// for those who may, and the form to attach another for those who may change the owner.
import { useTranslation } from "react-i18next";
import { useLocale } from "~/components/use-locale";
import { formatDate } from "~/lib/format";
import { fileSize } from "./file-size";
import type { LibraryPanelData } from "./panel.server";
import { UploadForm } from "./upload-form";

export function LibraryFiles({ panel, timeZone }: { panel: LibraryPanelData; timeZone: string }) {
  const { t } = useTranslation("library");
  const locale = useLocale();
  const headingId = `files-${panel.owner.replace(":", "-")}`;
  return (
    <section aria-labelledby={headingId} id="files" className="library-files">
      <h2 id={headingId}>{t("files")}</h2>
      {panel.files.length === 0 ? <p>{t("noFiles")}</p> : null}
      <ul className="file-list">
        {panel.files.map((file) => (
          <li key={file.id}>
            <a href={`/library/${file.id}`} download={file.filename} lang={languageAttribute(file.language)}>
              {file.title}
            </a>{" "}
            <span className="meta">
              {file.filename} · {fileSize(t, file.size, locale)} · {t(`languages.${file.language}`)} ·{" "}
              {formatDate(locale, file.uploadedAt, timeZone)}
              {file.uploaderName ? ` · ${t("uploadedBy", { name: file.uploaderName })}` : ""}
            </span>
            <p lang={languageAttribute(file.language)}>{file.description}</p>
            {file.canDelete ? (
              <form method="post" action={`/library/${file.id}`}>
                <button type="submit" name="intent" value="delete" aria-label={t("deleteFile", { title: file.title })}>
                  {t("delete")}
                </button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
      {panel.canAttach ? (
        <details>
          <summary>{t("attach")}</summary>
          <UploadForm owner={panel.owner} maxMegabytes={panel.maxMegabytes} defaultLanguage={locale} />
        </details>
      ) : null}
    </section>
  );
}

/** A file "in another language" has no language to announce. */
export const languageAttribute = (language: string) => (language === "other" ? undefined : language);
