import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { RISK_LEVELS } from "../../db/schema";
import { ensure } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { FocusFirstError, SelectField, TextAreaField, TextField } from "~/components/field";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { postUpdate } from "~/groups/commands.server";
import { updateForm } from "~/groups/forms.server";
import { can } from "~/groups/policy";
import { getGroup } from "~/groups/queries.server";
import { today } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import { idParam } from "~/lib/params";

export const handle: RouteHandle = { i18n: "groups", title: (t) => t("groups:update.title") };

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const group = await getGroup(getDb(), idParam(params.id), viewer);
  ensure(can(viewer, "post_update", group.standing));
  return {
    group: { id: group.id, title: group.title, language: group.language, riskLevel: group.riskLevel },
    today: today(viewer.timeZone),
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  const id = idParam(params.id);
  const parsed = parseForm(updateForm(today(viewer.timeZone)), await request.formData());
  if (!parsed.success) return formFailure(parsed);
  const updateId = await postUpdate(getDb(), viewer, id, parsed.data);
  throw redirect(`/groups/${id}?notice=posted#update-${updateId}`);
}

export default function NewUpdate() {
  const { group, today } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("groups");
  const values = result?.values ?? {};
  const errors = result?.errors;
  return (
    <div className="narrow">
      <p>
        <Link to={`/groups/${group.id}`} lang={group.language}>
          {group.title}
        </Link>
      </p>
      <PageTitle>{t("update.title")}</PageTitle>
      <p>{t("update.intro")}</p>
      <Form method="post" className="stack" noValidate>
        <FocusFirstError errors={errors} />
        <TextField
          name="occurredOn"
          type="date"
          max={today}
          label={t("update.occurredOn")}
          required
          defaultValue={values.occurredOn ?? today}
          error={errors?.occurredOn}
        />
        <SelectField
          name="riskLevel"
          label={t("update.riskLevel")}
          defaultValue={values.riskLevel ?? group.riskLevel ?? "elevated"}
          options={RISK_LEVELS.map((level) => ({ value: level, label: t(`risk.${level}`) }))}
          error={errors?.riskLevel}
        />
        <TextAreaField
          name="body"
          label={t("update.body")}
          hint={t("update.bodyHint")}
          rows={10}
          required
          defaultValue={values.body}
          error={errors?.body}
        />
        <TextAreaField
          name="sources"
          label={t("update.sources")}
          hint={t("update.sourcesHint")}
          rows={4}
          defaultValue={values.sources}
          error={errors?.sources}
        />
        <p>
          <button type="submit">{t("update.submit")}</button>
        </p>
      </Form>
    </div>
  );
}
