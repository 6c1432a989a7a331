import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensure, found } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { getDb } from "~/lib/db.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import { idParam } from "~/lib/params";
import { memberChoices } from "~/members/queries.server";
import { ActivityForm, formValues } from "~/program/activity-form";
import { reviseActivity, updateActivity } from "~/program/commands.server";
import { activityForm, activityInput } from "~/program/forms.server";
import { activityState, can } from "~/program/policy";
import { activityStateOf, getActivity } from "~/program/queries.server";

export const handle: RouteHandle = {
  i18n: "program",
  title: (t, data) =>
    (data as { editing?: boolean } | undefined)?.editing === false
      ? t("program:form.reviseTitle")
      : t("program:form.editTitle"),
};

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const db = getDb();
  const [read, members] = await Promise.all([
    getActivity(db, idParam(params.id), viewer.locale),
    memberChoices(db, viewer.locale),
  ]);
  const activity = found(read);
  // The secretariat edits any activity; the proposing member revises its proposal until it is decided.
  const editing = can(viewer, "edit", activityState(activity));
  ensure(editing || can(viewer, "revise", activityState(activity)));
  return { activity, members, editing };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  const id = idParam(params.id);
  const parsed = parseForm(activityForm, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  const db = getDb();
  const input = await activityInput(db, parsed.data);
  if (can(viewer, "edit", found(await activityStateOf(db, id)))) {
    await updateActivity(db, viewer, id, input);
    throw redirect(`/work/activities/${id}?notice=updated`);
  }
  await reviseActivity(db, viewer, id, input);
  throw redirect(`/work/activities/${id}?notice=revised`);
}

export default function EditActivity() {
  const { activity, members, editing } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("program");
  const values = result?.values
    ? formValues(result.values)
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
      <PageTitle>{editing ? t("form.editTitle") : t("form.reviseTitle")}</PageTitle>
      {!editing && activity.status === "returned" && activity.review_note ? (
        <p className="notice">{t("activity.returnedNote", { note: activity.review_note })}</p>
      ) : null}
      <ActivityForm
        values={values}
        errors={result?.errors}
        members={members}
        choosesStatusAndLeads={editing}
        submitLabel={editing ? t("form.save") : t("form.resubmit")}
      />
    </div>
  );
}
