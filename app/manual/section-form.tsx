import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FocusFirstError, SelectField, TextAreaField, TextField } from "~/components/field";
import { languageOptions } from "~/i18n/config";
import { TagPicker } from "./tag-list";

export interface SectionFormValues {
  title?: string;
  slug?: string;
  body?: string;
  language?: string;
  tags?: string[];
  note?: string;
  revision?: number | string;
}

/** Writing a new section and editing one share this form; an edit keeps the section's address. */
export function SectionForm({
  values,
  errors,
  tags,
  isNew,
}: {
  values: SectionFormValues;
  errors?: Record<string, string>;
  tags: { slug: string; name: string }[];
  isNew: boolean;
}) {
  const { t } = useTranslation("manual");
  return (
    <Form method="post" className="stack stack-wide" noValidate>
      <FocusFirstError errors={errors} />
      {errors?.form ? (
        <p className="notice notice-error" role="alert">
          {t(`form.${errors.form as "conflict"}`)}
        </p>
      ) : null}
      <TextField name="title" label={t("form.title")} required defaultValue={values.title} error={errors?.title} />
      {isNew ? (
        <TextField
          name="slug"
          label={t("form.slug")}
          hint={t("form.slugHint")}
          required
          defaultValue={values.slug}
          error={errors?.slug}
        />
      ) : (
        <input type="hidden" name="revision" value={values.revision} />
      )}
      <TextAreaField
        name="body"
        label={t("form.body")}
        hint={t("form.bodyHint")}
        rows={18}
        required
        defaultValue={values.body}
        error={errors?.body}
      />
      <SelectField
        name="language"
        label={t("form.language")}
        defaultValue={values.language ?? "en"}
        options={languageOptions()}
        error={errors?.language}
      />
      <TagPicker tags={tags} chosen={values.tags ?? []} error={errors?.tags} />
      <TextField
        name="note"
        label={t("form.note")}
        hint={t("form.noteHint")}
        required
        defaultValue={values.note}
        error={errors?.note}
      />
      <p>
        <button type="submit">{isNew ? t("form.create") : t("form.save")}</button>
      </p>
    </Form>
  );
}
