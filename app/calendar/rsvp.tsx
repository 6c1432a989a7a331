import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { RSVP_RESPONSES } from "../../db/schema";
import { TableSection } from "~/components/table-section";
import { useLocale } from "~/components/use-locale";
import { formatDateTime } from "~/lib/format";
import type { EventPage } from "./presenters.server";

/** "Will you join?": the reader's answer to a Global Call that has not begun, and their reminders. */
export function RsvpSection({ page, error }: { page: EventPage; error?: string }) {
  const { t } = useTranslation(["calendar", "common"]);
  const { rsvp, event } = page;
  return (
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
        {error ? <p className="field-error">{t(`common:${error}` as "common:validation.choice")}</p> : null}
        <button type="submit">{t("rsvp.save")}</button>
      </Form>
      <p className="hint">
        {t("rsvp.reminders", {
          offsets: event.reminder_offsets.map((offset) => t(`offsets.${offset}` as "offsets.60")).join(", "),
        })}
      </p>
    </section>
  );
}

/** Who answered a Global Call, with the counts: for the secretariat. */
export function AnswersSection({
  answers,
  remind,
  remindedAt,
  refused,
  timeZone,
}: {
  answers: NonNullable<EventPage["answers"]>;
  /** Whether the reader may remind those who have not answered (the secretariat, before the call). */
  remind: boolean;
  remindedAt: EventPage["remindedAt"];
  /** A reminder was asked for while the last one still held it back. */
  refused: boolean;
  timeZone: string;
}) {
  const { t } = useTranslation(["calendar", "common"]);
  const locale = useLocale();
  const { counts, list } = answers;
  return (
    <section aria-labelledby="answers-heading" className="section-gap">
      <h2 id="answers-heading">{t("rsvp.answersHeading")}</h2>
      <p>
        {t("rsvp.counts", { attending: counts.attending, maybe: counts.maybe, notAttending: counts.not_attending })}
      </p>
      {refused ? (
        <p className="notice" role="alert">
          {t("rsvp.remindRefused")}
        </p>
      ) : null}
      {remind && remindedAt ? (
        <p>{t("rsvp.reminded", { date: formatDateTime(locale, remindedAt, timeZone) })}</p>
      ) : null}
      {remind && !remindedAt ? (
        <Form method="post" className="section-gap">
          <input type="hidden" name="intent" value="remind" />
          <button type="submit" className="button-secondary">
            {t("rsvp.remind")}
          </button>
        </Form>
      ) : null}
      <TableSection
        id="answers"
        labelledBy="answers-heading"
        headers={[t("rsvp.person"), t("rsvp.member"), t("rsvp.answer")]}
        empty={t("rsvp.noAnswers")}
        isEmpty={list.length === 0}
      >
        {list.map((answer) => (
          <tr key={answer.id}>
            <th scope="row">{answer.name}</th>
            <td>{answer.memberName ?? t("common:shell.secretariat")}</td>
            <td>{t(`rsvp.${answer.response}`)}</td>
          </tr>
        ))}
      </TableSection>
    </section>
  );
}
