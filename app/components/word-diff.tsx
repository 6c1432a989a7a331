import { useTranslation } from "react-i18next";
import type { DiffPart } from "~/lib/word-diff";

/** Added words underlined in green, removed ones struck through in red; screen readers hear which is which. */
export function WordDiff({ parts, lang }: { parts: DiffPart[]; lang?: string }) {
  const { t } = useTranslation();
  return (
    <p className="diff" lang={lang}>
      {parts.map((part, index) =>
        part.change === "added" ? (
          <ins key={index} aria-label={t("diff.added", { text: part.value })}>
            {part.value}
          </ins>
        ) : part.change === "removed" ? (
          <del key={index} aria-label={t("diff.removed", { text: part.value })}>
            {part.value}
          </del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </p>
  );
}
