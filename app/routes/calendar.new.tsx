import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import { EventForm } from "~/calendar/event-form";
import { eventFormChoices, newEventValues, submitEventForm } from "~/calendar/event-form.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { getDb } from "~/lib/db.server";
import { usePacked } from "~/lib/packed";

export const handle: RouteHandle = { i18n: "calendar", title: (t) => t("calendar:form.newTitle") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  const choices = await eventFormChoices(getDb(), viewer);
  const asked = new URL(request.url).searchParams.get("type") === "global_call";
  const type = asked && choices.schedulesCalls ? "global_call" : "general_assembly";
  return { ...choices, defaults: newEventValues(viewer, type) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  return submitEventForm(getDb(), request, viewer);
}

export default function NewEvent() {
  const { members: packedMembers, timeZones, schedulesCalls, defaults } = useLoaderData<typeof loader>();
  const members = usePacked(packedMembers);
  const result = useActionData<typeof action>();
  const { t } = useTranslation("calendar");
  const locale = useLocale();
  return (
    <div className="narrow">
      <p>
        <Link to="/calendar">{t("event.back")}</Link>
      </p>
      <PageTitle>{t("form.newTitle")}</PageTitle>
      <p>{schedulesCalls ? t("form.newIntroSecretariat") : t("form.newIntro")}</p>
      {schedulesCalls && defaults.type !== "global_call" ? (
        <p>
          <Link to="/calendar/new?type=global_call">{t("form.scheduleCall")}</Link>
        </p>
      ) : null}
      <EventForm
        key={defaults.type}
        values={result?.values ?? defaults}
        errors={result?.errors}
        preview={result && "preview" in result ? result.preview : undefined}
        members={members}
        timeZones={timeZones}
        schedulesCalls={schedulesCalls}
        submitLabel={t("form.create")}
        locale={locale}
      />
    </div>
  );
}
