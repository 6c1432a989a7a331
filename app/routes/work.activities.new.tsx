import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { getDb } from "~/lib/db.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import { memberChoices, memberIdsFromSlugs } from "~/members/queries.server";
import { ActivityForm } from "~/program/activity-form";
import { activityForm } from "~/program/forms.server";
import { createActivity } from "~/program/program.server";

export const handle: RouteHandle = { i18n: "program", title: (t) => t("program:form.newTitle") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  return { members: await memberChoices(getDb()), isSecretariat: person.role === "secretariat", locale: person.locale };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const person = await requireUser(request, context);
  const parsed = parseForm(activityForm, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  const db = getDb();
  const { leads, participants, ...fields } = parsed.data;
  const [leadIds, participantIds] = await Promise.all([
    memberIdsFromSlugs(db, leads),
    memberIdsFromSlugs(db, participants),
  ]);
  const id = await createActivity(db, { ...fields, leadIds, participantIds }, person);
  throw redirect(`/work/activities/${id}?notice=${person.role === "secretariat" ? "created" : "proposed"}`);
}

export default function NewActivity() {
  const { members, isSecretariat, locale } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("program");
  const values = result?.values;
  return (
    <div className="narrow">
      <p>
        <Link to="/work">{t("work.back")}</Link>
      </p>
      <PageTitle>{isSecretariat ? t("form.newTitle") : t("form.proposeTitle")}</PageTitle>
      <p>{isSecretariat ? t("form.newIntro") : t("form.proposeIntro")}</p>
      <ActivityForm
        values={
          values
            ? { ...values, leads: values.leads?.split(","), participants: values.participants?.split(",") }
            : { language: locale }
        }
        errors={result?.errors}
        members={members}
        isSecretariat={isSecretariat}
        submitLabel={isSecretariat ? t("form.create") : t("form.propose")}
      />
    </div>
  );
}
