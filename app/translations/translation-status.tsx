import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Locale, TranslatedKind } from "../../db/schema";
import type { TranslationSummary } from "./presenters";
import { changesPath, translatePath } from "./subjects";

/**
 * Under a translatable thing's title: in which language it is shown and why (a translation, or the
 * original where none exists yet), "translation outdated" with a link to what changed in the original,
 * and for those who may, a link to translate it.
 */
export function TranslationStatus({
  kind,
  id,
  summary,
  originalLanguage,
  readerLocale,
  canTranslate,
}: {
  kind: TranslatedKind;
  id: number;
  summary: TranslationSummary;
  originalLanguage: Locale;
  readerLocale: Locale;
  canTranslate: boolean;
}) {
  const { t } = useTranslation();
  const { outdated, translated } = summary;
  const original = t(`content.languages.${originalLanguage}`);
  const reader = t(`content.languages.${readerLocale}`);
  if (readerLocale === originalLanguage && !canTranslate) return null;
  return (
    <div className={outdated ? "notice notice-warning translation-status" : "muted translation-status"}>
      {outdated ? (
        <p>
          <strong>{t("content.outdated")}</strong> {t("content.outdatedExplained", { language: original })}{" "}
          <Link to={changesPath(kind, id, readerLocale)}>{t("content.whatChanged")}</Link>
        </p>
      ) : translated ? (
        <p>{t("content.translatedFrom", { language: original })}</p>
      ) : readerLocale !== originalLanguage ? (
        <p>{t("content.notTranslated", { language: reader, original })}</p>
      ) : null}
      {canTranslate ? (
        <p>
          <Link to={translatePath(kind, id)}>{t("content.translate")}</Link>
        </p>
      ) : null}
    </div>
  );
}
