// The step-up by passkey inside the confirmation screen (dialog or page): one button, then the
// browser's own prompt. Loaded when the screen asks for a passkey.
import { useState } from "react";
import { useTranslation } from "react-i18next";

type State = "idle" | "working" | "done" | "refused";

export default function PasskeyStepUp({ onConfirmed }: { onConfirmed?: () => void }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>("idle");
  if (state === "done") return <p role="status">{t("confirmation.stepUp.passkeyDone")}</p>;
  return (
    <>
      {state === "refused" ? <p role="alert">{t("confirmation.stepUp.passkeyRefused")}</p> : null}
      <button
        type="button"
        className="button-secondary"
        disabled={state === "working"}
        onClick={async () => {
          setState("working");
          const { confirmWithPasskey } = await import("./ceremony");
          const confirmed = await confirmWithPasskey().catch(() => false);
          setState(confirmed ? "done" : "refused");
          if (confirmed) onConfirmed?.();
        }}
      >
        {t("confirmation.stepUp.passkeyButton")}
      </button>
    </>
  );
}
