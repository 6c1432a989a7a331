import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { RSVP_RESPONSES } from "../../db/schema";
import { requireUser } from "~/auth/session.server";
import { forbidden } from "~/auth/policy";
import { cityOf } from "~/calendar/event-time";
import {
  canEdit,
  cancelEvent,
  eventHistory,
  getEvent,
  postMinutes,
  rsvpList,
  rsvpOf,
  setRsvp,
} from "~/calendar/events.server";
import { EventHistory } from "~/calendar/event-history";
import { eventAction } from "~/calendar/forms.server";
import { formatMoment, formatSpan, sameLocalTime } from "~/calendar/time";
import { TextAreaField } from "~/components/field";
import { PageTitle, type RouteHandle } from "~/components/page-title";
import { TableSection } from "~/components/table-section";
import { useLocale } from "~/components/use-locale";
import { now } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { formatDateTime } from "~/lib/format";
import { formFailure, parseForm } from "~/lib/forms.server";
import { renderMarkdown } from "~/lib/markdown.server";
import { idParam } from "~/lib/params";
import { SuccessNotice } from "~/components/success-notice";

export const handle: RouteHandle = {
  i18n: "calendar",
  title: (_t, data) => (data as { event?: { title: string } } | undefined)?.event?.title ?? "",
};

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const person = await requireUser(request, context);
  const db = getDb();
  const id = idParam(params.id);
  const isSecretariat = person.role === "secretariat";
  const [event, history, rsvp, answers] = await Promise.all([
    getEvent(db, id),
    eventHistory(db, id),
    rsvpOf(db, id, person.id),
    isSecretariat ? rsvpList(db, id) : null,
  ]);
  if (!event) throw new Response(null, { status: 404 });
  const { description, agenda, minutes, ...rest } = event;
  return {
    event: {
      ...rest,
      descriptionHtml: description ? renderMarkdown(description) : "",
      agendaHtml: agenda ? renderMarkdown(agenda) : "",
      minutes,
      minutesHtml: minutes ? renderMarkdown(minutes) : "",
    },
    history,
    rsvp,
    answers,
    isSecretariat,
    canEdit: canEdit(person, event),
    started: event.starts_at <= now(),
    timeZone: person.timeZone,
  };
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const person = await requireUser(request, context);
  const db = getDb();
  const event = await getEvent(db, idParam(params.id));
  if (!event) throw new Response(null, { status: 404 });
  const parsed = parseForm(eventAction, await request.formData());
  if (!parsed.success) return formFailure(parsed);
  const input = parsed.data;
  if (input.intent === "rsvp") {
    if (event.type !== "global_call" || event.status === "cancelled" || event.starts_at <= now())
      throw new Response(null, { status: 409 });
    await setRsvp(db, event.id, person.id, input.response);
    throw redirect(`/calendar/${event.id}?notice=rsvp#rsvp`);
  }
  if (input.intent === "cancel") {
    if (!canEdit(person, event)) throw forbidden();
    await cancelEvent(db, event.id, person);
    throw redirect(`/calendar/${event.id}?notice=cancelled`);
  }
  if (person.role !== "secretariat") throw forbidden();
  if (event.type !== "global_call") throw new Response(null, { status: 409 });
  await postMinutes(db, event.id, input.minutes, person);
  throw redirect(`/calendar/${event.id}?notice=minutes#minutes`);
}

const NOTICES = ["created", "updated", "rescheduled", "unchanged", "cancelled", "minutes", "rsvp"] as const;

export default function EventPage() {
  const { event, history, rsvp, answers, isSecretariat, canEdit, started, timeZone } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation(["calendar", "common"]);
  const locale = useLocale();
  const [searchParams] = useSearchParams();
  const notice = NOTICES.find((key) => key === searchParams.get("notice"));
  const isCall = event.type === "global_call";
  const cancelled = event.status === "cancelled";
  const counts = Object.fromEntries(
    RSVP_RESPONSES.map((response) => [response, answers?.filter((answer) => answer.response === response).length ?? 0]),
  );
  return (
    <>
      <p>
        <Link to="/calendar">{t("event.back")}</Link>
      </p>
      <PageTitle lang={event.language}>{event.title}</PageTitle>
      <SuccessNotice>{notice && t(`notices.${notice}`)}</SuccessNotice>
      {cancelled ? (
        <p className="notice notice-cancelled">
          {t("event.cancelledOn", { date: formatDateTime(locale, event.cancelled_at!, timeZone) })}
        </p>
      ) : null}
      <p>
        <span className="tag">{t(`types.${event.type}`)}</span>
        {cancelled ? <span className="tag tag-cancelled">{t("event.cancelled")}</span> : null}
        {event.sequence > 0 && !cancelled ? <span className="tag tag-status">{t("event.changed")}</span> : null}
      </p>
      <dl className="facts event-facts">
        <dt>{t("event.yourTime", { zone: timeZone })}</dt>
        <dd>
          <time dateTime={new Date(event.starts_at).toISOString()}>
            {formatMoment(locale, event.starts_at, timeZone)}
          </time>
          <br />
          <span className="muted">{formatSpan(locale, event.starts_at, event.ends_at, timeZone)}</span>
        </dd>
        {sameLocalTime(event.starts_at, timeZone, event.time_zone) ? null : (
          <>
            <dt>{t("event.eventTime", { city: cityOf(event.time_zone) })}</dt>
            <dd>{formatMoment(locale, event.starts_at, event.time_zone)}</dd>
          </>
        )}
        {event.location ? (
          <>
            <dt>{t("event.location")}</dt>
            <dd>{event.location}</dd>
          </>
        ) : null}
        {event.online_url ? (
          <>
            <dt>{t("event.online")}</dt>
            <dd>
              <a href={event.online_url} rel="noopener noreferrer">
                {event.online_url}
              </a>
            </dd>
          </>
        ) : null}
        {event.dial_in ? (
          <>
            <dt>{t("event.dialIn")}</dt>
            <dd>{event.dial_in}</dd>
          </>
        ) : null}
        <dt>{t("event.organiser")}</dt>
        <dd>
          {event.memberSlug ? <Link to={`/members/${event.memberSlug}`}>{event.memberName}</Link> : t("event.network")}
        </dd>
        <dt>{t("event.addedBy")}</dt>
        <dd>{event.createdByName ?? "—"}</dd>
      </dl>
      <div className="actions section-gap">
        <a href={`/calendar/${event.id}/event.ics`} className="button button-secondary" download>
          {t("event.download")}
        </a>
        {canEdit && !cancelled ? (
          <>
            <Link to={`/calendar/${event.id}/edit`} className="button button-secondary">
              {t("event.edit")}
            </Link>
            <Form method="post">
              <input type="hidden" name="intent" value="cancel" />
              <button type="submit" className="button-secondary">
                {t("event.cancel")}
              </button>
            </Form>
          </>
        ) : null}
      </div>
      {event.descriptionHtml ? (
        <div
          className="markdown section-gap"
          lang={event.language}
          dangerouslySetInnerHTML={{ __html: event.descriptionHtml }}
        />
      ) : null}
      {event.agendaHtml ? (
        <section aria-labelledby="agenda-heading" className="section-gap">
          <h2 id="agenda-heading">{t("event.agenda")}</h2>
          <div className="markdown" lang={event.language} dangerouslySetInnerHTML={{ __html: event.agendaHtml }} />
        </section>
      ) : null}
      {isCall && !cancelled && !started ? (
        <section aria-labelledby="rsvp-heading" className="card section-gap" id="rsvp">
          <h2 id="rsvp-heading">{t("rsvp.heading")}</h2>
          <p>{rsvp ? t("rsvp.current", { answer: t(`rsvp.${rsvp}`) }) : t("rsvp.none")}</p>
          <Form method="post" className="rsvp-form">
            <input type="hidden" name="intent" value="rsvp" />
            <fieldset className="fieldset">
              <legend>{t("rsvp.legend")}</legend>
              {RSVP_RESPONSES.map((response) => (
                <div key={response} className="field field-checkbox">
                  <input
                    type="radio"
                    id={`rsvp-${response}`}
                    name="response"
                    value={response}
                    defaultChecked={rsvp === response}
                    required
                  />
                  <label htmlFor={`rsvp-${response}`}>{t(`rsvp.${response}`)}</label>
                </div>
              ))}
            </fieldset>
            {result?.errors?.response ? (
              <p className="field-error">{t(`common:${result.errors.response}` as "common:validation.choice")}</p>
            ) : null}
            <button type="submit">{t("rsvp.save")}</button>
          </Form>
          <p className="hint">
            {t("rsvp.reminders", {
              offsets: event.reminder_offsets.map((offset) => t(`offsets.${offset}` as "offsets.60")).join(", "),
            })}
          </p>
        </section>
      ) : null}
      {answers ? (
        <section aria-labelledby="answers-heading" className="section-gap">
          <h2 id="answers-heading">{t("rsvp.answersHeading")}</h2>
          <p>
            {t("rsvp.counts", { attending: counts.attending, maybe: counts.maybe, notAttending: counts.not_attending })}
          </p>
          <TableSection
            id="answers"
            headers={[t("rsvp.person"), t("rsvp.member"), t("rsvp.answer")]}
            empty={t("rsvp.noAnswers")}
            isEmpty={answers.length === 0}
          >
            {answers.map((answer) => (
              <tr key={answer.id}>
                <th scope="row">{answer.name}</th>
                <td>{answer.memberName ?? t("common:shell.secretariat")}</td>
                <td>{t(`rsvp.${answer.response}`)}</td>
              </tr>
            ))}
          </TableSection>
        </section>
      ) : null}
      {isCall ? (
        <section aria-labelledby="minutes-heading" className="section-gap" id="minutes">
          <h2 id="minutes-heading">{t("event.minutes")}</h2>
          {event.minutesHtml ? (
            <>
              <p className="muted">
                {t("event.minutesPosted", { date: formatDateTime(locale, event.minutes_posted_at!, timeZone) })}
              </p>
              <div className="markdown" lang={event.language} dangerouslySetInnerHTML={{ __html: event.minutesHtml }} />
            </>
          ) : (
            <p>{started ? t("event.noMinutes") : t("event.minutesLater")}</p>
          )}
          {isSecretariat && started && !cancelled ? (
            <Form method="post" className="stack section-gap">
              <input type="hidden" name="intent" value="minutes" />
              <TextAreaField
                name="minutes"
                label={t("event.minutesLabel")}
                hint={t("event.minutesHint")}
                defaultValue={event.minutes}
                error={result?.errors?.minutes}
              />
              <p>
                <button type="submit">{event.minutesHtml ? t("event.updateMinutes") : t("event.postMinutes")}</button>
              </p>
            </Form>
          ) : null}
        </section>
      ) : null}
      <EventHistory history={history} timeZone={timeZone} />
    </>
  );
}
