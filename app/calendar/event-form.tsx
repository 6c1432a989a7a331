import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { EVENT_TYPES } from "../../db/schema";
import { FocusFirstError, SelectField, TextAreaField, TextField } from "~/components/field";
import { TableFrame } from "~/components/table-section";
import { TimeZonePicker } from "~/components/time-zone-picker";
import { languageOptions } from "~/i18n/config";
import { cityOf } from "./event-time";
import { REMINDER_OFFSETS } from "./offsets";

export interface SchedulingAid {
  rows: { member: string; zone: string; date: string; time: string; night: boolean }[];
  nightCount: number;
  recent: { id: number; title: string; language: string; startsAt: string | Date; nightCount: number }[];
}

/** Adding, scheduling (the secretariat: Global Calls too) and editing an event share one form. */
export function EventForm({
  values,
  errors,
  members,
  timeZones,
  schedulesCalls,
  submitLabel,
  preview,
  locale,
}: {
  values: Record<string, string>;
  errors?: Record<string, string>;
  members: { slug: string; name: string }[];
  timeZones: readonly string[];
  schedulesCalls: boolean;
  submitLabel: string;
  preview?: SchedulingAid;
  locale: string;
}) {
  const { t } = useTranslation("calendar");
  const types = EVENT_TYPES.filter((type) => schedulesCalls || type !== "global_call");
  const reminders = new Set((values.reminders ?? "").split(",").filter(Boolean).map(Number));
  const dateFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: "medium",
    timeStyle: "short",
    hourCycle: "h23",
    timeZone: "UTC",
  });
  return (
    <Form method="post" className="stack" noValidate>
      <FocusFirstError errors={errors} />
      <TextField name="title" label={t("form.title")} required defaultValue={values.title} error={errors?.title} />
      <SelectField
        name="language"
        label={t("form.language")}
        hint={t("form.languageHint")}
        defaultValue={values.language ?? "en"}
        options={languageOptions()}
        error={errors?.language}
      />
      <SelectField
        name="type"
        label={t("form.type")}
        defaultValue={values.type ?? "general_assembly"}
        options={types.map((type) => ({ value: type, label: t(`types.${type}`) }))}
        error={errors?.type}
      />
      <fieldset className="fieldset">
        <legend>{t("form.when")}</legend>
        <TimeZonePicker
          name="timeZone"
          label={t("form.timeZone")}
          hint={t("form.timeZoneHint")}
          defaultValue={values.timeZone}
          zones={timeZones}
          current={values.timeZone ?? "UTC"}
          error={errors?.timeZone}
        />
        <div className="field-row">
          <TextField
            name="date"
            type="date"
            label={t("form.date")}
            required
            defaultValue={values.date}
            error={errors?.date}
          />
          <TextField
            name="startTime"
            type="time"
            label={t("form.startTime")}
            required
            defaultValue={values.startTime}
            error={errors?.startTime}
          />
          <TextField
            name="endTime"
            type="time"
            label={t("form.endTime")}
            required
            defaultValue={values.endTime}
            error={errors?.endTime}
          />
        </div>
        <TextField
          name="endDate"
          type="date"
          label={t("form.endDate")}
          hint={t("form.endDateHint")}
          defaultValue={values.endDate}
          error={errors?.endDate}
        />
      </fieldset>
      <TextField
        name="location"
        label={t("form.location")}
        hint={t("form.locationHint")}
        defaultValue={values.location}
        error={errors?.location}
      />
      <TextField
        name="onlineUrl"
        type="url"
        label={t("form.onlineUrl")}
        hint={t("form.onlineUrlHint")}
        defaultValue={values.onlineUrl}
        error={errors?.onlineUrl}
      />
      <SelectField
        name="member"
        label={t("form.member")}
        defaultValue={values.member ?? ""}
        options={[
          { value: "", label: t("form.memberDefault") },
          ...members.map((member) => ({ value: member.slug, label: member.name })),
        ]}
        error={errors?.member}
      />
      <TextAreaField
        name="description"
        label={t("form.description")}
        hint={t("form.markdownHint")}
        defaultValue={values.description}
        error={errors?.description}
      />
      <TextField
        name="capacity"
        inputMode="numeric"
        autoComplete="off"
        label={t("form.capacity")}
        hint={t("form.capacityHint")}
        defaultValue={values.capacity}
        error={errors?.capacity}
      />
      {schedulesCalls ? (
        <fieldset className="fieldset">
          <legend>{t("form.globalCall")}</legend>
          <p className="hint">{t("form.globalCallHint")}</p>
          <TextAreaField
            name="agenda"
            label={t("form.agenda")}
            hint={t("form.markdownHint")}
            rows={5}
            defaultValue={values.agenda}
            error={errors?.agenda}
          />
          <TextField
            name="dialIn"
            label={t("form.dialIn")}
            hint={t("form.onlineUrlHint")}
            defaultValue={values.dialIn}
            error={errors?.dialIn}
          />
          <fieldset className="fieldset" aria-describedby={errors?.reminders ? "reminders-error" : undefined}>
            <legend>{t("form.reminders")}</legend>
            <p className="hint">{t("form.remindersHint")}</p>
            <div className="checkbox-row">
              {REMINDER_OFFSETS.map((offset) => (
                <div key={offset} className="field field-checkbox">
                  <input
                    type="checkbox"
                    id={`reminder-${offset}`}
                    name="reminders"
                    value={offset}
                    defaultChecked={reminders.has(offset)}
                  />
                  <label htmlFor={`reminder-${offset}`}>{t(`offsets.${offset}`)}</label>
                </div>
              ))}
            </div>
            {errors?.reminders ? (
              <p className="field-error" id="reminders-error">
                {t(errors.reminders as "validation.reminders")}
              </p>
            ) : null}
          </fieldset>
          <p>
            <button type="submit" name="intent" value="preview" className="button-secondary">
              {t("form.checkTimes")}
            </button>
          </p>
        </fieldset>
      ) : null}
      {preview ? (
        <section aria-labelledby="fairness-heading" className="card fairness">
          <h2 id="fairness-heading">{t("fairness.heading")}</h2>
          <p role="status">{t("fairness.summary", { count: preview.nightCount, total: preview.rows.length })}</p>
          {preview.recent.length ? (
            <>
              <h3>{t("fairness.recent")}</h3>
              <ul>
                {preview.recent.map((call) => (
                  <li key={call.id}>
                    <Link to={`/calendar/${call.id}`} lang={call.language}>
                      {call.title}
                    </Link>{" "}
                    — {dateFormat.format(new Date(call.startsAt))} UTC —{" "}
                    {t("fairness.recentNight", { count: call.nightCount })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {preview.nightCount ? (
            <>
              <h3>{t("fairness.nightList")}</h3>
              <ul className="night-list">
                {preview.rows
                  .filter((row) => row.night)
                  .map((row) => (
                    <li key={row.member}>
                      {row.member}: <strong>{row.time}</strong>
                    </li>
                  ))}
              </ul>
            </>
          ) : null}
          <details>
            <summary>{t("fairness.all")}</summary>
            <TableFrame labelledBy="fairness-heading">
              <table>
                <caption className="sr-only">{t("fairness.heading")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("fairness.member")}</th>
                    <th scope="col">{t("fairness.local")}</th>
                    <th scope="col">{t("fairness.night")}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.rows.map((row) => (
                    <tr key={row.member} className={row.night ? "night" : undefined}>
                      <th scope="row">{row.member}</th>
                      <td>
                        {row.time}{" "}
                        <span className="muted">
                          ({cityOf(row.zone)}, {row.date})
                        </span>
                      </td>
                      <td>{row.night ? t("fairness.atNight") : ""}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableFrame>
          </details>
        </section>
      ) : null}
      <p>
        <button type="submit" name="intent" value="save">
          {submitLabel}
        </button>
      </p>
    </Form>
  );
}
