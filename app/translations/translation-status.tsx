import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { Locale } from "../../db/schema";
import type { TranslationSummary } from "./presenters";

/**
 * Under a translatable thing's title: in which language it is shown and why (a translation, or the
 * original where none exists yet), "translation outdated" with a link to what changed in the original,
 * and for those who may, a link to translate it.
 */
export function TranslationStatus({
  summary,
  originalLanguage,
  readerLocale,
  changesHref,
  translateHref,
}: {
  summary: TranslationSummary;
  originalLanguage: Locale;
  readerLocale: Locale;
  changesHref: string;
  /** Only for those who may translate it. */
  translateHref: string | null;
}) {
  const { t } = useTranslation();
  const { outdated, translated } = summary;
  const original = t(`content.languages.${originalLanguage}`);
  const reader = t(`content.languages.${readerLocale}`);
  if (readerLocale === originalLanguage && !translateHref) return null;
  return (
    <div className={outdated ? "notice notice-warning translation-status" : "muted translation-status"}>
      {outdated ? (
        <p>
          <strong>{t("content.outdated")}</strong> {t("content.outdatedExplained", { language: original })}{" "}
          <Link to={changesHref}>{t("content.whatChanged")}</Link>
        </p>
      ) : translated ? (
        <p>{t("content.translatedFrom", { language: original })}</p>
      ) : readerLocale !== originalLanguage ? (
        <p>{t("content.notTranslated", { language: reader, original })}</p>
      ) : null}
      {translateHref ? (
        <p>
          <Link to={translateHref}>{t("content.translate")}</Link>
        </p>
      ) : null}
    </div>
  );
}
