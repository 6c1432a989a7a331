// The confirmation screen as a dialog over the page, loaded when a confirmed form is about to be sent.
import { useFetcher } from "@remix-run/react";
import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Buttons, StepUpFields, WhatHappens } from "./confirmation-page";
import { ACTS, type Act } from "./policy";

interface StepUpAnswer {
  fresh: boolean;
  outcome?: "sent" | "limited";
}

/** The dialog, inside the act's form: its Confirm button submits that form with the confirmation. */
export default function ConfirmDialog({ act, onClose }: { act: Act; onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const stepUp = useFetcher<StepUpAnswer>();
  const needsStepUp = ACTS[act].stepUp;
  useEffect(() => {
    dialog.current?.showModal();
    // Asks whether the session is fresh; if not, the server emails a code.
    if (needsStepUp) stepUp.submit({}, { method: "post", action: "/step-up" });
    // Once, when the dialog opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const answer = stepUp.data;
  return (
    <dialog ref={dialog} className="confirmation-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{t(`confirmation.acts.${act}.title`)}</h2>
      <WhatHappens act={act} />
      {needsStepUp && !answer ? <p role="status">{t("confirmation.stepUp.checking")}</p> : null}
      {answer && !answer.fresh && answer.outcome ? <StepUpFields state={answer.outcome} /> : null}
      <Buttons
        act={act}
        disabled={needsStepUp && (!answer || answer.outcome === "limited")}
        cancel={
          <button type="button" className="button-secondary" onClick={() => dialog.current?.close()}>
            {t("confirmation.cancel")}
          </button>
        }
      />
    </dialog>
  );
}
