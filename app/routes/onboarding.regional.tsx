// Setting up a regional pairing: first the regional group (a GET form, so it works without
// JavaScript), then a name and the focal points of that group's members (the secretariat's).
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { REGIONAL_GROUPS } from "../../db/schema";
import { ensure } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { FocusFirstError, SelectField, TextField } from "~/components/field";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { MultiPicker } from "~/components/picker";
import { getDb } from "~/lib/db.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import { setUpRegionalPairing } from "~/onboarding/commands.server";
import { pairingPageQuery, regionalForm } from "~/onboarding/forms.server";
import { can } from "~/onboarding/policy";
import { focalPointsOfGroup } from "~/onboarding/queries.server";

export const handle: RouteHandle = { i18n: "members", title: (t) => t("members:regional.title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  ensure(can(viewer, "pair", null));
  const { group } = pairingPageQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  return { group: group ?? null, people: group ? await focalPointsOfGroup(getDb(), group, viewer.locale) : [] };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  ensure(can(viewer, "pair", null));
  const parsed = parseForm(regionalForm, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  const outcome = await setUpRegionalPairing(getDb(), viewer, parsed.data);
  if (!outcome.ok) return formFailure({ errors: { [outcome.field]: outcome.error }, values: parsed.values });
  throw redirect("/onboarding?notice=paired");
}

export default function RegionalPairing() {
  const { group, people } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation(["members", "common"]);
  const values = result?.values ?? {};
  const groupOptions = REGIONAL_GROUPS.map((value) => ({ value, label: t(`common:regionalGroups.${value}`) }));
  return (
    <div className="narrow">
      <PageTitle>{t("regional.title")}</PageTitle>
      <p>{t("regional.intro")}</p>
      <Form method="get" className="filters">
        <SelectField
          name="group"
          id="choose-group"
          label={t("regional.group")}
          defaultValue={group ?? ""}
          options={groupOptions}
        />
        <button type="submit" className="button-secondary">
          {t("regional.chooseGroup")}
        </button>
      </Form>
      {group ? (
        <Form method="post" className="stack" noValidate>
          <FocusFirstError errors={result?.errors} />
          <input type="hidden" name="group" value={group} />
          <TextField
            name="name"
            label={t("regional.name")}
            hint={t("regional.nameHint")}
            required
            defaultValue={values.name}
            error={result?.errors?.name}
          />
          <MultiPicker
            name="people"
            label={t("regional.people")}
            error={result?.errors?.people}
            choices={people.map((person) => ({
              value: String(person.id),
              label: person.name,
              group: person.memberName,
            }))}
            defaultValue={values.people ? values.people.split(",") : []}
          />
          <p>
            <button type="submit">{t("regional.submit")}</button>
          </p>
        </Form>
      ) : null}
    </div>
  );
}
