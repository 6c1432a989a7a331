import "i18next";
import type { resources } from "~/locales";

// Typed keys: t("nav.dashbord") fails the type check.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "common";
    resources: (typeof resources)["en"];
  }
}
