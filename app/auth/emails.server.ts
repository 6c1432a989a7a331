import { createElement } from "react";
import SignInEmail from "../../emails/sign-in";
import { renderEmail } from "../../emails/render";
import { getDb } from "~/lib/db.server";
import { emailFrame, emailTranslator } from "~/lib/email-i18n.server";
import { sendEmail } from "~/lib/mailer.server";
import { isLocale, type Locale } from "~/i18n/config";

/** The magic-link email for a person (or an address the portal does not know by name). */
export async function composeSignInEmail(to: { email: string; name: string | null; locale: Locale }, url: string) {
  const t = await emailTranslator(to.locale);
  const { html, text } = await renderEmail(
    createElement(SignInEmail, {
      frame: emailFrame(t, to.locale, { title: t("signIn.subject"), preview: t("signIn.preview") }),
      greeting: t("signIn.greeting", { name: to.name ?? to.email }),
      body: t("signIn.body"),
      button: t("signIn.button"),
      fallback: t("signIn.fallback"),
      ignore: t("signIn.ignore"),
      url,
    }),
  );
  return { to: to.email, subject: t("signIn.subject"), html, text };
}

/** The magic-link email, in the recipient's preferred language. */
export async function sendSignInEmail(email: string, url: string): Promise<void> {
  const person = await getDb()
    .selectFrom("people")
    .innerJoin("User", "User.id", "people.user_id")
    .select(["people.name", "people.locale"])
    .where("User.email", "=", email)
    .executeTakeFirst();
  const locale = isLocale(person?.locale) ? person.locale : "en";
  const message = await composeSignInEmail({ email, name: person?.name ?? null, locale }, url);
  await sendEmail({ ...message, purpose: "sign_in", secret: new URL(url).searchParams.get("token") ?? undefined });
}
