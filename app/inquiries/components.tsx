import { useTranslation } from "react-i18next";
import type { InquiryKind, InquiryStatus } from "../../db/schema";

/** An inquiry's status as a tag: received, in progress, answered. */
export function InquiryStatusTag({ status }: { status: InquiryStatus }) {
  const { t } = useTranslation("inquiries");
  return <span className={`tag tag-inquiry-${status}`}>{t(`status.${status}`)}</span>;
}

export function InquiryKindTag({ kind }: { kind: InquiryKind }) {
  const { t } = useTranslation("inquiries");
  return <span className="tag">{t(`kinds.${kind}`)}</span>;
}

/** A text as its author typed it: paragraphs kept, nothing rendered as markup. */
export function PlainText({ text }: { text: string }) {
  return (
    <div className="plain-text">
      {text
        .split(/\n{2,}/)
        .filter((paragraph) => paragraph.trim() !== "")
        .map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
    </div>
  );
}
