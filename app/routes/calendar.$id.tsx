import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ConfirmForm } from "~/confirmation/confirm-form";
import { confirmAct } from "~/confirmation/confirmation.server";
import { requireUser } from "~/auth/session.server";
import {
  answerRsvp,
  cancelEvent,
  ensureMayCancel,
  postMinutes,
  remindUnanswered,
  setEventPublic,
} from "~/calendar/commands.server";
import { EventFacts } from "~/calendar/event-facts";
import { EventHistory } from "~/calendar/event-history";
import { eventAction } from "~/calendar/forms.server";
import { MinutesSection } from "~/calendar/minutes";
import { eventPage } from "~/calendar/presenters.server";
import { AnswersSection, RsvpSection } from "~/calendar/rsvp";
import { PageTitle, type RouteHandle, SuccessNotice } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { getDb } from "~/lib/db.server";
import { formatDateTime } from "~/lib/format";
import { formFailure, parseForm, type FieldErrors } from "~/lib/forms.server";
import { idParam } from "~/lib/params";
import { requestLocale } from "~/i18n/request-locale.server";
import { TranslationStatus } from "~/translations/translation-status";
import { cancelRegistration, register } from "~/training/commands.server";
import { MaterialsSection, RegistrationSection } from "~/training/registration";
import { SubscriptionForm } from "~/notifications/subscription-form";

export const handle: RouteHandle = {
  i18n: "calendar",
  title: (_t, data) => (data as { event?: { title: string } } | undefined)?.event?.title ?? "",
};

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const viewer = await requireUser(request, context);
  return eventPage(getDb(), viewer, idParam(params.id), await requestLocale(request, context));
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const viewer = await requireUser(request, context);
  const id = idParam(params.id);
  const formData = await request.formData();
  const parsed = parseForm(eventAction, formData);
  if (!parsed.success) return formFailure(parsed);
  const input = parsed.data;
  const mayCancel = () => ensureMayCancel(getDb(), id, viewer);
  await confirmAct(request, context, formData, input.intent === "cancel" ? "cancel_event" : undefined, mayCancel);
  if (input.intent === "rsvp") {
    await answerRsvp(getDb(), id, viewer, input.response);
    throw redirect(`/calendar/${id}?notice=rsvp#rsvp`);
  }
  if (input.intent === "register") {
    const status = await register(getDb(), id, viewer);
    throw redirect(`/calendar/${id}?notice=${status}#registration`);
  }
  if (input.intent === "unregister") {
    await cancelRegistration(getDb(), id, viewer);
    throw redirect(`/calendar/${id}?notice=unregistered#registration`);
  }
  if (input.intent === "publicity") {
    await setEventPublic(getDb(), id, viewer, input.public === "on");
    throw redirect(`/calendar/${id}?notice=${input.public === "on" ? "public" : "private"}`);
  }
  if (input.intent === "remind") {
    // Refused while the last reminder holds the next back: the page says so.
    const sent = await remindUnanswered(getDb(), id, viewer);
    if (!sent)
      return data(
        { errors: {} as FieldErrors, values: {} as Record<string, string>, reminderRefused: true },
        { status: 409 },
      );
    throw redirect(`/calendar/${id}?notice=reminded#answers-heading`);
  }
  if (input.intent === "cancel") {
    await cancelEvent(getDb(), id, viewer);
    throw redirect(`/calendar/${id}?notice=cancelled`);
  }
  await postMinutes(getDb(), id, input.minutes, viewer);
  throw redirect(`/calendar/${id}?notice=minutes#minutes`);
}

const NOTICES = [
  "created",
  "updated",
  "rescheduled",
  "unchanged",
  "cancelled",
  "minutes",
  "rsvp",
  "reminded",
  "public",
  "private",
  "subscription",
  "registered",
  "waiting",
  "unregistered",
] as const;

export default function EventPage() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("calendar");
  const locale = useLocale();
  const [searchParams] = useSearchParams();
  const notice = NOTICES.find((key) => key === searchParams.get("notice"));
  const { event, offers, timeZone } = page;
  const cancelled = event.status === "cancelled";
  return (
    <>
      <p>
        <Link to="/calendar">{t("event.back")}</Link>
      </p>
      <PageTitle lang={event.titleLang}>{event.title}</PageTitle>
      <TranslationStatus {...page.translation} />
      <SuccessNotice>{notice && t(`notices.${notice}`)}</SuccessNotice>
      {cancelled && event.cancelled_at ? (
        <p className="notice notice-cancelled">
          {t("event.cancelledOn", { date: formatDateTime(locale, event.cancelled_at, timeZone) })}
        </p>
      ) : null}
      <p>
        <span className="tag">{t(`types.${event.type}`)}</span>
        {cancelled ? <span className="tag tag-cancelled">{t("event.cancelled")}</span> : null}
        {event.sequence > 0 && !cancelled ? <span className="tag tag-status">{t("event.changed")}</span> : null}
        {event.public && !cancelled ? <span className="tag">{t("event.public")}</span> : null}
      </p>
      <EventFacts page={page} locale={locale} />
      {cancelled ? null : <SubscriptionForm kind="event" id={event.id} state={page.subscription} />}
      <div className="actions section-gap">
        <a href={`/calendar/${event.id}/event.ics`} className="button button-secondary" download>
          {t("event.download")}
        </a>
        {offers.edit ? (
          <Link to={`/calendar/${event.id}/edit`} className="button button-secondary">
            {t("event.edit")}
          </Link>
        ) : null}
        {offers.cancel ? (
          <ConfirmForm act="cancel_event">
            <input type="hidden" name="intent" value="cancel" />
            <button type="submit" className="button-secondary">
              {t("event.cancel")}
            </button>
          </ConfirmForm>
        ) : null}
        {offers.setPublic ? (
          <Form method="post">
            <input type="hidden" name="intent" value="publicity" />
            <input type="hidden" name="public" value={event.public ? "off" : "on"} />
            <button type="submit" className="button-secondary">
              {t(event.public ? "event.makePrivate" : "event.makePublic")}
            </button>
          </Form>
        ) : null}
      </div>
      {event.descriptionHtml ? (
        <div
          className="markdown section-gap"
          lang={event.descriptionLang}
          dangerouslySetInnerHTML={{ __html: event.descriptionHtml }}
        />
      ) : null}
      {event.agendaHtml ? (
        <section aria-labelledby="agenda-heading" className="section-gap">
          <h2 id="agenda-heading">{t("event.agenda")}</h2>
          <div className="markdown" lang={event.agendaLang} dangerouslySetInnerHTML={{ __html: event.agendaHtml }} />
        </section>
      ) : null}
      {page.training ? <RegistrationSection training={page.training} timeZone={timeZone} /> : null}
      {page.training?.materials ? <MaterialsSection panel={page.training.materials} /> : null}
      {offers.rsvp ? <RsvpSection page={page} error={result?.errors?.response} /> : null}
      {page.answers ? (
        <AnswersSection
          answers={page.answers}
          remind={offers.remindUnanswered}
          remindedAt={page.remindedAt}
          refused={Boolean(result && "reminderRefused" in result)}
          timeZone={timeZone}
        />
      ) : null}
      {event.type === "global_call" ? (
        <MinutesSection page={page} locale={locale} typed={result?.values?.minutes} error={result?.errors?.minutes} />
      ) : null}
      <EventHistory history={page.history} timeZone={timeZone} />
    </>
  );
}
