import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { ConfirmForm } from "~/confirmation/confirm-form";
import { confirmAct } from "~/confirmation/confirmation.server";
import { useTranslation } from "react-i18next";
import { ensure } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { CheckboxField, FocusFirstError, SelectField, TextField } from "~/components/field";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { languageOptions } from "~/i18n/config";
import { getDb } from "~/lib/db.server";
import { inviteForm } from "~/members/forms.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import { invitePerson } from "~/members/commands.server";
import { can } from "~/members/policy";
import { memberChoices } from "~/members/queries.server";
import { pack, usePacked } from "~/lib/packed";

export const handle: RouteHandle = { i18n: "admin", title: (t) => t("admin:invite.title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  ensure(can(viewer, "invite", null));
  const preselected = new URL(request.url).searchParams.get("member") ?? "";
  return { members: pack(await memberChoices(getDb(), viewer.locale)), preselected };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  ensure(can(viewer, "invite", null));
  const formData = await request.formData();
  const parsed = parseForm(inviteForm, formData);
  if (!parsed.success) return formFailure(parsed);
  await confirmAct(request, context, formData, "invite_person");
  const { alternate, ...form } = parsed.data;
  const outcome = await invitePerson(getDb(), viewer, { ...form, isAlternate: alternate });
  if (!outcome.ok) return formFailure({ errors: { [outcome.field]: outcome.error }, values: parsed.values });
  throw redirect(form.role === "focal_point" ? `/members/${form.member}?notice=invited` : "/admin?notice=invited");
}

export default function Invite() {
  const { members: packedMembers, preselected } = useLoaderData<typeof loader>();
  const members = usePacked(packedMembers);
  const result = useActionData<typeof action>();
  const { t } = useTranslation("admin");
  const values = result?.values ?? {};
  return (
    <div className="narrow">
      <PageTitle>{t("invite.title")}</PageTitle>
      <p>{t("invite.intro")}</p>
      <ConfirmForm act="invite_person" className="stack" noValidate>
        <FocusFirstError errors={result?.errors} />
        <TextField
          name="name"
          label={t("invite.name")}
          required
          defaultValue={values.name}
          error={result?.errors?.name}
        />
        <TextField
          name="email"
          type="email"
          label={t("invite.email")}
          required
          defaultValue={values.email}
          error={result?.errors?.email}
        />
        <TextField
          name="title"
          label={t("invite.jobTitle")}
          defaultValue={values.title}
          error={result?.errors?.title}
        />
        <SelectField
          name="role"
          label={t("invite.role")}
          defaultValue={values.role ?? "focal_point"}
          options={[
            { value: "focal_point", label: t("roles.focal_point") },
            { value: "secretariat", label: t("roles.secretariat") },
          ]}
          error={result?.errors?.role}
        />
        <SelectField
          name="member"
          label={t("invite.member")}
          hint={t("invite.memberHint")}
          defaultValue={values.member ?? preselected}
          options={[
            { value: "", label: t("invite.chooseMember") },
            ...members.map((m) => ({ value: m.slug, label: m.name })),
          ]}
          error={result?.errors?.member}
        />
        <CheckboxField name="alternate" label={t("invite.alternate")} defaultChecked={values.alternate === "on"} />
        <SelectField
          name="locale"
          label={t("invite.locale")}
          defaultValue={values.locale ?? "en"}
          options={languageOptions()}
          error={result?.errors?.locale}
        />
        <p>
          <button type="submit">{t("invite.submit")}</button>
        </p>
      </ConfirmForm>
    </div>
  );
}
