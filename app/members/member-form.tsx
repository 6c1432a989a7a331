// The secretariat's form for a member, to add one or to correct one: its names in the three languages
// as the UN writes them, its group, seat, time zone and date of joining.
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { REGIONAL_GROUPS } from "../../db/schema";
import { FocusFirstError, SelectField, TextField } from "~/components/field";
import { TimeZonePicker } from "~/components/time-zone-picker";

export function MemberForm({
  values,
  errors,
  timeZones,
  submit,
}: {
  values: Record<string, string | undefined>;
  errors?: Record<string, string>;
  timeZones: readonly string[];
  submit: string;
}) {
  const { t } = useTranslation(["admin", "common"]);
  return (
    <Form method="post" className="stack" noValidate>
      <FocusFirstError errors={errors} />
      <TextField
        name="name"
        lang="en"
        label={t("newMember.name")}
        hint={t("newMember.nameHint")}
        required
        defaultValue={values.name}
        error={errors?.name}
      />
      <TextField
        name="nameFr"
        lang="fr"
        label={t("newMember.nameFr")}
        hint={t("newMember.nameFrHint")}
        required
        defaultValue={values.nameFr}
        error={errors?.nameFr}
      />
      <TextField
        name="nameEs"
        lang="es"
        label={t("newMember.nameEs")}
        hint={t("newMember.nameEsHint")}
        required
        defaultValue={values.nameEs}
        error={errors?.nameEs}
      />
      <SelectField
        name="kind"
        label={t("newMember.kind")}
        defaultValue={values.kind ?? "state"}
        options={[
          { value: "state", label: t("newMember.kinds.state") },
          { value: "organisation", label: t("newMember.kinds.organisation") },
        ]}
        error={errors?.kind}
      />
      <SelectField
        name="regionalGroup"
        label={t("newMember.group")}
        hint={t("newMember.groupHint")}
        defaultValue={values.regionalGroup ?? ""}
        options={[
          { value: "", label: t("newMember.chooseGroup") },
          ...REGIONAL_GROUPS.map((g) => ({ value: g, label: t(`common:regionalGroups.${g}`) })),
        ]}
        error={errors?.regionalGroup}
      />
      <TextField name="capital" label={t("newMember.capital")} defaultValue={values.capital} error={errors?.capital} />
      <TimeZonePicker
        name="timeZone"
        label={t("newMember.timeZone")}
        defaultValue={values.timeZone ?? "UTC"}
        zones={timeZones}
        current={values.timeZone ?? "UTC"}
        error={errors?.timeZone}
      />
      <TextField
        name="joinedOn"
        type="date"
        label={t("newMember.joinedOn")}
        required
        defaultValue={values.joinedOn}
        error={errors?.joinedOn}
      />
      <p>
        <button type="submit">{submit}</button>
      </p>
    </Form>
  );
}
