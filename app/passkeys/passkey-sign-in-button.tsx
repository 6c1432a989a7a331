// The sign-in page's passkey button (loaded on demand by ./passkey-sign-in): the browser's prompt, then
// the portal's answer, then the page the person was going to. Its words come translated (see
// ./passkey-step-up for why).
import { useState } from "react";
import { signInWithPasskey } from "./ceremony";

export interface PasskeySignInLabels {
  heading: string;
  button: string;
  refused: string;
}

export default function PasskeySignInButton({
  redirectTo,
  labels,
}: {
  redirectTo: string;
  labels: PasskeySignInLabels;
}) {
  const [state, setState] = useState<"idle" | "working" | "refused">("idle");
  return (
    <section className="passkey-sign-in" aria-labelledby="passkey-heading">
      <h2 id="passkey-heading">{labels.heading}</h2>
      {state === "refused" ? (
        <p className="notice notice-error" role="alert">
          {labels.refused}
        </p>
      ) : null}
      <button
        type="button"
        className="button-secondary"
        disabled={state === "working"}
        onClick={async () => {
          setState("working");
          const destination = await signInWithPasskey(redirectTo).catch(() => null);
          if (destination) window.location.assign(destination);
          else setState("refused");
        }}
      >
        {labels.button}
      </button>
    </section>
  );
}
