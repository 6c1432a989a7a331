import { createInstance, type i18n } from "i18next";
import { initReactI18next } from "react-i18next";
import { i18nOptions, type Locale } from "./config";
import { resources } from "~/locales";


const instances = new Map<Locale, Promise<i18n>>();

/**
 * One ready i18next instance per language, built once and shared by every request in that
 * language: initialising one per request cost more than rendering most pages.
 */
export function i18nFor(locale: Locale): Promise<i18n> {
  let instance = instances.get(locale);
  if (!instance) {
    const created = createInstance();
    instance = created
      .use(initReactI18next)
      .init({ ...i18nOptions, lng: locale, ns: Object.keys(resources.en), resources })
      .then(() => created);
    instances.set(locale, instance);
  }
  return instance;
}
