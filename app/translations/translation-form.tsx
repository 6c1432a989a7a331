import { Form, Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Locale, TranslatedKind } from "../../db/schema";
import { FocusFirstError, TextAreaField, TextField } from "~/components/field";
import { useLocale } from "~/components/use-locale";
import { WordDiff } from "~/components/word-diff";
import { formatDate } from "~/lib/format";
import type { DiffPart } from "~/lib/word-diff";
import { changesPath, TRANSLATABLE, translatePath } from "./subjects";

/** Why a save was refused, beside the form's messages and what was typed. */
export interface TranslationRefusal {
  errors: Record<string, string>;
  values?: Record<string, string>;
  /** What changed in the original while the translator worked. */
  changes?: { field: string; parts: DiffPart[] }[];
  /** The translation as someone else saved it meanwhile. */
  current?: { field: string; text: string; revision: number; translatedBy: string | null }[];
}

export interface TranslationPage {
  kind: TranslatedKind;
  id: number;
  language: Locale;
  fields: Record<string, string>;
  target: Locale;
  targets: Locale[];
  stored: { field: string; text: string; revision: number; translatedBy: string | null; translatedAt: string }[];
  changes: { field: string; parts: DiffPart[] }[];
}

/** Each field's original beside its translation; works as a plain form post. */
export function TranslationForm({ page, refused }: { page: TranslationPage; refused?: TranslationRefusal }) {
  const { t } = useTranslation(["translations", "common"]);
  const locale = useLocale();
  const language = (code: Locale) => t(`common:content.languages.${code}`);
  const fieldName = (field: string) => t(`fields.${field as "title"}`);
  const values = refused?.values;
  const latest = [...page.stored].sort((a, b) => b.translatedAt.localeCompare(a.translatedAt))[0];
  const changes = refused?.changes ?? page.changes;
  return (
    <>
      <nav aria-label={t("languageTabs")} className="view-switch section-gap">
        {page.targets.map((target) => (
          <Link
            key={target}
            to={translatePath(page.kind, page.id, target)}
            aria-current={target === page.target ? "page" : undefined}
          >
            {language(target)}
          </Link>
        ))}
      </nav>
      <p>{t("intro", { language: language(page.target), original: language(page.language) })}</p>
      {latest ? (
        <p className="muted">
          {t("lastSaved", {
            name: latest.translatedBy ?? t("someone"),
            date: formatDate(locale, latest.translatedAt),
            revision: latest.revision,
          })}{" "}
          <Link to={changesPath(page.kind, page.id, page.target)}>{t("changesSince")}</Link>
        </p>
      ) : null}
      {refused?.errors.form ? (
        <p className="notice notice-error" role="alert">
          {t(refused.errors.form === "conflict" ? "conflict" : "originalChanged")}
        </p>
      ) : null}
      {refused?.current?.map((row) => (
        <div key={row.field} className="notice">
          <p>{t("savedMeanwhile", { field: fieldName(row.field), name: row.translatedBy ?? t("someone") })}</p>
          <p className="original-text" lang={page.target}>
            {row.text}
          </p>
        </div>
      ))}
      {changes.length ? (
        <section className="notice notice-warning" aria-labelledby="original-changes">
          <h2 id="original-changes">{t("outdated")}</h2>

          {changes.map((change) => (
            <div key={change.field}>
              <h3>{fieldName(change.field)}</h3>
              <WordDiff parts={change.parts} lang={page.language} />
            </div>
          ))}
        </section>
      ) : null}
      <Form method="post" className="stack stack-wide" noValidate>
        <FocusFirstError errors={refused?.errors} />
        <input type="hidden" name="to" value={page.target} />
        {TRANSLATABLE[page.kind].fields.map((field) => {
          const stored = page.stored.find((row) => row.field === field.name);
          const label = t("translation", { field: fieldName(field.name), language: language(page.target) });
          const common = {
            name: field.name,
            label,
            lang: page.target,
            maxLength: field.max,
            defaultValue: values?.[field.name] ?? stored?.text ?? "",
            error: refused?.errors[field.name],
          };
          return (
            <div key={field.name} className="translation-pair">
              <div className="original">
                <p className="hint">{t("original", { language: language(page.language) })}</p>
                <p className="original-text" lang={page.language}>
                  {page.fields[field.name]}
                </p>
              </div>
              {field.multiline ? <TextAreaField rows={12} {...common} /> : <TextField {...common} />}
              <input
                type="hidden"
                name={`${field.name}_revision`}
                value={values?.[`${field.name}_revision`] ?? stored?.revision ?? 0}
              />
              <input
                type="hidden"
                name={`${field.name}_source`}
                value={values?.[`${field.name}_source`] ?? page.fields[field.name]}
              />
            </div>
          );
        })}
        <p>
          <button type="submit">{t("save")}</button>
        </p>
      </Form>
    </>
  );
}
