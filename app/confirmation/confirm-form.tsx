// The confirmation screen, one component in two forms: a dialog over the page when JavaScript runs
// (`ConfirmForm`), and a page of its own when it does not (`ConfirmationPage`, from the server's answer).
import { Form, Link, useFetcher, type FormProps } from "@remix-run/react";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { TextField } from "~/components/field";
import { PageTitle } from "~/components/page-title";
import { ACTS, CODE_FIELD, CONFIRM_FIELD, type Act } from "./policy";
import type { ConfirmationScreen, StepUpState } from "./screen";

/** What the act will do, in the reader's language. */
function WhatHappens({ act }: { act: Act }) {
  const { t } = useTranslation();
  return <p>{t(`confirmation.acts.${act}.body`)}</p>;
}

/** The step-up's part of the screen: where the code stands, and the field to type it in. */
function StepUpFields({ state }: { state: StepUpState }) {
  const { t } = useTranslation();
  return (
    <fieldset className="step-up">
      <legend>{t("confirmation.stepUp.legend")}</legend>
      <p role={state === "limited" || state === "expired" ? "alert" : undefined}>{t(`confirmation.stepUp.${state}`)}</p>
      {state === "limited" ? null : (
        <TextField
          name={CODE_FIELD}
          id="step-up-code"
          label={t("confirmation.stepUp.code")}
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]{6}"
          maxLength={6}
          error={state === "wrong" ? "validation.stepUpCode" : undefined}
          required
        />
      )}
    </fieldset>
  );
}

function Buttons({ act, disabled, cancel }: { act: Act; disabled?: boolean; cancel: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="confirmation-buttons">
      <button type="submit" name={CONFIRM_FIELD} value={act} disabled={disabled}>
        {t("confirmation.confirm")}
      </button>
      {cancel}
    </div>
  );
}

/** The page the server answers an unconfirmed act with: the same form again, now with its confirmation. */
export function ConfirmationPage({ screen }: { screen: ConfirmationScreen }) {
  const { t } = useTranslation();
  return (
    <section className="confirmation-page" aria-labelledby="page-title">
      <PageTitle>{t(`confirmation.acts.${screen.act}.title`)}</PageTitle>
      <WhatHappens act={screen.act} />
      <Form method="post" action={screen.action}>
        {screen.fields.map(([name, value], index) => (
          <input key={`${name}-${index}`} type="hidden" name={name} value={value} />
        ))}
        {screen.stepUp ? <StepUpFields state={screen.stepUp} /> : null}
        <Buttons
          act={screen.act}
          cancel={
            <Link to={screen.cancel} className="button button-secondary">
              {t("confirmation.cancel")}
            </Link>
          }
        />
      </Form>
    </section>
  );
}

interface StepUpAnswer {
  fresh: boolean;
  outcome?: "sent" | "limited";
}

/** The dialog, inside the act's form: its Confirm button submits that form with the confirmation. */
function ConfirmDialog({ act, onClose }: { act: Act; onClose: () => void }) {
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

/**
 * A form whose act asks for confirmation: with JavaScript its submit opens the dialog, whose Confirm
 * sends the form; without, the server answers the plain submit with the confirmation page. Its fields
 * (the intent too) are inputs: Confirm is the submitter then, so a submit button's own value is not sent.
 */
export function ConfirmForm({ act, children, ...form }: FormProps & { act: Act }) {
  const [open, setOpen] = useState(false);
  return (
    <Form
      method="post"
      {...form}
      onSubmit={(event) => {
        const submitter = (event.nativeEvent as SubmitEvent).submitter;
        if (submitter?.getAttribute("name") === CONFIRM_FIELD) return;
        // A form left to the server's validation (noValidate) with a field missing goes as it is: the
        // server gives it back with its messages, before any confirmation.
        if (!event.currentTarget.checkValidity()) return;
        event.preventDefault();
        setOpen(true);
      }}
    >
      {children}
      {open ? <ConfirmDialog act={act} onClose={() => setOpen(false)} /> : null}
    </Form>
  );
}
