// The form that attaches a file to its owner: multipart, posted to /library/upload?owner=…, which answers with
// the owner's page or this form again with its messages. The file comes last, so that a file over
// the limit still leaves everything typed before it (app/library/upload.server.ts).
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FocusFirstError, SelectField, TextAreaField, TextField } from "~/components/field";
import { LIBRARY_LANGUAGES } from "./owners";

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
