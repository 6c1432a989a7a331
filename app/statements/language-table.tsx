// The side-by-side page's table: each paragraph of the original beside its version in one language,
// with what changed in the original since the version was made, and a plain form per paragraph (no
// JavaScript needed) to fill or update it. On a narrow screen the two columns stack.
import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { TextAreaField } from "~/components/field";
import { WordDiff } from "~/components/word-diff";
import type { DiffPart } from "~/lib/word-diff";
import { LANGUAGE_NAMES, type Locale } from "~/i18n/config";

export interface SideBySideRow {
  id: number;
  number: number;
  body: string;
  version: string | null;
  revision: number;
  translatedBy: string | null;
  outdated: boolean;
  changes: DiffPart[] | null;
}

/** What the action answered for one paragraph's form: its messages, what was typed, and why it was refused. */
export interface RowAnswer {
  errors?: Record<string, string>;
  values?: Record<string, string>;
  conflict?: { body: string; revision: number; translatedBy: string | null };
  originalChanged?: { parts: DiffPart[]; basedOn: number };
  refusal?: string;
}

export function SideBySide({
  version,
  original,
  language,
  rows,
  translates,
  answer,
}: {
  version: number;
  original: string;
  language: string;
  rows: SideBySideRow[];
  translates: boolean;
  answer?: RowAnswer;
}) {
  const { t } = useTranslation("statements");
  const answered = answer?.values?.paragraph;
  return (
    <table className="side-by-side">
      <caption className="sr-only">{t("languages.caption", { language: LANGUAGE_NAMES[language as Locale] })}</caption>
      <thead>
        <tr>
          <th scope="col">{t("languages.original", { language: LANGUAGE_NAMES[original as Locale] })}</th>
          <th scope="col">{t("languages.version", { language: LANGUAGE_NAMES[language as Locale] })}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <Row
            key={`${row.id}-${row.revision}`}
            row={row}
            version={version}
            original={original}
            language={language}
            translates={translates}
            answer={answered === String(row.id) ? answer : undefined}
          />
        ))}
      </tbody>
    </table>
  );
}

function Row({
  row,
  version,
  original,
  language,
  translates,
  answer,
}: {
  row: SideBySideRow;
  /** The text's version the page shows: a save names it, and is told if the paragraph changed since. */
  version: number;
  original: string;
  language: string;
  translates: boolean;
  answer?: RowAnswer;
}) {
  // Each column carries its text's language; the portal's own words in it, the reader's. (The page's
  // language from i18next rather than useLocale: one more shared module would split one more chunk.)
  const { t, i18n } = useTranslation("statements");
  const locale = i18n.language;
  const label = t("languages.paragraph", { number: row.number });
  // After a refusal, the form goes on from where the other save or the new original left it.
  const revision = answer?.conflict?.revision ?? row.revision;
  const basedOn = answer?.originalChanged?.basedOn ?? version;
  return (
    <tr id={`p${row.id}`}>
      <td lang={original} data-label={t("languages.original", { language: LANGUAGE_NAMES[original as Locale] })}>
        <span className="paragraph-number" lang={locale}>
          {label}
        </span>
        <p className="side-text">{row.body}</p>
      </td>
      <td lang={language} data-label={t("languages.version", { language: LANGUAGE_NAMES[language as Locale] })}>
        {row.version === null ? (
          <p className="muted" lang={locale}>
            {t("languages.missing")}
          </p>
        ) : (
          <>
            {row.outdated ? (
              <div className="notice notice-warning" lang={locale}>
                <p>
                  <strong>{t("languages.outdated")}</strong> {t("languages.outdatedExplain")}
                </p>
                {row.changes ? <WordDiff parts={row.changes} lang={original} /> : null}
              </div>
            ) : null}
            {/* A translator reads it in the field below; the others here. */}
            {translates ? null : <p className="side-text">{row.version}</p>}
            {row.translatedBy ? (
              <p className="muted hint" lang={locale}>
                {t("languages.by", { person: row.translatedBy })}
              </p>
            ) : null}
          </>
        )}
        {answer?.conflict ? (
          <div className="notice notice-warning" role="alert" lang={locale}>
            <p>
              <strong>{t("languages.conflict", { person: answer.conflict.translatedBy ?? "—" })}</strong>
            </p>
            <p lang={language} className="side-text">
              {answer.conflict.body}
            </p>
            <p>{t("languages.conflictNext")}</p>
          </div>
        ) : null}
        {answer?.originalChanged ? (
          <div className="notice notice-warning" role="alert" lang={locale}>
            <p>
              <strong>{t("languages.originalChanged")}</strong>
            </p>
            <WordDiff parts={answer.originalChanged.parts} lang={original} />
          </div>
        ) : null}
        {answer?.refusal ? (
          <p className="notice notice-warning" role="alert" lang={locale}>
            {t(`refusals.${answer.refusal as "wrong_stage"}`)}
          </p>
        ) : null}
        {translates ? (
          <Form method="post" className="side-form" preventScrollReset lang={locale}>
            <input type="hidden" name="intent" value="translate" />
            <input type="hidden" name="paragraph" value={row.id} />
            <input type="hidden" name="language" value={language} />
            <input type="hidden" name="revision" value={revision} />
            <input type="hidden" name="basedOn" value={basedOn} />
            <TextAreaField
              name="body"
              id={`body-${row.id}`}
              label={t("languages.field", { number: row.number, language: LANGUAGE_NAMES[language as Locale] })}
              rows={5}
              lang={language}
              defaultValue={answer?.values?.body ?? row.version ?? ""}
              error={answer?.errors?.body}
              required
            />
            <button type="submit">
              {row.version === null ? t("languages.save") : t("languages.update")}
              <span className="sr-only"> — {label}</span>
            </button>
          </Form>
        ) : null}
      </td>
    </tr>
  );
}
