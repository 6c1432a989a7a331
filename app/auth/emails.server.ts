import { createElement } from "react";
import SignInEmail from "../../emails/sign-in";
import { renderEmail } from "../../emails/render";
import { getDb } from "~/lib/db.server";
import { emailFrame, emailTranslator } from "~/lib/email-i18n.server";
import { sendEmail } from "~/lib/mailer.server";
import { isLocale } from "~/i18n/config";

/** The magic-link email, in the recipient's preferred language. */
export async function sendSignInEmail(email: string, url: string): Promise<void> {
  const person = await getDb()
    .selectFrom("people")
    .innerJoin("User", "User.id", "people.user_id")
    .select(["people.name", "people.locale"])
    .where("User.email", "=", email)
    .executeTakeFirst();
  const locale = isLocale(person?.locale) ? person.locale : "en";
  const t = await emailTranslator(locale);
  const { html, text } = await renderEmail(
    createElement(SignInEmail, {
      frame: emailFrame(t, locale, t("signIn.preview")),
      greeting: t("signIn.greeting", { name: person?.name ?? email }),
      body: t("signIn.body"),
      button: t("signIn.button"),
      fallback: t("signIn.fallback"),
      ignore: t("signIn.ignore"),
      url,
    }),
  );
  await sendEmail({ to: email, subject: t("signIn.subject"), html, text, purpose: "sign_in" });
}
