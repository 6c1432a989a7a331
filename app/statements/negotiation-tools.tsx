// The penholder's tools for what is still open in a paragraph: keep one of a bracket's alternatives,
// or close competing amendments with one compromise text. Plain forms, so they work without JavaScript.
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { ConfirmForm } from "~/confirmation/confirm-form";
import { FieldError, TextAreaField } from "~/components/field";
import type { ParagraphPage as Page } from "./presenters.server";
import type { ActionRefusal } from "./route-helpers.server";

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
          <fieldset>
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
