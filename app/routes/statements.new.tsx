import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { STATEMENT_KINDS } from "../../db/schema";
import { requireUser } from "~/auth/session.server";
import { FocusFirstError, SelectField, TextAreaField, TextField } from "~/components/field";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { languageOptions } from "~/i18n/config";
import { getDb } from "~/lib/db.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import { MemberPicker } from "~/components/picker";
import { memberChoices, memberIdsFromSlugs } from "~/members/queries.server";
import { statementForm } from "~/statements/forms.server";
import { createStatement } from "~/statements/commands.server";
import { ensure } from "~/auth/policy";
import { groupQuery } from "~/groups/forms.server";
import { can } from "~/groups/policy";
import { getGroup } from "~/groups/queries.server";
import { pack, usePacked } from "~/lib/packed";

export const handle: RouteHandle = { i18n: "statements", title: (t) => t("statements:form.title") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const db = getDb();
  const { group: groupId } = groupQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  // Proposed from a situation group: the drafting group starts as a copy of the group's members.
  const group = groupId ? await getGroup(db, groupId, viewer) : null;
  if (group) ensure(can(viewer, "propose_statement", group.standing));
  return {
    fromGroup: group ? { id: group.id, title: group.title, members: group.members.map((member) => member.slug) } : null,
    members: pack(await memberChoices(db, viewer.locale)),
    isSecretariat: viewer.role === "secretariat",
    memberName: viewer.memberName,
    locale: viewer.locale,
  };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  const parsed = parseForm(statementForm, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  const db = getDb();
  const { penholder, group, ...fields } = parsed.data;
  // A focal point holds the pen for their own member; the secretariat starts a draft for a penholder it names.
  const [penholderId] =
    viewer.role === "secretariat" ? await memberIdsFromSlugs(db, penholder ? [penholder] : []) : [viewer.memberId];
  if (!penholderId) return formFailure({ errors: { penholder: "validation.choice" }, values: parsed.values });
  const id = await createStatement(
    db,
    { ...fields, penholderMemberId: penholderId, groupMemberIds: await memberIdsFromSlugs(db, group) },
    viewer,
  );
  throw redirect(`/statements/${id}?notice=created`);
}

export default function NewStatement() {
  const { members: packedMembers, isSecretariat, memberName, locale, fromGroup } = useLoaderData<typeof loader>();
  const members = usePacked(packedMembers);
  const result = useActionData<typeof action>();
  const { t } = useTranslation(["statements", "common"]);
  const values = result?.values ?? (fromGroup ? { title: fromGroup.title, kind: "joint_letter" } : {});
  const errors = result?.errors;
  const options = members.map((member) => ({ value: member.slug, label: member.name }));
  return (
    <div className="narrow">
      <p>
        <Link to="/statements">{t("list.back")}</Link>
      </p>
      <PageTitle>{t("form.title")}</PageTitle>
      <p>{t("form.intro")}</p>
      <Form method="post" className="stack" noValidate>
        <FocusFirstError errors={errors} />
        <TextField
          name="title"
          label={t("form.titleLabel")}
          required
          defaultValue={values.title}
          error={errors?.title}
        />
        <SelectField
          name="kind"
          label={t("form.kind")}
          defaultValue={values.kind ?? "joint_statement"}
          options={STATEMENT_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
          error={errors?.kind}
        />
        <SelectField
          name="language"
          label={t("form.language")}
          defaultValue={values.language ?? locale}
          options={languageOptions()}
          error={errors?.language}
        />
        <TextField
          name="topic"
          label={t("form.topic")}
          hint={t("form.topicHint")}
          defaultValue={values.topic}
          error={errors?.topic}
        />
        <TextField
          name="occasion"
          label={t("form.occasion")}
          hint={t("form.occasionHint")}
          defaultValue={values.occasion}
          error={errors?.occasion}
        />
        {isSecretariat ? (
          <SelectField
            name="penholder"
            label={t("form.penholder")}
            defaultValue={values.penholder ?? ""}
            options={[{ value: "", label: t("form.choosePenholder") }, ...options]}
            error={errors?.penholder}
          />
        ) : (
          <p className="hint">{t("form.youHoldThePen", { member: memberName })}</p>
        )}
        <MemberPicker
          name="group"
          label={t("form.group")}
          hint={t("form.groupHint")}
          defaultValue={values.group?.split(",") ?? fromGroup?.members ?? []}
          members={members}
          error={errors?.group}
        />
        <TextAreaField
          name="text"
          label={t("form.text")}
          hint={t("form.textHint")}
          rows={14}
          defaultValue={values.text}
          error={errors?.text}
          required
        />
        <p>
          <button type="submit">{t("form.create")}</button>
        </p>
      </Form>
    </div>
  );
}
