// Adding a passkey, in two steps: name it and confirm (a step-up, so a mailbox alone cannot add one),
// then let the browser create it. The browser's part needs JavaScript; without, the page says so.
import type { PublicKeyCredentialCreationOptionsJSON } from "@simplewebauthn/browser";
import { useSubmit } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { TextField } from "~/components/field";
import { ConfirmForm } from "~/confirmation/confirm-form";

export interface Prepared {
  name: string;
  options: PublicKeyCredentialCreationOptionsJSON;
}

function CreatePasskey({ prepared }: { prepared: Prepared }) {
  const { t } = useTranslation("auth");
  const submit = useSubmit();
  const [state, setState] = useState<"idle" | "working" | "refused">("idle");
  return (
    <section className="card" aria-labelledby="create-heading">
      <h2 id="create-heading">{t("passkeys.createHeading", { name: prepared.name })}</h2>
      <p>{t("passkeys.createIntro")}</p>
      {state === "refused" ? (
        <p className="notice notice-error" role="alert">
          {t("passkeys.createRefused")}
        </p>
      ) : null}
      <button
        type="button"
        disabled={state === "working"}
        onClick={async () => {
          setState("working");
          const { createPasskey } = await import("./ceremony");
          const response = await createPasskey(prepared.options);
          if (!response) return setState("refused");
          submit({ intent: "add", name: prepared.name, response }, { method: "post" });
        }}
      >
        {t("passkeys.create")}
      </button>
      <noscript>
        <p role="alert">{t("passkeys.needsScript")}</p>
      </noscript>
    </section>
  );
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
  if (prepared) return <CreatePasskey prepared={prepared} />;
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
