// The secretariat records an annual meeting.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { createMeeting } from "~/annual-meetings/commands.server";
import { meetingForm } from "~/annual-meetings/forms.server";
import { MeetingForm } from "~/annual-meetings/meeting-form";
import { can } from "~/annual-meetings/policy";
import { ensure } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { getDb } from "~/lib/db.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import { memberNames } from "~/members/queries.server";
import { pack, usePacked } from "~/lib/packed";

export const handle: RouteHandle = { i18n: "meetings", title: (t) => t("meetings:record") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  ensure(can(viewer, "record"));
  return { members: pack(await memberNames(getDb(), viewer.locale)), locale: viewer.locale };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  ensure(can(viewer, "record"));
  const parsed = parseForm(meetingForm, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  const created = await createMeeting(getDb(), viewer, parsed.data);
  if (typeof created !== "number")
    return formFailure({ errors: { [created.field]: "validation.choice" }, values: parsed.values });
  throw redirect(`/annual-meetings/${created}?notice=recorded`);
}

export default function NewMeeting() {
  const { members: packedMembers, locale } = useLoaderData<typeof loader>();
  const members = usePacked(packedMembers);
  const result = useActionData<typeof action>();
  const { t } = useTranslation("meetings");
  return (
    <>
      <p>
        <Link to="/annual-meetings">{t("back")}</Link>
      </p>
      <PageTitle>{t("record")}</PageTitle>
      <MeetingForm
        members={members}
        files={null}
        values={{ language: locale, ...result?.values }}
        errors={result?.errors}
        submit={t("form.create")}
      />
    </>
  );
}
