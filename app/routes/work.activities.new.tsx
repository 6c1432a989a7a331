import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensure } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { getDb } from "~/lib/db.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import { memberChoices } from "~/members/queries.server";
import { ActivityForm, formValues } from "~/program/activity-form";
import { createActivity, proposeActivity } from "~/program/commands.server";
import { activityForm, activityInput } from "~/program/forms.server";
import { can } from "~/program/policy";
import { pack, usePacked } from "~/lib/packed";

export const handle: RouteHandle = { i18n: "program", title: (t) => t("program:form.newTitle") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const creating = can(viewer, "create", null);
  ensure(creating || can(viewer, "propose", null));
  return { members: pack(await memberChoices(getDb(), viewer.locale)), creating, locale: viewer.locale };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  const parsed = parseForm(activityForm, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  const db = getDb();
  const input = await activityInput(db, parsed.data);
  // The secretariat adds an activity as it stands; anyone else proposes one, led by their own member.
  if (can(viewer, "create", null)) {
    throw redirect(`/work/activities/${await createActivity(db, viewer, input)}?notice=created`);
  }
  throw redirect(`/work/activities/${await proposeActivity(db, viewer, input)}?notice=proposed`);
}

export default function NewActivity() {
  const { members: packedMembers, creating, locale } = useLoaderData<typeof loader>();
  const members = usePacked(packedMembers);
  const result = useActionData<typeof action>();
  const { t } = useTranslation("program");
  return (
    <div className="narrow">
      <p>
        <Link to="/work">{t("work.back")}</Link>
      </p>
      <PageTitle>{creating ? t("form.newTitle") : t("form.proposeTitle")}</PageTitle>
      <p>{creating ? t("form.newIntro") : t("form.proposeIntro")}</p>
      <ActivityForm
        values={result?.values ? formValues(result.values) : { language: locale }}
        errors={result?.errors}
        members={members}
        choosesStatusAndLeads={creating}
        submitLabel={creating ? t("form.create") : t("form.propose")}
      />
    </div>
  );
}
