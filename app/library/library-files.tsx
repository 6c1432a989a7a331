// An owner's files, on its page: each with a download link, who added it and when, a delete button
// for those who may, and the form to attach another for those who may change the owner.
// (One module for every piece of the library's UI, so a page that shows files fetches one chunk.)
import { Form } from "@remix-run/react";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { FocusFirstError, SelectField, TextAreaField, TextField } from "~/components/field";
import { useLocale } from "~/components/use-locale";
import { formatDate, numberFormat } from "~/lib/format";
import { LIBRARY_LANGUAGES } from "./owners";
import type { LibraryPanelData } from "./panel.server";

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

// The form that attaches a file to its owner: multipart, posted to /library/upload?owner=…, which answers with
// the owner's page or this form again with its messages. The file comes last, so that a file over
// the limit still leaves everything typed before it (app/library/upload.server.ts).
export function UploadForm({
  owner,
  maxMegabytes,
  defaultLanguage,
  errors,
  values = {},
}: {
  owner: string;
  maxMegabytes: number;
  defaultLanguage: string;
  errors?: Record<string, string>;
  values?: Record<string, string>;
}) {
  const { t } = useTranslation("library");
  return (
    <Form
      method="post"
      action={`/library/upload?owner=${owner}`}
      encType="multipart/form-data"
      className="stack"
      noValidate
    >
      <FocusFirstError errors={errors} />
      <TextField
        name="title"
        id={`library-title-${owner}`}
        label={t("titleField")}
        defaultValue={values.title}
        error={errors?.title}
        maxLength={200}
        required
      />
      <SelectField
        name="language"
        id={`library-language-${owner}`}
        label={t("language")}
        defaultValue={values.language ?? defaultLanguage}
        options={LIBRARY_LANGUAGES.map((language) => ({ value: language, label: t(`languages.${language}`) }))}
        error={errors?.language}
      />
      <TextAreaField
        name="description"
        id={`library-description-${owner}`}
        label={t("descriptionField")}
        hint={t("descriptionHint")}
        defaultValue={values.description}
        error={errors?.description}
        rows={3}
        maxLength={2000}
        required
      />
      <TextField
        type="file"
        name="file"
        id={`library-file-${owner}`}
        label={t("fileField")}
        hint={t("attachIntro", { max: maxMegabytes })}
        error={errors?.file}
        required
      />
      <p>
        <button type="submit">{t("upload")}</button>
      </p>
    </Form>
  );
}

// A benchmark report's files, in its row of the report history: download links, and a link to
// attach one for those who may report for its member.
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

/** A file's size as people read it: kilobytes below a megabyte, megabytes with one decimal above. */
export function fileSize(t: TFunction<"library">, bytes: number, locale: string): string {
  if (bytes < 1_000_000)
    return t("units.kb", { value: numberFormat(locale).format(Math.max(1, Math.round(bytes / 1000))) });
  return t("units.mb", { value: numberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1_000_000) });
}
