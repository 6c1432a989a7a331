// Working on some words of a paragraph: a menu by the words selected in the text (with JavaScript),
// and on the paragraph's page the two forms it leads to, which work as well with the words typed in
// (without JavaScript, or on a phone where selecting is awkward).
import { Form } from "@remix-run/react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { AMENDMENT_KINDS } from "../../db/schema";
import { SelectField, TextAreaField, TextField } from "~/components/field";
import { useLocale } from "~/components/use-locale";
import { formatDateTime } from "~/lib/format";
import type { ParagraphRemark } from "./queries.server";
import { useResetAfterSuccess } from "./reset-after-success";
import type { ActionRefusal } from "./route-helpers.server";

/**
 * Select words inside one paragraph (marked `data-paragraph`) and a small menu offers to suggest a
 * change to them or comment on them, on the paragraph's page with the words filled in.
 */
export function PhraseMenu({
  statementId,
  suggest,
  comment,
}: {
  statementId: number;
  suggest: string;
  comment: string;
}) {
  const [menu, setMenu] = useState<{ top: number; left: number; href: string } | null>(null);
  useEffect(() => {
    const paragraphOf = (node: Node) =>
      (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>("[data-paragraph]");
    const show = (event: Event) => {
      if (event.target instanceof Element && event.target.closest(".phrase-menu")) return;
      const selection = document.getSelection();
      const words = selection?.toString().replace(/\s+/g, " ").trim() ?? "";
      const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
      const paragraph = range ? paragraphOf(range.startContainer) : null;
      if (!words || !range || !paragraph || paragraph !== paragraphOf(range.endContainer)) return setMenu(null);
      const box = range.getBoundingClientRect();
      const phrase = new URLSearchParams({ phrase: words.slice(0, 1_000) });
      setMenu({
        top: box.bottom + window.scrollY + 6,
        left: Math.max(8, box.left + window.scrollX),
        href: `/statements/${statementId}/paragraphs/${paragraph.dataset.paragraph}?${phrase}`,
      });
    };
    document.addEventListener("mouseup", show);
    document.addEventListener("keyup", show);
    return () => {
      document.removeEventListener("mouseup", show);
      document.removeEventListener("keyup", show);
    };
  }, [statementId]);
  if (!menu) return null;
  return (
    <div className="phrase-menu" style={{ top: menu.top, left: menu.left }}>
      <a href={`${menu.href}#phrase`}>{suggest}</a>
      <a href={`${menu.href}#remark`}>{comment}</a>
    </div>
  );
}

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
