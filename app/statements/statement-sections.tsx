// The sections of a statement's page: where it stands and what may be done next, its
// co-signatories, its drafting group and what happened to it.
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ConfirmForm } from "~/confirmation/confirm-form";
import { TextAreaField, TextField } from "~/components/field";
import { useLocale } from "~/components/use-locale";
import { formatCalendarDate, formatDateTime, formatLocalTime } from "~/lib/format";
import type { ParagraphStatus } from "../../db/schema";
import type { IntentForm } from "./components";
import type { StatementPage as Page } from "./presenters.server";
import { ListLink } from "~/components/list-link";
import { TableFrame } from "~/components/table-section";
import type { OddHour } from "./silence-hours";

type Can = (action: string) => boolean;

/** Dates and times in the reader's own zone. */
function useWhen(timeZone: string) {
  const locale = useLocale();
  return (date: string | Date) => formatDateTime(locale, date, timeZone);
}

/**
 * The members for whom the deadline asked for falls at night or on a weekend, in their capital's time,
 * and a button that starts the procedure with that very deadline all the same.
 */
function OddHoursWarning({ deadline, members, accepted }: { deadline: string; members: OddHour[]; accepted: string }) {
  const { t } = useTranslation("statements");
  const locale = useLocale();
  return (
    <div className="notice notice-warning" role="alert">
      <p>
        <strong>{t("workflow.oddHours.heading")}</strong>
      </p>
      <p>{t("workflow.oddHours.explain")}</p>
      <ul>
        {members.map((member) => (
          <li key={member.name}>
            {t("workflow.oddHours.member", {
              member: member.name,
              time: formatLocalTime(locale, deadline, member.timeZone),
              why: [member.night && t("workflow.oddHours.night"), member.weekend && t("workflow.oddHours.weekend")]
                .filter(Boolean)
                .join(", "),
            })}
          </li>
        ))}
      </ul>
      <button type="submit" name="acceptedDeadline" value={accepted} className="button-secondary">
        {t("workflow.oddHours.startAnyway")}
      </button>
    </div>
  );
}

export function WorkflowPanel({
  statement,
  counts,
  pending,
  drafting,
  can,
  form,
  timeZone,
  today: todayDate,
  oddHours,
}: {
  statement: Page["statement"];
  counts: Record<ParagraphStatus, number>;
  pending: number;
  drafting: boolean;
  can: Can;
  form: IntentForm;
  timeZone: string;
  today: string;
  oddHours?: { deadline: string; members: OddHour[] };
}) {
  const { t } = useTranslation("statements");
  const when = useWhen(timeZone);
  const { errorsFor, valueFor } = form;
  return (
    <section className="card section-gap workflow" aria-labelledby="workflow-heading">
      <h2 id="workflow-heading">{t("workflow.heading")}</h2>
      <p>{t(`workflow.explain.${statement.stage}`)}</p>
      {statement.stage === "silence" && statement.silenceDeadline ? (
        <p className="deadline">
          <strong>{t("workflow.silenceUntil", { date: when(statement.silenceDeadline), zone: timeZone })}</strong>
        </p>
      ) : null}
      {statement.adoptedAt ? <p>{t("workflow.adoptedOn", { date: when(statement.adoptedAt) })}</p> : null}
      {drafting ? (
        <p className="overview" aria-live="polite">
          {t("workflow.overview", {
            count: counts.open + counts.bracketed + counts.ad_referendum + counts.agreed,
            open: counts.open,
            bracketed: counts.bracketed,
            adReferendum: counts.ad_referendum,
            agreed: counts.agreed,
          })}{" "}
          {t("workflow.pending", { count: pending })}
        </p>
      ) : null}
      {can("start_silence") ? (
        <Form method="post" className="inline-form">
          <input type="hidden" name="intent" value="start_silence" />
          <fieldset>
            <legend>{t("workflow.startSilence")}</legend>
            <p className="hint">{t("workflow.startSilenceHint", { zone: timeZone })}</p>
            {counts.bracketed > 0 ? (
              <p className="notice notice-warning">{t("workflow.bracketedFirst", { count: counts.bracketed })}</p>
            ) : null}
            <div className="field-row">
              <TextField
                name="deadlineDate"
                type="date"
                label={t("workflow.deadlineDate")}
                min={todayDate}
                defaultValue={valueFor("start_silence", "deadlineDate")}
                error={errorsFor("start_silence")?.deadlineDate}
                required
              />
              <TextField
                name="deadlineTime"
                type="time"
                label={t("workflow.deadlineTime")}
                defaultValue={valueFor("start_silence", "deadlineTime") ?? "17:00"}
                error={errorsFor("start_silence")?.deadlineTime}
                required
              />
            </div>
            <button type="submit">{t("workflow.startSilenceButton")}</button>
            {/* After the form's own button: Enter in a field must not accept the odd hours. */}
            {oddHours ? (
              <OddHoursWarning
                {...oddHours}
                accepted={`${valueFor("start_silence", "deadlineDate")}T${valueFor("start_silence", "deadlineTime")}`}
              />
            ) : null}
          </fieldset>
        </Form>
      ) : null}
      {can("break_silence") ? (
        <ConfirmForm act="break_silence">
          <input type="hidden" name="intent" value="break_silence" />
          <TextAreaField
            name="reason"
            label={t("workflow.breakReason")}
            hint={t("workflow.breakHint")}
            rows={3}
            defaultValue={valueFor("break_silence", "reason")}
            error={errorsFor("break_silence")?.reason}
            required
          />
          <button type="submit" className="button-danger">
            {t("workflow.breakButton")}
          </button>
        </ConfirmForm>
      ) : null}
      {can("open_signature") ? (
        <Form method="post">
          <input type="hidden" name="intent" value="open_signature" />
          <button type="submit">{t("workflow.openSignature")}</button>
        </Form>
      ) : null}
      {can("publish") ? (
        <ConfirmForm act="publish_statement">
          <input type="hidden" name="intent" value="publish" />
          <fieldset>
            <legend>{t("workflow.publish")}</legend>
            <p className="hint">{t("workflow.publishHint")}</p>
            <div className="field-row">
              <TextField
                name="deliveredOn"
                type="date"
                label={t("workflow.deliveredOn")}
                max={todayDate}
                defaultValue={valueFor("publish", "deliveredOn") ?? todayDate}
                error={errorsFor("publish")?.deliveredOn}
                required
              />
              <TextField
                name="venue"
                label={t("workflow.venue")}
                defaultValue={valueFor("publish", "venue")}
                error={errorsFor("publish")?.venue}
                required
              />
            </div>
            <button type="submit">{t("workflow.publishButton")}</button>
          </fieldset>
        </ConfirmForm>
      ) : null}
    </section>
  );
}

export function SignaturesSection({
  statement,
  signature,
  reminder,
  memberName,
  can,
  timeZone,
}: {
  statement: Page["statement"];
  signature: Page["signature"];
  reminder: Page["reminder"];
  memberName: string | null;
  can: Can;
  timeZone: string;
}) {
  const { t } = useTranslation("statements");
  const when = useWhen(timeZone);
  return (
    <section className="section-gap" aria-labelledby="signatures-heading" id="signatures">
      <h2 id="signatures-heading">{t("signatures.heading")}</h2>
      {statement.signatures.length === 0 ? (
        <p>{t("signatures.empty")}</p>
      ) : (
        <TableFrame labelledBy="signatures-heading">
          <table>
            <thead>
              <tr>
                <th scope="col">{t("signatures.member")}</th>
                <th scope="col">{t("signatures.status")}</th>
              </tr>
            </thead>
            <tbody>
              {statement.signatures.map((s) => (
                <tr key={s.memberId}>
                  <th scope="row">{s.memberName}</th>
                  <td>
                    {s.signedAt
                      ? t("signatures.signedBy", { person: s.signedBy, date: when(s.signedAt) })
                      : t("signatures.invited", { date: when(s.invitedAt) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
      {signature && statement.stage === "signature" ? (
        <ConfirmForm act={signature.signed ? "withdraw_signature" : "sign_statement"} className="section-gap">
          <input type="hidden" name="intent" value={signature.signed ? "withdraw" : "sign"} />
          <p>
            {signature.signed
              ? t("signatures.youSigned", { member: memberName })
              : t("signatures.youAreInvited", { member: memberName })}
          </p>
          <button type="submit" className={signature.signed ? "button-secondary" : undefined}>
            {signature.signed ? t("signatures.withdraw") : t("signatures.sign", { member: memberName })}
          </button>
        </ConfirmForm>
      ) : null}
      {reminder?.sentAt ? <p>{t("signatures.reminded", { date: when(reminder.sentAt) })}</p> : null}
      {reminder && !reminder.sentAt ? (
        <Form method="post" className="section-gap">
          <input type="hidden" name="intent" value="remind" />
          <button type="submit" className="button-secondary">
            {t("signatures.remindButton")}
          </button>
        </Form>
      ) : null}
      {can("invite") ? (
        <p className="section-gap">
          <Link className="button" to={`/statements/${statement.id}/members?list=signatories`}>
            {t("signatures.invite")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}

export function GroupSection({ statement, can }: { statement: Page["statement"]; can: Can }) {
  const { t } = useTranslation("statements");
  return (
    <section className="section-gap" aria-labelledby="group-heading" id="group">
      <h2 id="group-heading">{t("group.heading")}</h2>
      <p className="hint">{t("group.explain")}</p>
      <ul className="group-list">
        {statement.group.map((member) => (
          <li key={member.id}>
            <ListLink to={`/members/${member.slug}`}>{member.name}</ListLink>
            {member.id === statement.penholderId ? <span className="tag">{t("group.penholder")}</span> : null}
            {can("manage_group") && member.id !== statement.penholderId ? (
              <ConfirmForm act="remove_drafting_member">
                <input type="hidden" name="intent" value="remove_member" />
                <input type="hidden" name="member" value={member.slug} />
                <button
                  type="submit"
                  className="button-small button-secondary"
                  aria-label={t("group.removeLabel", { member: member.name })}
                >
                  {t("group.remove")}
                </button>
              </ConfirmForm>
            ) : null}
          </li>
        ))}
      </ul>
      {can("manage_group") ? (
        <p className="section-gap">
          <Link className="button" to={`/statements/${statement.id}/members?list=group`}>
            {t("group.add")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}

export function StatementEvents({ events, timeZone }: { events: Page["events"]; timeZone: string }) {
  const { t } = useTranslation("statements");
  const when = useWhen(timeZone);
  if (events.length === 0) return null;
  return (
    <section className="section-gap" aria-labelledby="events-heading">
      <h2 id="events-heading">{t("events.heading")}</h2>
      <ul className="history-list">
        {events.map((event) => (
          <li key={event.id}>
            <strong>
              {t(`events.${event.kind}`, { person: event.personName ?? "", member: event.memberName ?? "" })}
            </strong>{" "}
            — {when(event.at)}
            {event.deadline ? <> · {t("events.deadline", { date: when(event.deadline) })}</> : null}
            {event.reason ? <p className="muted">{event.reason}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function StatementFacts({ statement }: { statement: Page["statement"] }) {
  const { t } = useTranslation("statements");
  const locale = useLocale();
  return (
    <dl className="facts">
      <dt>{t("statement.penholder")}</dt>
      <dd>
        <Link to={`/members/${statement.penholderSlug}`}>{statement.penholderName}</Link>
      </dd>
      {statement.topic ? (
        <>
          <dt>{t("statement.topic")}</dt>
          <dd lang={statement.language}>{statement.topic}</dd>
        </>
      ) : null}
      {statement.occasion ? (
        <>
          <dt>{t("statement.occasion")}</dt>
          <dd lang={statement.language}>{statement.occasion}</dd>
        </>
      ) : null}
      <dt>{t("statement.version")}</dt>
      <dd>{t("statement.versionNumber", { number: statement.version })}</dd>
      {statement.deliveredOn ? (
        <>
          <dt>{t("statement.delivered")}</dt>
          <dd>
            {t("statement.deliveredAt", {
              date: formatCalendarDate(locale, statement.deliveredOn),
              venue: statement.venue,
            })}
          </dd>
        </>
      ) : null}
    </dl>
  );
}
