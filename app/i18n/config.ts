// Shared by the server and the browser: which languages exist and how i18next is set up.
import type { InitOptions } from "i18next";

export const LOCALES = ["en", "fr", "es"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

export const i18nOptions = {
  supportedLngs: [...LOCALES],
  fallbackLng: DEFAULT_LOCALE,
  defaultNS: "common",
  ns: ["common"],
  interpolation: { escapeValue: false }, // React escapes already
  react: { useSuspense: false },
  returnNull: false,
} satisfies InitOptions;

/** Each language is named in itself, so a reader finds their own whatever the page's language. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: "English", fr: "Français", es: "Español" };

export const languageOptions = () => LOCALES.map((locale) => ({ value: locale, label: LANGUAGE_NAMES[locale] }));
