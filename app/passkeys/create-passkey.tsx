// The second step of adding a passkey (loaded on demand by ./add-passkey): the browser creates it with
// the options the portal gave, and the page sends the new credential back with its name.
import { useSubmit } from "@remix-run/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Prepared } from "./add-passkey";
import { createPasskey } from "./ceremony";

export default function CreatePasskey({ prepared }: { prepared: Prepared }) {
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
