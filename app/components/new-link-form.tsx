import { Form } from "@remix-run/react";
import { useTranslation } from "react-i18next";

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
