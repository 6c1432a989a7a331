// Emails speak the recipient's language: a translator for the `emails` namespace and the shared frame.
import type { TFunction } from "i18next";
import type { EmailFrame } from "../../emails/layout";
import type { Locale } from "~/i18n/config";
import { i18nFor } from "~/i18n/i18next.server";
import { getConfig } from "./config.server";

export type EmailT = TFunction<"emails">;

export async function emailTranslator(locale: Locale): Promise<EmailT> {
  return (await i18nFor(locale)).getFixedT(locale, "emails");
}

/**
 * The frame of an email: `title` is its subject, `preview` the line an inbox shows after it. Its footer
 * links to asking the secretariat; a visitor (someone outside the network) is pointed to the public page.
 */
export function emailFrame(
  t: EmailT,
  locale: Locale,
  { title, preview, visitor = false }: { title: string; preview: string; visitor?: boolean },
  links?: EmailFrame["links"],
): EmailFrame {
  const contact = {
    label: t(visitor ? "frame.contactVisitor" : "frame.contact"),
    url: new URL(visitor ? "/about/join" : "/ask", getConfig().APP_URL).toString(),
  };
  const footer = t(visitor ? "frame.footerVisitor" : "frame.footer");
  return { locale, title, preview, networkName: t("frame.network"), footer, contact, links };
}
