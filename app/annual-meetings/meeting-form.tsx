// Recording or editing an annual meeting: dates, host, where, summary, and (once files are attached
// to it) its outcome document.
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { FocusFirstError, SelectField, TextAreaField, TextField } from "~/components/field";
import { SinglePicker } from "~/components/time-zone-picker";
import { languageOptions } from "~/i18n/config";

export function MeetingForm({
  members,
  files,
  values,
  errors,
  submit,
}: {
  members: { slug: string; name: string }[];
  /** The meeting's files, to choose its outcome document from; null for a meeting not recorded yet. */
  files: { id: number; title: string }[] | null;
  values: Record<string, string>;
  errors?: Record<string, string>;
  submit: string;
}) {
  const { t } = useTranslation("meetings");
  return (
    <Form method="post" className="stack stack-wide" noValidate>
      <FocusFirstError errors={errors} />
      <TextField
        name="title"
        label={t("form.title")}
        hint={t("form.titleHint")}
        defaultValue={values.title}
        error={errors?.title}
        maxLength={200}
        required
      />
      <div className="field-row">
        <TextField
          name="startsOn"
          type="date"
          label={t("form.startsOn")}
          hint={t("form.dateHint")}
          defaultValue={values.startsOn}
          error={errors?.startsOn}
          required
        />
        <TextField
          name="endsOn"
          type="date"
          label={t("form.endsOn")}
          hint={t("form.dateHint")}
          defaultValue={values.endsOn}
          error={errors?.endsOn}
          required
        />
      </div>
      {/* The host among every member: a list to filter as one types once the page's JavaScript runs. */}
      <SinglePicker
        name="host"
        label={t("form.host")}
        defaultValue={values.host}
        choices={members.map((member) => ({ value: member.slug, label: member.name }))}
        error={errors?.host}
      />
      <TextField
        name="city"
        label={t("form.city")}
        defaultValue={values.city}
        error={errors?.city}
        maxLength={120}
        required
      />
      <TextAreaField
        name="summary"
        label={t("form.summary")}
        hint={t("form.summaryHint")}
        defaultValue={values.summary}
        error={errors?.summary}
        rows={8}
      />
      <SelectField
        name="language"
        label={t("form.language")}
        defaultValue={values.language}
        options={languageOptions()}
        error={errors?.language}
      />
      {files ? (
        <SelectField
          name="outcome"
          label={t("form.outcome")}
          hint={t("form.outcomeHint")}
          defaultValue={values.outcome ?? ""}
          options={[
            { value: "", label: t("form.noOutcome") },
            ...files.map((file) => ({ value: String(file.id), label: file.title })),
          ]}
          error={errors?.outcome}
        />
      ) : null}
      <p>
        <button type="submit">{submit}</button>
      </p>
    </Form>
  );
}
