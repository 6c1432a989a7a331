import { useTranslation } from "react-i18next";
import { useEffect, useState } from "react";
import { PARAGRAPH_STATUSES, type ParagraphStatus } from "../../db/schema";
import { StatusLabel } from "./components";

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

/** Something for every paragraph status: its label, its count. */
function byStatus<T>(value: (status: ParagraphStatus) => T) {
  const result = {} as Record<ParagraphStatus, T>;
  for (const status of PARAGRAPH_STATUSES) result[status] = value(status);
  return result;
}

/** Every paragraph status's label, translated once for a list or a document. */
export function paragraphStatusLabels(label: (key: `paragraphStatuses.${ParagraphStatus}`) => string) {
  return byStatus((status) => label(`paragraphStatuses.${status}`));
}

/** How many paragraphs stand at each status. */
export function statusCounts(paragraphs: { status: ParagraphStatus }[]) {
  const counts = byStatus(() => 0);
  for (const paragraph of paragraphs) counts[paragraph.status] += 1;
  return counts;
}

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
