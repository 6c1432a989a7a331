import { RemixI18Next } from "remix-i18next/server";
import { DEFAULT_LOCALE, LOCALES, i18nOptions } from "./config";
import { resources } from "~/locales";

export const i18nServer = new RemixI18Next({
  detection: { supportedLanguages: [...LOCALES], fallbackLanguage: DEFAULT_LOCALE },
  i18next: { ...i18nOptions, resources },
});
