// A paragraph page's forms for proposing: an amendment to the whole paragraph, a change to some words
// of it (filled in from the words selected on the statement's page, or typed: without JavaScript or on a
// phone where selecting is awkward), and comments on the text without proposing anything.
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { AMENDMENT_KINDS } from "../../db/schema";
import { SelectField, TextAreaField, TextField } from "~/components/field";
import { useLocale } from "~/components/use-locale";
import { formatDateTime } from "~/lib/format";
import type { ParagraphRemark } from "./queries.server";
import { useResetAfterSuccess } from "./reset-after-success";
import type { ActionRefusal } from "./route-helpers.server";

/** An amendment to the whole paragraph: replace it, insert one after it, or delete it. */
export function ProposalForm({
  body,
  version,
  language,
  refused,
}: {
  body: string;
  version: number;
  language: string;
  refused?: ActionRefusal;
}) {
  const { t } = useTranslation("statements");
  const proposal = useResetAfterSuccess((sent) => sent.get("intent") === "propose", refused !== undefined);
  const typed = refused?.values;
  return (
    <section aria-labelledby="propose-heading" className="section-gap card">
      <h2 id="propose-heading">{t("amendments.propose")}</h2>
      <Form method="post" ref={proposal}>
        <input type="hidden" name="intent" value="propose" />
        <input type="hidden" name="basedOn" value={version} />
        <SelectField
          name="kind"
          label={t("amendments.kind")}
          defaultValue={typed?.kind ?? "replace"}
          options={AMENDMENT_KINDS.map((kind) => ({ value: kind, label: t(`amendments.kinds.${kind}`) }))}
        />
        <TextAreaField
          name="body"
          label={t("amendments.text")}
          hint={t("amendments.textHint")}
          lang={language}
          defaultValue={typed ? typed.body : body}
          error={refused?.errors?.body}
        />
        <TextAreaField
          name="rationale"
          label={t("amendments.rationaleLabel")}
          rows={3}
          defaultValue={typed?.rationale}
          error={refused?.errors?.rationale}
          required
        />
        <button type="submit">{t("amendments.proposeButton")}</button>
      </Form>
    </section>
  );
}

/** Suggest other words for some words of the paragraph: an amendment that changes just them. */
export function PhraseSuggestion({
  phrase,
  version,
  language,
  refused,
}: {
  phrase?: string;
  version: number;
  language: string;
  refused?: ActionRefusal;
}) {
  const { t } = useTranslation("statements");
  const typed = refused?.values;
  return (
    <section aria-labelledby="phrase-heading" className="section-gap card" id="phrase">
      <h2 id="phrase-heading">{t("phrases.suggestHeading")}</h2>
      <p className="hint">{t("phrases.suggestHint")}</p>
      <Form method="post">
        <input type="hidden" name="intent" value="suggest" />
        <input type="hidden" name="basedOn" value={version} />
        <TextField
          name="phrase"
          id="phrase-words"
          label={t("phrases.words")}
          lang={language}
          defaultValue={typed?.phrase ?? phrase}
          error={refused?.errors?.phrase}
          required
        />
        <TextField
          name="replacement"
          label={t("phrases.replacement")}
          hint={t("phrases.replacementHint")}
          lang={language}
          defaultValue={typed?.replacement ?? phrase}
          error={refused?.errors?.replacement}
        />
        <TextAreaField
          name="rationale"
          id="phrase-rationale"
          label={t("phrases.rationale")}
          rows={3}
          defaultValue={typed?.rationale}
          error={refused?.errors?.rationale}
          required
        />
        <button type="submit">{t("phrases.suggestButton")}</button>
      </Form>
    </section>
  );
}

/** Comments on the paragraph or on words of it, and the form to add one. */
export function Remarks({
  remarks,
  phrase,
  canRemark,
  language,
  timeZone,
  refused,
}: {
  remarks: ParagraphRemark[];
  phrase?: string;
  canRemark: boolean;
  language: string;
  timeZone: string;
  refused?: ActionRefusal;
}) {
  const { t } = useTranslation("statements");
  const locale = useLocale();
  if (!canRemark && remarks.length === 0) return null;
  return (
    <section aria-labelledby="remark-heading" className="section-gap" id="remark">
      <h2 id="remark-heading">{t("phrases.remarksHeading", { count: remarks.length })}</h2>
      {remarks.length ? (
        <ul className="comment-list">
          {remarks.map((remark) => (
            <li key={remark.id}>
              {remark.quote ? (
                <blockquote lang={language} className="remark-quote">
                  {remark.quote}
                </blockquote>
              ) : null}
              <strong>{remark.memberName}</strong> ({remark.personName ?? t("phrases.formerMember")}) ·{" "}
              {formatDateTime(locale, remark.at, timeZone)}
              <p>{remark.body}</p>
            </li>
          ))}
        </ul>
      ) : null}
      {canRemark ? (
        <Form method="post">
          <input type="hidden" name="intent" value="remark" />
          <TextField
            name="quote"
            label={t("phrases.quote")}
            hint={t("phrases.quoteHint")}
            lang={language}
            defaultValue={refused?.values?.quote ?? phrase}
            error={refused?.errors?.quote}
          />
          <TextAreaField
            name="body"
            id="remark-body"
            label={t("phrases.remark")}
            rows={3}
            defaultValue={refused?.values?.body}
            error={refused?.errors?.body}
            required
          />
          <button type="submit" className="button-secondary">
            {t("phrases.remarkButton")}
          </button>
        </Form>
      ) : null}
    </section>
  );
}
