// The confirmation screen as a dialog over the page, loaded when a confirmed form is about to be sent.
import { useFetcher } from "@remix-run/react";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Buttons, StepUpFields, WhatHappens } from "./confirmation-page";
import { ACTS, type Act } from "./policy";

interface StepUpAnswer {
  fresh: boolean;
  outcome?: "sent" | "limited";
  method?: "passkey" | "register_passkey";
}

/** The dialog, inside the act's form: its Confirm button submits that form with the confirmation. */
export default function ConfirmDialog({ act, onClose }: { act: Act; onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const stepUp = useFetcher<StepUpAnswer>();
  const needsStepUp = ACTS[act].stepUp;
  const [passkeyUsed, setPasskeyUsed] = useState(false);
  useEffect(() => {
    dialog.current?.showModal();
    // Asks whether the session is fresh; if not, how the person confirms (an emailed code is sent now).
    if (needsStepUp) stepUp.submit({ act }, { method: "post", action: "/step-up" });
    // Once, when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const answer = stepUp.data;
  return (
    <dialog ref={dialog} className="confirmation-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{t(`confirmation.acts.${act}.title`)}</h2>
      <WhatHappens act={act} />
      {needsStepUp && !answer ? <p role="status">{t("confirmation.stepUp.checking")}</p> : null}
      {answer && !answer.fresh && (answer.method ?? answer.outcome) ? (
        <StepUpFields state={(answer.method ?? answer.outcome)!} onPasskey={() => setPasskeyUsed(true)} />
      ) : null}
      <Buttons
        act={act}
        disabled={
          needsStepUp && (!answer || answer.outcome === "limited" || (answer.method !== undefined && !passkeyUsed))
        }
        cancel={
          <button type="button" className="button-secondary" onClick={() => dialog.current?.close()}>
            {t("confirmation.cancel")}
          </button>
        }
      />
    </dialog>
  );
}
