// Pieces the statement pages share: word diffs, stage and paragraph-status labels, refusals.
import { useTranslation } from "react-i18next";
import type { ParagraphStatus, StatementStage } from "../../db/schema";
import { WordDiff } from "~/components/word-diff";
import type { ParagraphDiff } from "./diff";
import type { ActionRefusal } from "./route-helpers.server";

export function StageTag({ stage }: { stage: StatementStage }) {
  const { t } = useTranslation("statements");
  return <span className={`tag stage stage-${stage}`}>{t(`stages.${stage}`)}</span>;
}

export function ParagraphStatusTag({ status }: { status: ParagraphStatus }) {
  const { t } = useTranslation("statements");
  return <StatusLabel status={status} label={t(`paragraphStatuses.${status}`)} />;
}

/** For lists, whose labels are translated once for all rows. */
export function StatusLabel({ status, label }: { status: ParagraphStatus; label: string }) {
  return <span className={`tag paragraph-status status-${status}`}>{label}</span>;
}

/** The paragraphs that differ, numbered as in the later text. */
export function ChangedParagraphs({ changes, lang }: { changes: ParagraphDiff[]; lang?: string }) {
  const { t } = useTranslation("statements");
  return (
    <ul className="diff-list">
      {changes.map((paragraph) => (
        <li key={`${paragraph.id}-${paragraph.change}`} className={`diff-${paragraph.change}`}>
          <span className="diff-label">{t(`diff.paragraph.${paragraph.change}`)}</span>
          <WordDiff parts={paragraph.parts} lang={lang} />
        </li>
      ))}
    </ul>
  );
}

/** Why an action was refused; for a stale version, what changed in the meantime, so nothing is overwritten unseen. */
export function RefusalNotice({ result, lang }: { result?: ActionRefusal; lang?: string }) {
  const { t } = useTranslation("statements");
  if (!result) return null;
  if (result.conflict) {
    return (
      <section className="notice notice-warning" role="alert" aria-labelledby="conflict-heading">
        <h2 id="conflict-heading">{t("conflict.heading")}</h2>
        <p>{t("conflict.body", { basedOn: result.conflict.basedOn, current: result.conflict.current })}</p>
        {result.conflict.changes.length ? (
          <ChangedParagraphs changes={result.conflict.changes} lang={lang} />
        ) : (
          <p>{t("conflict.noTextChange")}</p>
        )}
        <p>{t("conflict.next")}</p>
      </section>
    );
  }
  if (result.refusal) {
    return (
      <p className="notice notice-warning" role="alert">
        {t(`refusals.${result.refusal as "wrong_stage"}`)}
      </p>
    );
  }
  return null;
}

/** A page with several forms, each named by its `intent`: the messages and values of the one refused. */
export interface IntentForm {
  errorsFor(intent: string): Record<string, string> | undefined;
  valueFor(intent: string, field: string): string | undefined;
}

type Fields = Record<string, string>;

export function intentForm(result: { intent?: string; values?: Fields; errors?: Fields } | undefined): IntentForm {
  return {
    errorsFor: (intent) =>
      result?.intent === intent || result?.values?.intent === intent ? result?.errors : undefined,
    valueFor: (intent, field) => (result?.values?.intent === intent ? result.values[field] : undefined),
  };
}
