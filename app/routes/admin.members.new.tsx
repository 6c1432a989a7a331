import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { REGIONAL_GROUPS, type RegionalGroup } from "../../db/schema";
import { ensure } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { FocusFirstError, SelectField, TextField } from "~/components/field";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { getDb } from "~/lib/db.server";
import { today } from "~/lib/clock.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import { addMember } from "~/members/commands.server";
import { memberForm } from "~/members/forms.server";
import { can } from "~/members/policy";
import { TimeZonePicker } from "~/components/picker";

export const handle: RouteHandle = { i18n: "admin", title: (t) => t("admin:newMember.title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  ensure(can(await requireUser(request, context), "addMember", null));
  return { timeZones: Intl.supportedValuesOf("timeZone"), joinedOn: today() };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  ensure(can(viewer, "addMember", null));
  const parsed = parseForm(memberForm, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  const form = parsed.data;
  const regionalGroup = form.kind === "state" ? (form.regionalGroup as RegionalGroup) : null;
  const outcome = await addMember(getDb(), viewer, { ...form, regionalGroup });
  if (!outcome.ok) return formFailure({ errors: { [outcome.field]: outcome.error }, values: parsed.values });
  throw redirect(`/members/${outcome.slug}?notice=memberAdded`);
}

export default function NewMember() {
  const { timeZones, joinedOn } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation(["admin", "common"]);
  const values = result?.values ?? {};
  return (
    <div className="narrow">
      <PageTitle>{t("newMember.title")}</PageTitle>
      <Form method="post" className="stack" noValidate>
        <FocusFirstError errors={result?.errors} />
        <TextField
          name="name"
          label={t("newMember.name")}
          hint={t("newMember.nameHint")}
          required
          defaultValue={values.name}
          error={result?.errors?.name}
        />
        <SelectField
          name="kind"
          label={t("newMember.kind")}
          defaultValue={values.kind ?? "state"}
          options={[
            { value: "state", label: t("newMember.kinds.state") },
            { value: "organisation", label: t("newMember.kinds.organisation") },
          ]}
          error={result?.errors?.kind}
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
          error={result?.errors?.regionalGroup}
        />
        <TextField
          name="capital"
          label={t("newMember.capital")}
          defaultValue={values.capital}
          error={result?.errors?.capital}
        />
        <TimeZonePicker
          name="timeZone"
          label={t("newMember.timeZone")}
          defaultValue={values.timeZone ?? "UTC"}
          zones={timeZones}
          current={values.timeZone ?? "UTC"}
          error={result?.errors?.timeZone}
        />
        <TextField
          name="joinedOn"
          type="date"
          label={t("newMember.joinedOn")}
          required
          defaultValue={values.joinedOn ?? joinedOn}
          error={result?.errors?.joinedOn}
        />
        <p>
          <button type="submit">{t("newMember.submit")}</button>
        </p>
      </Form>
    </div>
  );
}
