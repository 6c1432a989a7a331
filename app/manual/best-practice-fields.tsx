import { useTranslation } from "react-i18next";
import { SelectField, TextAreaField, TextField } from "~/components/field";
import { languageOptions } from "~/i18n/config";
import type { FieldErrors } from "~/lib/forms.server";
import { TagPicker } from "./tag-list";

/** What a best practice says (title, text, language, tags): the same fields to contribute one and to revise it. */
export function BestPracticeFields({
  values,
  errors,
  tags,
  locale,
}: {
  /** What was typed (after a refusal) or what the practice says now; tags comma-separated. */
  values: Record<string, string>;
  errors?: FieldErrors;
  tags: { slug: string; name: string }[];
  locale: string;
}) {
  const { t } = useTranslation("manual");
  return (
    <>
      <TextField
        name="title"
        label={t("contribute.titleField")}
        required
        defaultValue={values.title}
        error={errors?.title}
      />
      <TextAreaField
        name="body"
        label={t("contribute.body")}
        hint={t("contribute.bodyHint")}
        rows={12}
        required
        defaultValue={values.body}
        error={errors?.body}
      />
      <SelectField
        name="language"
        label={t("form.language")}
        defaultValue={values.language ?? locale}
        options={languageOptions()}
        error={errors?.language}
      />
      <TagPicker tags={tags} chosen={values.tags ? values.tags.split(",") : []} error={errors?.tags} />
    </>
  );
}
