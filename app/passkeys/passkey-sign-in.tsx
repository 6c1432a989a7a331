// "Use a passkey" beside the emailed link. A passkey needs JavaScript and a browser that has WebAuthn:
// the button shows only where both are, after the page has come to life.
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

type State = "hidden" | "idle" | "working" | "refused";

export function PasskeySignIn({ redirectTo }: { redirectTo: string }) {
  const { t } = useTranslation("auth");
  const [state, setState] = useState<State>("hidden");
  useEffect(() => {
    if (typeof window.PublicKeyCredential === "function") setState("idle");
  }, []);
  if (state === "hidden") return null;
  return (
    <section className="passkey-sign-in" aria-labelledby="passkey-heading">
      <h2 id="passkey-heading">{t("login.passkeyHeading")}</h2>
      {state === "refused" ? (
        <p className="notice notice-error" role="alert">
          {t("login.passkeyRefused")}
        </p>
      ) : null}
      <button
        type="button"
        className="button-secondary"
        disabled={state === "working"}
        onClick={async () => {
          setState("working");
          const { signInWithPasskey } = await import("./ceremony");
          const destination = await signInWithPasskey(redirectTo).catch(() => null);
          if (destination) window.location.assign(destination);
          else setState("refused");
        }}
      >
        {t("login.passkey")}
      </button>
    </section>
  );
}
