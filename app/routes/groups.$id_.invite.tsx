import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensure } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { FocusFirstError, SelectField } from "~/components/field";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { inviteMember } from "~/groups/commands.server";
import { inviteForm } from "~/groups/forms.server";
import { can } from "~/groups/policy";
import { getGroup } from "~/groups/queries.server";
import { getDb } from "~/lib/db.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import { idParam } from "~/lib/params";
import { memberChoices, memberIdsFromSlugs } from "~/members/queries.server";

export const handle: RouteHandle = { i18n: "groups", title: (t) => t("groups:invite.title") };

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const db = getDb();
  const [group, members] = await Promise.all([
    getGroup(db, idParam(params.id), viewer),
    memberChoices(db, viewer.locale),
  ]);
  ensure(can(viewer, "invite", group.standing));
  const inGroup = new Set(group.standing.memberIds);
  return {
    group: { id: group.id, title: group.title, language: group.language },
    choices: members
      .filter((member) => !inGroup.has(member.id))
      .map((member) => ({ value: member.slug, label: member.name })),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  const id = idParam(params.id);
  const parsed = parseForm(inviteForm, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  const db = getDb();
  const [memberId] = await memberIdsFromSlugs(db, [parsed.data.member]);
  if (!memberId) return formFailure({ errors: { member: "validation.choice" }, values: parsed.values });
  const added = await inviteMember(db, viewer, id, memberId);
  throw redirect(`/groups/${id}?notice=${added ? "invited" : "alreadyDone"}`);
}

export default function InviteToGroup() {
  const { group, choices } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("groups");
  return (
    <div className="narrow">
      <p>
        <Link to={`/groups/${group.id}`} lang={group.language}>
          {group.title}
        </Link>
      </p>
      <PageTitle>{t("invite.title")}</PageTitle>
      <p>{t("invite.intro")}</p>
      <Form method="post" className="stack" noValidate>
        <FocusFirstError errors={result?.errors} />
        <SelectField
          name="member"
          label={t("group.inviteLabel")}
          defaultValue={result?.values.member ?? ""}
          options={[{ value: "", label: t("group.inviteChoose") }, ...choices]}
          error={result?.errors.member}
        />
        <p>
          <button type="submit">{t("group.inviteSubmit")}</button>
        </p>
      </Form>
    </div>
  );
}
