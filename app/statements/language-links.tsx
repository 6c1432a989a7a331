// The languages a statement reads in: "English | Français | Español", each named in itself, for the
// languages every paragraph has an up-to-date version in (and the original).
import { Link } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { LANGUAGE_NAMES, type Locale } from "~/i18n/config";

export function LanguageLinks({ languages, reading }: { languages: string[]; reading: string }) {
  const { t } = useTranslation("statements");
  if (languages.length < 2) return null;
  return (
    <nav className="language-links" aria-label={t("languages.readIn")}>
      {languages.map((language, index) => (
        <span key={language}>
          {index > 0 ? <span aria-hidden="true"> | </span> : null}
          {language === reading ? (
            <strong lang={language} aria-current="page">
              {LANGUAGE_NAMES[language as Locale]}
            </strong>
          ) : (
            <Link to={`?language=${language}#text`} lang={language} hrefLang={language}>
              {LANGUAGE_NAMES[language as Locale]}
            </Link>
          )}
        </span>
      ))}
    </nav>
  );
}
