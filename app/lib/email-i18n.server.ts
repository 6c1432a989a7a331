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
 * Who an email is for: someone in the network (its footer links to asking the secretariat in the
 * portal), a visitor who wrote from the public site (linked to the public page), or someone who can
 * no longer sign in (no link: nothing in the portal would open for them).
 */
export type EmailAudience = "member" | "visitor" | "former";

/** The frame of an email: `title` is its subject, `preview` the line an inbox shows after it. */
export function emailFrame(
  t: EmailT,
  locale: Locale,
  { title, preview, audience = "member" }: { title: string; preview: string; audience?: EmailAudience },
  links?: EmailFrame["links"],
): EmailFrame {
  const visitor = audience === "visitor";
  const contact =
    audience === "former"
      ? undefined
      : {
          label: t(visitor ? "frame.contactVisitor" : "frame.contact"),
          url: new URL(visitor ? "/about/join" : "/ask", getConfig().APP_URL).toString(),
        };
  const footer = t(visitor ? "frame.footerVisitor" : "frame.footer");
  return { locale, title, preview, networkName: t("frame.network"), footer, contact, links };
}
