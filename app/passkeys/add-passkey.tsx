// Adding a passkey, in two steps: name it and confirm (a step-up, so a mailbox alone cannot add one),
// then let the browser create it. The browser's part needs JavaScript; without, the page says so.
import type { PublicKeyCredentialCreationOptionsJSON } from "@simplewebauthn/browser";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { TextField } from "~/components/field";
import { ConfirmForm } from "~/confirmation/confirm-form";

// The browser's part, loaded once the person has confirmed (see ./ceremony).
const CreatePasskey = lazy(() => import("./create-passkey"));

export interface Prepared {
  name: string;
  options: PublicKeyCredentialCreationOptionsJSON;
}

export function AddPasskey({
  prepared,
  values,
  error,
}: {
  prepared: Prepared | null;
  values?: Record<string, string>;
  error?: string;
}) {
  const { t } = useTranslation("auth");
  if (prepared) {
    return (
      <Suspense fallback={null}>
        <CreatePasskey prepared={prepared} />
      </Suspense>
    );
  }
  return (
    <ConfirmForm act="add_passkey" className="stack" noValidate>
      <input type="hidden" name="intent" value="prepare" />
      <TextField
        name="name"
        label={t("passkeys.name")}
        hint={t("passkeys.nameHint")}
        maxLength={60}
        required
        defaultValue={values?.name}
        error={error}
      />
      <noscript>
        <p>{t("passkeys.needsScript")}</p>
      </noscript>
      <p>
        <button type="submit">{t("passkeys.add")}</button>
      </p>
    </ConfirmForm>
  );
}
