import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ensure, found } from "~/auth/policy";
import { requireUser } from "~/auth/session.server";
import type { Viewer } from "~/auth/viewer";
import { EventForm } from "~/calendar/event-form";
import { eventFormChoices, eventFormValues, submitEventForm } from "~/calendar/event-form.server";
import { can, factsOf } from "~/calendar/policy";
import { getEvent } from "~/calendar/queries.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { now } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { idParam } from "~/lib/params";
import { usePacked } from "~/lib/packed";

export const handle: RouteHandle = { i18n: "calendar", title: (t) => t("calendar:form.editTitle") };

/** The event, if the person may edit it (404 if there is none, 403 if they may not). */
async function editable(viewer: Viewer, id: string | undefined) {
  const event = found(await getEvent(getDb(), idParam(id), viewer.locale));
  ensure(can(viewer, "edit", factsOf(event), now()));
  return event;
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const event = await editable(viewer, params.id);
  return { ...(await eventFormChoices(getDb(), viewer)), id: event.id, values: eventFormValues(event) };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  const event = await editable(viewer, params.id);
  return submitEventForm(getDb(), request, viewer, event.id);
}

export default function EditEvent() {
  const { members: packedMembers, timeZones, schedulesCalls, values, id } = useLoaderData<typeof loader>();
  const members = usePacked(packedMembers);
  const result = useActionData<typeof action>();
  const { t } = useTranslation("calendar");
  const locale = useLocale();
  return (
    <div className="narrow">
      <p>
        <Link to={`/calendar/${id}`}>{t("event.backToEvent")}</Link>
      </p>
      <PageTitle>{t("form.editTitle")}</PageTitle>
      <p>{t("form.editIntro")}</p>
      <EventForm
        values={result?.values ?? values}
        errors={result?.errors}
        preview={result && "preview" in result ? result.preview : undefined}
        members={members}
        timeZones={timeZones}
        schedulesCalls={schedulesCalls}
        submitLabel={t("form.save")}
        locale={locale}
      />
    </div>
  );
}
