import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { REPORT_STATUSES } from "../../db/schema";
import { FocusFirstError, SelectField, TextAreaField, TextField } from "~/components/field";
import type { FormFailure } from "~/lib/forms.server";
import type { ReportStart } from "./presenters";

/**
 * A member's report on a benchmark. It starts from the member's latest report, so recording it again
 * changes only what the person changes (a click on "Record" never lowers an achieved status).
 * Someone who may report for several members (the secretariat) chooses one first.
 */
export function ReportForm({
  start,
  choices,
  refused,
  today,
  formatDay,
}: {
  start: ReportStart | null;
  choices: { value: string; label: string }[];
  refused?: FormFailure;
  today: string;
  formatDay: (date: string) => string;
}) {
  const { t } = useTranslation("program");
  const values = refused?.values ?? {};
  const errors = refused?.errors;
  return (
    <section aria-labelledby="report-heading" className="card section-gap" id="report">
      <h2 id="report-heading">{start ? t("report.heading", { member: start.memberName }) : t("report.choose")}</h2>
      {choices.length > 1 ? (
        <Form method="get" action="#report" className="filters" aria-label={t("report.chooseLabel")}>
          <SelectField
            name="member"
            id="report-member"
            label={t("report.member")}
            defaultValue={start?.member ?? ""}
            options={[{ value: "", label: t("report.chooseMember") }, ...choices]}
          />
          <button type="submit" className="button-secondary">
            {t("report.chooseSubmit")}
          </button>
        </Form>
      ) : null}
      {start ? (
        // A new member or a new latest report starts a fresh form.
        <Form method="post" className="stack" noValidate key={`${start.member}:${start.reportedOn}`}>
          <FocusFirstError errors={errors} />
          <input type="hidden" name="member" value={start.member} />
          {start.reportedOn ? (
            <p className="hint">{t("report.startsFromLatest", { date: formatDay(start.reportedOn) })}</p>
          ) : null}
          {errors?.member ? <p className="field-error">{t("report.memberRefused")}</p> : null}
          <SelectField
            name="status"
            label={t("report.status")}
            defaultValue={values.status ?? start.status}
            options={[
              ...(start.status ? [] : [{ value: "", label: t("report.chooseStatus") }]),
              ...REPORT_STATUSES.map((status) => ({ value: status, label: t(`reportStatuses.${status}`) })),
            ]}
            error={errors?.status}
          />
          <TextAreaField
            name="note"
            label={t("report.note")}
            hint={t("report.noteHint")}
            rows={3}
            defaultValue={values.note ?? start.note}
            error={errors?.note}
          />
          <TextField
            name="evidenceUrl"
            type="url"
            label={t("report.evidence")}
            hint={t("report.evidenceHint")}
            defaultValue={values.evidenceUrl ?? start.evidenceUrl}
            error={errors?.evidenceUrl}
          />
          <TextField
            name="reportedOn"
            type="date"
            label={t("report.date")}
            max={today}
            required
            defaultValue={values.reportedOn ?? today}
            error={errors?.reportedOn}
          />
          <p>
            <button type="submit">{t("report.submit")}</button>
          </p>
        </Form>
      ) : null}
    </section>
  );
}
