// The secretariat edits an annual meeting's record and chooses its outcome document.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { updateMeeting } from "~/annual-meetings/commands.server";
import { meetingForm } from "~/annual-meetings/forms.server";
import { MeetingForm } from "~/annual-meetings/meeting-form";
import { can } from "~/annual-meetings/policy";
import { getMeeting } from "~/annual-meetings/queries.server";
import { ensure, found } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { filesOf } from "~/library/queries.server";
import { getDb } from "~/lib/db.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import { idParam } from "~/lib/params";
import { memberNames } from "~/members/queries.server";
import { pack, usePacked } from "~/lib/packed";

export const handle: RouteHandle = { i18n: "meetings", title: (t) => t("meetings:edit") };

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  ensure(can(viewer, "record"));
  const db = getDb();
  const id = idParam(params.id);
  const [meeting, members, files] = await Promise.all([
    getMeeting(db, id, viewer.locale),
    memberNames(db, viewer.locale),
    filesOf(db, { kind: "annual_meeting", id }),
  ]);
  const { title, city, startsOn, endsOn, hostSlug, summary, language, outcomeFileId } = found(meeting);
  return {
    id,
    members: pack(members),
    files: files.map((file) => ({ id: file.id, title: file.title })),
    values: {
      title,
      city,
      startsOn,
      endsOn,
      host: hostSlug,
      summary,
      language,
      outcome: outcomeFileId ? String(outcomeFileId) : "",
    },
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  ensure(can(viewer, "record"));
  const id = idParam(params.id);
  const parsed = parseForm(meetingForm, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  const saved = await updateMeeting(getDb(), viewer, id, parsed.data);
  if (saved !== true) {
    const message = saved.field === "outcome" ? "meetings:validation.outcome" : "validation.choice";
    return formFailure({ errors: { [saved.field]: message }, values: parsed.values });
  }
  throw redirect(`/annual-meetings/${id}?notice=saved`);
}

export default function EditMeeting() {
  const { id, members: packedMembers, files, values } = useLoaderData<typeof loader>();
  const members = usePacked(packedMembers);
  const result = useActionData<typeof action>();
  const { t } = useTranslation("meetings");
  return (
    <>
      <p>
        <Link to={`/annual-meetings/${id}`}>{values.title}</Link>
      </p>
      <PageTitle>{t("edit")}</PageTitle>
      <MeetingForm
        members={members}
        files={files}
        values={{ ...values, ...result?.values }}
        errors={result?.errors}
        submit={t("form.save")}
      />
    </>
  );
}
