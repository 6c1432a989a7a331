import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { requireUser } from "~/auth/session.server";
import { EventForm } from "~/calendar/event-form";
import { eventFormChoices, newEventValues, submitEventForm } from "~/calendar/event-form.server";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { getDb } from "~/lib/db.server";

export const handle: RouteHandle = { i18n: "calendar", title: (t) => t("calendar:form.newTitle") };

export async function loader({ request, context }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  const isSecretariat = person.role === "secretariat";
  const type =
    new URL(request.url).searchParams.get("type") === "global_call" && isSecretariat
      ? "global_call"
      : "general_assembly";
  return { ...(await eventFormChoices(getDb())), isSecretariat, defaults: newEventValues(person, type) };
}

export async function action({ request, context }: ActionFunctionArgs) {
  const person = await requireUser(request, context);
  return submitEventForm(getDb(), request, person);
}

export default function NewEvent() {
  const { members, timeZones, isSecretariat, defaults } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("calendar");
  const locale = useLocale();
  const [params] = useSearchParams();
  return (
    <div className="narrow">
      <p>
        <Link to="/calendar">{t("event.back")}</Link>
      </p>
      <PageTitle>{t("form.newTitle")}</PageTitle>
      <p>{isSecretariat ? t("form.newIntroSecretariat") : t("form.newIntro")}</p>
      {isSecretariat && params.get("type") !== "global_call" ? (
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
        isSecretariat={isSecretariat}
        submitLabel={t("form.create")}
        locale={locale}
      />
    </div>
  );
}
