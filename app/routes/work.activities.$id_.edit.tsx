import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireSecretariat } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { getDb } from "~/lib/db.server";
import { idParam } from "~/lib/params";
import { formFailure, parseForm } from "~/lib/forms.server";
import { memberChoices, memberIdsFromSlugs } from "~/members/queries.server";
import { ActivityForm } from "~/program/activity-form";
import { activityForm } from "~/program/forms.server";
import { getActivity, updateActivity } from "~/program/program.server";

export const handle: RouteHandle = { i18n: "program", title: (t) => t("program:form.editTitle") };

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  await requireSecretariat(request, context);
  const db = getDb();
  const [activity, members] = await Promise.all([getActivity(db, idParam(params.id)), memberChoices(db)]);
  if (!activity) throw new Response(null, { status: 404 });
  return { activity, members };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const person = await requireSecretariat(request, context);
  const id = idParam(params.id);
  const parsed = parseForm(activityForm, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  const db = getDb();
  const { leads, participants, ...fields } = parsed.data;
  const [leadIds, participantIds] = await Promise.all([
    memberIdsFromSlugs(db, leads),
    memberIdsFromSlugs(db, participants),
  ]);
  if (!(await updateActivity(db, id, { ...fields, leadIds, participantIds }, person)))
    throw new Response(null, { status: 404 });
  throw redirect(`/work/activities/${id}?notice=updated`);
}

export default function EditActivity() {
  const { activity, members } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("program");
  const values = result?.values
    ? { ...result.values, leads: result.values.leads?.split(","), participants: result.values.participants?.split(",") }
    : {
        ...activity,
        startOn: activity.start_on,
        dueOn: activity.due_on,
        leads: activity.members.filter((m) => m.role === "lead").map((m) => m.slug),
        participants: activity.members.filter((m) => m.role === "participant").map((m) => m.slug),
      };
  return (
    <div className="narrow">
      <p>
        <Link to={`/work/activities/${activity.id}`}>{activity.title}</Link>
      </p>
      <PageTitle>{t("form.editTitle")}</PageTitle>
      <ActivityForm
        values={values}
        errors={result?.errors}
        members={members}
        isSecretariat
        submitLabel={t("form.save")}
      />
    </div>
  );
}
