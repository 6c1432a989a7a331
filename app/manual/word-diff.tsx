import { useTranslation } from "react-i18next";
import type { DiffPart } from "./manual.server";

/** Word-level changes: removed words struck through, added words underlined, each announced as such. */
export function WordDiff({ parts }: { parts: DiffPart[] }) {
  const { t } = useTranslation("manual");
  return (
    <div className="word-diff">
      {parts.map((part, index) =>
        part.change === "added" ? (
          <ins key={index} aria-label={t("history.added", { text: part.text })}>
            {part.text}
          </ins>
        ) : part.change === "removed" ? (
          <del key={index} aria-label={t("history.removed", { text: part.text })}>
            {part.text}
          </del>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </div>
  );
}
