// Emails speak the recipient's language: a translator for the `emails` namespace and the shared frame.
import type { TFunction } from "i18next";
import type { EmailFrame } from "../../emails/layout";
import type { Locale } from "~/i18n/config";
import { i18nFor } from "~/i18n/i18next.server";

export type EmailT = TFunction<"emails">;

export async function emailTranslator(locale: Locale): Promise<EmailT> {
  return (await i18nFor(locale)).getFixedT(locale, "emails");
}

/** The frame of an email: `title` is its subject, `preview` the line an inbox shows after it. */
export function emailFrame(
  t: EmailT,
  locale: Locale,
  { title, preview }: { title: string; preview: string },
  links?: EmailFrame["links"],
): EmailFrame {
  return { locale, title, preview, networkName: t("frame.network"), footer: t("frame.footer"), links };
}
