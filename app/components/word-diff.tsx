import { useTranslation } from "react-i18next";
import type { DiffPart } from "~/lib/word-diff";

/**
 * Added words underlined in green, removed ones struck through in red. Screen readers ignore both the
 * styling and an aria-label on <ins>/<del>, so each change also says in hidden words where it starts and ends.
 */
export function WordDiff({ parts, lang }: { parts: DiffPart[]; lang?: string }) {
  const { t } = useTranslation();
  return (
    <p className="diff" lang={lang}>
      {parts.map((part, index) => {
        if (!part.change) return <span key={index}>{part.value}</span>;
        const Change = part.change === "added" ? "ins" : "del";
        return (
          <Change key={index}>
            <span className="sr-only">{t(`diff.${part.change}Start`)} </span>
            {part.value}
            <span className="sr-only"> {t(`diff.${part.change}End`)}</span>
          </Change>
        );
      })}
    </p>
  );
}
