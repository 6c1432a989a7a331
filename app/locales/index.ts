// Every translation, by language and namespace. The server holds them all; the browser fetches
// only the namespaces of the page it shows, in its language (see routes/locales.$lng.$ns.ts).
import enCommon from "./en/common.json";
import esCommon from "./es/common.json";
import frCommon from "./fr/common.json";

export const resources = {
  en: { common: enCommon },
  fr: { common: frCommon },
  es: { common: esCommon },
} as const;

export type Namespace = keyof (typeof resources)["en"];
