import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ACTIVITY_CATEGORIES, ACTIVITY_STATUSES } from "../../db/schema";
import { FocusFirstError, SelectField, TextAreaField, TextField } from "~/components/field";
import { languageOptions } from "~/i18n/config";
import { MemberPicker, type MemberChoice } from "~/components/picker";

export interface ActivityFormValues {
  title?: string;
  description?: string;
  language?: string;
  category?: string;
  status?: string;
  startOn?: string | null;
  dueOn?: string | null;
  leads?: string[];
  participants?: string[];
}

/** What a refused form sent back, as the form's values: a list's choices come back joined by commas. */
export function formValues(typed: Record<string, string>): ActivityFormValues {
  return { ...typed, leads: typed.leads?.split(","), participants: typed.participants?.split(",") };
}

/**
 * Proposing or revising a proposal (a focal point: their member leads) and adding or editing (the
 * secretariat, who also chooses the status and the leads) share one form.
 */
export function ActivityForm({
  values,
  errors,
  members,
  choosesStatusAndLeads,
  submitLabel,
}: {
  values: ActivityFormValues;
  errors?: Record<string, string>;
  members: MemberChoice[];
  choosesStatusAndLeads: boolean;
  submitLabel: string;
}) {
  const { t } = useTranslation("program");
  // A proposal is returned by a decision with a note, not by picking a status; one already returned keeps it.
  const statuses = ACTIVITY_STATUSES.filter((status) => status !== "returned" || values.status === "returned");
  return (
    <Form method="post" className="stack" noValidate>
      <FocusFirstError errors={errors} />
      <TextField name="title" label={t("form.title")} required defaultValue={values.title} error={errors?.title} />
      <TextAreaField
        name="description"
        label={t("form.description")}
        hint={t("form.descriptionHint")}
        defaultValue={values.description}
        error={errors?.description}
      />
      <SelectField
        name="language"
        label={t("form.language")}
        hint={t("form.languageHint")}
        defaultValue={values.language ?? "en"}
        options={languageOptions()}
        error={errors?.language}
      />
      <SelectField
        name="category"
        label={t("form.category")}
        defaultValue={values.category ?? "national"}
        options={ACTIVITY_CATEGORIES.map((category) => ({ value: category, label: t(`categories.${category}`) }))}
        error={errors?.category}
      />
      {choosesStatusAndLeads ? (
        <SelectField
          name="status"
          label={t("form.status")}
          defaultValue={values.status ?? "planned"}
          options={statuses.map((status) => ({ value: status, label: t(`statuses.${status}`) }))}
          error={errors?.status}
        />
      ) : null}
      <TextField
        name="startOn"
        type="date"
        label={t("form.startOn")}
        defaultValue={values.startOn ?? ""}
        error={errors?.startOn}
      />
      <TextField
        name="dueOn"
        type="date"
        label={t("form.dueOn")}
        defaultValue={values.dueOn ?? ""}
        error={errors?.dueOn}
      />
      {choosesStatusAndLeads ? (
        <MemberPicker
          name="leads"
          label={t("form.leads")}
          defaultValue={values.leads ?? []}
          members={members}
          error={errors?.leads}
        />
      ) : (
        <p className="hint">{t("form.leadIsYou")}</p>
      )}
      <MemberPicker
        name="participants"
        label={t("form.participants")}
        defaultValue={values.participants ?? []}
        members={members}
        error={errors?.participants}
      />
      <p>
        <button type="submit">{submitLabel}</button>
      </p>
    </Form>
  );
}
