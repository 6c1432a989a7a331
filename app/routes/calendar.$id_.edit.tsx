import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import { forbidden } from "~/auth/policy";
import { EventForm } from "~/calendar/event-form";
import { eventFormChoices, eventFormValues, submitEventForm } from "~/calendar/event-form.server";
import { canEdit, getEvent } from "~/calendar/events.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { getDb } from "~/lib/db.server";
import { idParam } from "~/lib/params";

export const handle: RouteHandle = { i18n: "calendar", title: (t) => t("calendar:form.editTitle") };

async function editableEvent(request: Request, context: LoaderFunctionArgs["context"], id: string | undefined) {
  const person = await requireUser(request, context);
  const event = await getEvent(getDb(), idParam(id));
  if (!event) throw new Response(null, { status: 404 });
  if (!canEdit(person, event)) throw forbidden();
  if (event.status === "cancelled") throw new Response(null, { status: 409 });
  return { person, event };
}

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const { person, event } = await editableEvent(request, context, params.id);
  return {
    ...(await eventFormChoices(getDb())),
    id: event.id,
    values: eventFormValues(event),
    isSecretariat: person.role === "secretariat",
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const { person, event } = await editableEvent(request, context, params.id);
  return submitEventForm(getDb(), request, person, event.id);
}

export default function EditEvent() {
  const { members, timeZones, isSecretariat, values, id } = useLoaderData<typeof loader>();
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
        isSecretariat={isSecretariat || values.type === "global_call"}
        submitLabel={t("form.save")}
        locale={locale}
      />
    </div>
  );
}
