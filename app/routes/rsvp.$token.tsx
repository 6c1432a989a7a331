// Answering a Global Call from its email, without signing in: the signed link names the person, the
// call and the answer. A GET only shows what will be recorded; the button's POST records it.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { data } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { answerRsvp } from "~/calendar/commands.server";
import { readAnswerLink, type LinkAnswer } from "~/calendar/rsvp-links.server";
import { formatMoment, formatSpan } from "~/calendar/time";
import { PageTitle, type RouteHandle, SuccessNotice } from "~/components/page-title";
import { useLocale } from "~/components/use-locale";
import { getDb } from "~/lib/db.server";

export const handle: RouteHandle = { i18n: "calendar", title: (t) => t("calendar:answerLink.title") };

/** What the page shows of a link: never the person's email, only their name and the call. */
function shown(answer: LinkAnswer) {
  switch (answer.state) {
    case "ready":
      return {
        state: answer.state,
        name: answer.viewer.name,
        timeZone: answer.viewer.timeZone,
        response: answer.response,
        current: answer.current,
        event: answer.event,
      };
    case "closed":
      return { state: answer.state, event: { id: answer.eventId, title: answer.title, language: answer.language } };
    case "expired":
      return { state: answer.state, event: { id: answer.eventId } };
    default:
      return { state: answer.state };
  }
}

const STATUS = { invalid: 404, expired: 410, closed: 410, ready: 200 } as const;

export async function loader({ params, context }: LoaderFunctionArgs) {
  const answer = await readAnswerLink(getDb(), params.token ?? "", context.clientIp);
  return data({ ...shown(answer), done: false }, { status: STATUS[answer.state] });
}

export async function action({ params, context }: ActionFunctionArgs) {
  const answer = await readAnswerLink(getDb(), params.token ?? "", context.clientIp);
  if (answer.state !== "ready") return data({ done: false }, { status: STATUS[answer.state] });
  await answerRsvp(getDb(), answer.event.id, answer.viewer, answer.response);
  return { done: true };
}

export default function AnswerFromEmail() {
  const page = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { t } = useTranslation("calendar");
  const locale = useLocale();
  if (page.state === "invalid") {
    return (
      <div className="narrow">
        <PageTitle>{t("answerLink.invalidTitle")}</PageTitle>
        <p>{t("answerLink.invalid")}</p>
        <p>
          <Link to="/calendar">{t("answerLink.calendar")}</Link>
        </p>
      </div>
    );
  }
  if (page.state !== "ready") {
    return (
      <div className="narrow">
        <PageTitle>{t(page.state === "expired" ? "answerLink.expiredTitle" : "answerLink.closedTitle")}</PageTitle>
        <p>{t(page.state === "expired" ? "answerLink.expired" : "answerLink.closed")}</p>
        <p>
          <Link to={`/calendar/${page.event.id}`}>{t("answerLink.open")}</Link>
        </p>
      </div>
    );
  }
  const { event, timeZone, response, current } = page;
  const answer = t(`rsvp.${response}`);
  return (
    <div className="narrow">
      <PageTitle>{t("answerLink.title")}</PageTitle>
      <p className="lead" lang={event.language}>
        {event.title}
      </p>
      <dl className="facts">
        <dt>{t("event.yourTime", { zone: timeZone })}</dt>
        <dd>
          <time dateTime={new Date(event.startsAt).toISOString()}>
            {formatMoment(locale, event.startsAt, timeZone)}
          </time>
          <br />
          <span className="muted">{formatSpan(locale, event.startsAt, event.endsAt, timeZone)}</span>
        </dd>
        {event.location ? (
          <>
            <dt>{t("event.location")}</dt>
            <dd>{event.location}</dd>
          </>
        ) : null}
      </dl>
      {result?.done ? (
        <SuccessNotice>{t("answerLink.done", { answer })}</SuccessNotice>
      ) : (
        <Form method="post" className="stack">
          <p>{t("answerLink.question", { name: page.name, answer })}</p>
          {current ? <p className="hint">{t("answerLink.current", { answer: t(`rsvp.${current}`) })}</p> : null}
          <p>
            <button type="submit">{t("answerLink.confirm", { answer })}</button>
          </p>
          <p className="hint">{t("answerLink.why")}</p>
        </Form>
      )}
      <p>
        <Link to={`/calendar/${event.id}#rsvp`}>{t("answerLink.change")}</Link>
      </p>
    </div>
  );
}
