import { useTranslation } from "react-i18next";
import type { ParagraphStatus } from "../../db/schema";
import { paragraphStatusLabels, StatusLabel } from "./components";
import { PhraseMenu } from "./proposal-forms";

export interface ListedParagraph {
  id: number;
  status: ParagraphStatus;
  pending: number;
  html: string;
  /** The language of its words, when not the text's (a version in another language, or the original's fallback). */
  lang?: string;
}

/**
 * The text, numbered, with each paragraph's status and pending amendments in the margin for the
 * drafting group. Labels are translated once for the whole list: a long text would otherwise pay
 * for hundreds of lookups on every view.
 */
export function ParagraphList({
  statementId,
  language,
  paragraphs,
  drafting,
  amendable,
  phrases = false,
}: {
  statementId: number;
  language: string;
  paragraphs: ListedParagraph[];
  drafting: boolean;
  amendable: boolean;
  /** Whether selecting words offers to suggest a change to them or comment on them (the original text only). */
  phrases?: boolean;
}) {
  const { t } = useTranslation("statements");
  const statusLabels = paragraphStatusLabels((key) => t(key));
  const pendingLabels = new Map<number, string>();
  const pendingLabel = (count: number) => {
    if (!pendingLabels.has(count)) pendingLabels.set(count, t("statement.pendingCount", { count }));
    return pendingLabels.get(count);
  };
  const linkText = amendable ? t("statement.amendOrDiscuss") : t("statement.openParagraph");
  const paragraphWord = t("statement.paragraphPrefix");
  const list = (
    <ol className="paragraphs">
      {paragraphs.map((paragraph, index) => (
        <li key={paragraph.id} className={`paragraph paragraph-${paragraph.status}`} id={`p${paragraph.id}`}>
          <div className="paragraph-margin">
            <span className="paragraph-number" aria-hidden="true">
              {index + 1}
            </span>
            {drafting ? <StatusLabel status={paragraph.status} label={statusLabels[paragraph.status]} /> : null}
            {drafting && paragraph.pending > 0 ? (
              <span className="pending-count">{pendingLabel(paragraph.pending)}</span>
            ) : null}
          </div>
          <div className="paragraph-body">
            <div
              className="markdown"
              lang={paragraph.lang ?? language}
              data-paragraph={phrases ? paragraph.id : undefined}
              dangerouslySetInnerHTML={{ __html: paragraph.html }}
            />
            {drafting ? (
              // A plain link (a full page load): sixty router links cost more to render than they save.
              <a
                href={`/statements/${statementId}/paragraphs/${paragraph.id}`}
                className="paragraph-link"
                aria-label={`${linkText}, ${paragraphWord} ${index + 1}`}
              >
                {linkText}
              </a>
            ) : null}
          </div>
        </li>
      ))}
    </ol>
  );
  return phrases ? (
    <>
      {list}
      <PhraseMenu statementId={statementId} suggest={t("phrases.menuSuggest")} comment={t("phrases.menuComment")} />
    </>
  ) : (
    list
  );
}
