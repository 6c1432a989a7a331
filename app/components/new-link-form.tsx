import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "./page-title";

/** "Send me a new link", pre-filled with the address the old link was for. */
export function NewLinkForm({ email }: { email?: string | null }) {
  const { t } = useTranslation("auth");
  return (
    <Form method="post" action="/login" className="stack">
      <div className="field">
        <label htmlFor="new-link-email">{t("login.email")}</label>
        <input id="new-link-email" name="email" type="email" autoComplete="email" defaultValue={email ?? ""} required />
      </div>
      <p>
        <button type="submit">{t("expired.again")}</button>
      </p>
    </Form>
  );
}

/** The kind answer to a used, expired or altered sign-in link: say so, offer a new one. */
export function ExpiredLink({ email }: { email?: string | null }) {
  const { t } = useTranslation("auth");
  return (
    <div className="narrow">
      <PageTitle>{t("expired.title")}</PageTitle>
      <p>{t("expired.body")}</p>
      <NewLinkForm email={email} />
    </div>
  );
}
