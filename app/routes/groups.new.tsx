import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import { CheckboxField, FocusFirstError, TextAreaField, TextField } from "~/components/field";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { MemberPicker } from "~/components/picker";
import { openGroup } from "~/groups/commands.server";
import { groupForm } from "~/groups/forms.server";
import { getDb } from "~/lib/db.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import { memberChoices, memberIdsFromSlugs } from "~/members/queries.server";

export const handle: RouteHandle = { i18n: "groups", title: (t) => t("groups:form.title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const members = await memberChoices(getDb(), viewer.locale);
  // The opener's own member is in the group anyway.
  return { members: members.filter((member) => member.id !== viewer.memberId) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  const parsed = parseForm(groupForm, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  const db = getDb();
  const { members, ...fields } = parsed.data;
  const memberIds = await memberIdsFromSlugs(db, members);
  // The secretariat has no member of its own: it names the members the group starts with.
  if (viewer.role === "secretariat" && memberIds.length === 0)
    return formFailure({ errors: { members: "groups:form.chooseMembers" }, values: parsed.values });
  const id = await openGroup(db, viewer, { ...fields, memberIds });
  throw redirect(`/groups/${id}?notice=opened`);
}

export default function NewGroup() {
  const { members } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("groups");
  const values = result?.values ?? {};
  const errors = result?.errors;
  return (
    <div className="narrow">
      <p>
        <Link to="/groups">{t("form.back")}</Link>
      </p>
      <PageTitle>{t("form.title")}</PageTitle>
      <p>{t("form.intro")}</p>
      <Form method="post" className="stack" noValidate>
        <FocusFirstError errors={errors} />
        <TextField
          name="title"
          label={t("form.titleLabel")}
          hint={t("form.titleHint")}
          required
          defaultValue={values.title}
          error={errors?.title}
        />
        <TextAreaField
          name="description"
          label={t("form.description")}
          hint={t("form.descriptionHint")}
          rows={4}
          required
          defaultValue={values.description}
          error={errors?.description}
        />
        <MemberPicker
          name="members"
          label={t("form.members")}
          hint={t("form.membersHint")}
          defaultValue={values.members?.split(",") ?? []}
          members={members}
          error={errors?.members}
        />
        <CheckboxField name="listed" label={t("form.listed")} defaultChecked={result ? values.listed === "on" : true} />
        <p>
          <button type="submit">{t("form.submit")}</button>
        </p>
      </Form>
    </div>
  );
}
