// The penholder's tools for what is still open in a paragraph: keep one of a bracket's alternatives,
// or close competing amendments with one compromise text. Plain forms, so they work without JavaScript.
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ConfirmForm } from "~/confirmation/confirm-form";
import { PARAGRAPH_STATUSES } from "../../db/schema";
import { FieldError, SelectField, TextAreaField, TextField } from "~/components/field";
import type { ParagraphPage as Page } from "./presenters.server";
import type { ActionRefusal } from "./route-helpers.server";

/** The penholder's own hand on the paragraph: its status, and its text rewritten directly. */
export function PenholderTools({
  paragraph,
  version,
  language,
  refused,
}: {
  paragraph: Page["paragraph"];
  version: number;
  language: string;
  refused: ActionRefusal | undefined;
}) {
  const { t } = useTranslation("statements");
  return (
    <section aria-labelledby="penholder-heading" className="section-gap">
      <h2 id="penholder-heading">{t("paragraph.penholderTools")}</h2>
      <Form method="post" className="inline-form">
        <input type="hidden" name="intent" value="set_status" />
        <SelectField
          name="status"
          label={t("paragraph.status")}
          defaultValue={paragraph.status}
          options={PARAGRAPH_STATUSES.map((status) => ({ value: status, label: t(`paragraphStatuses.${status}`) }))}
        />
        <button type="submit" className="button-secondary">
          {t("paragraph.setStatus")}
        </button>
      </Form>
      <details className="section-gap" open={refused !== undefined}>
        <summary>{t("paragraph.edit")}</summary>
        <Form method="post">
          <input type="hidden" name="intent" value="edit" />
          <input type="hidden" name="basedOn" value={version} />
          <TextAreaField
            name="body"
            id="edit-body"
            label={t("paragraph.editText")}
            hint={t("statement.markdownHint")}
            lang={language}
            defaultValue={refused ? refused.values?.body : paragraph.body}
            error={refused?.errors?.body}
            required
          />
          <TextField name="reason" label={t("statement.changeReason")} defaultValue={refused?.values?.reason} />
          <button type="submit">{t("paragraph.saveEdit")}</button>
        </Form>
      </details>
    </section>
  );
}

export function AlternativesChooser({ alternatives, version }: { alternatives: string[][]; version: number }) {
  const { t } = useTranslation("statements");
  if (alternatives.length === 0) return null;
  return (
    <section aria-labelledby="alternatives-heading" className="section-gap">
      <h2 id="alternatives-heading">{t("negotiation.alternativesHeading")}</h2>
      <p className="hint">{t("negotiation.alternativesHint")}</p>
      {alternatives.map((choices, which) => (
        <Form method="post" className="inline-form" key={`${which}-${choices.join("|")}`}>
          <input type="hidden" name="intent" value="choose" />
          <input type="hidden" name="which" value={which} />
          <input type="hidden" name="basedOn" value={version} />
          <fieldset className="choices">
            <legend>{t("negotiation.bracket", { number: which + 1, choices: choices.join(" / ") })}</legend>
            {choices.map((choice, index) => (
              <button key={index} type="submit" name="choice" value={index} className="button-secondary">
                {t("negotiation.keep", { choice })}
              </button>
            ))}
          </fieldset>
        </Form>
      ))}
    </section>
  );
}

export function CompromiseForm({
  amendments,
  paragraph,
  version,
  language,
  refused,
}: {
  amendments: Page["amendments"];
  paragraph: Page["paragraph"];
  version: number;
  language: string;
  refused: ActionRefusal | undefined;
}) {
  const { t } = useTranslation("statements");
  const pending = amendments.filter((amendment) => amendment.status === "pending");
  if (pending.length < 2) return null;
  const ticked = new Set(refused?.values?.amendments?.split(","));
  const error = refused?.errors?.amendments;
  return (
    <section aria-labelledby="compromise-heading" className="section-gap card">
      <h2 id="compromise-heading">{t("negotiation.compromiseHeading")}</h2>
      <p className="hint">{t("negotiation.compromiseHint")}</p>
      <ConfirmForm act="merge_amendments" method="post">
        <input type="hidden" name="intent" value="compromise" />
        <input type="hidden" name="basedOn" value={version} />
        <fieldset aria-describedby={error ? "compromise-amendments-error" : undefined}>
          <legend>{t("negotiation.compromiseAmendments")}</legend>
          {pending.map((amendment) => (
            <div className="field field-checkbox" key={amendment.id}>
              <input
                type="checkbox"
                id={`compromise-${amendment.id}`}
                name="amendments"
                value={amendment.id}
                defaultChecked={refused ? ticked.has(String(amendment.id)) : true}
              />
              <label htmlFor={`compromise-${amendment.id}`}>
                {t("amendments.by", { member: amendment.memberName, person: amendment.proposedBy ?? "" })}
              </label>
            </div>
          ))}
          <FieldError id="compromise-amendments-error" error={error} />
        </fieldset>
        <TextAreaField
          name="body"
          id="compromise-body"
          label={t("negotiation.compromiseText")}
          hint={t("statement.markdownHint")}
          lang={language}
          defaultValue={refused?.values?.body ?? paragraph.body}
          error={refused?.errors?.body}
          required
        />
        <TextAreaField
          name="reason"
          id="compromise-reason"
          label={t("negotiation.compromiseReason")}
          rows={3}
          defaultValue={refused?.values?.reason}
          error={refused?.errors?.reason}
          required
        />
        <button type="submit">{t("negotiation.compromiseButton")}</button>
      </ConfirmForm>
    </section>
  );
}
