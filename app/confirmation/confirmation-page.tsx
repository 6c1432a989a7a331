// The confirmation screen as a page of its own, which the server answers an unconfirmed act with (the
// root's error boundary shows it), and the pieces the dialog over the page (./confirm-dialog) shares.
import { Form, Link } from "@remix-run/react";
import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { PageTitle } from "~/components/page-title";
import { TextField } from "~/components/field";
import { CODE_FIELD, CONFIRM_FIELD, type Act } from "./policy";
import type { ConfirmationScreen, StepUpState } from "./screen";

/** What the act will do, in the reader's language. */
export function WhatHappens({ act }: { act: Act }) {
  const { t } = useTranslation();
  return <p>{t(`confirmation.acts.${act}.body`)}</p>;
}

// Only a passkey holder's screen loads it.
const PasskeyStepUp = lazy(() => import("~/passkeys/passkey-step-up"));

/** The step-up with a passkey, or the way to add one first where the network requires it. */
function PasskeyFields({ state, onPasskey }: { state: "passkey" | "register_passkey"; onPasskey?: () => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="step-up">
      <legend>{t("confirmation.stepUp.legend")}</legend>
      {state === "passkey" ? (
        <>
          <p>{t("confirmation.stepUp.passkey")}</p>
          <Suspense fallback={null}>
            <PasskeyStepUp
              onConfirmed={onPasskey}
              labels={{
                button: t("confirmation.stepUp.passkeyButton"),
                done: t("confirmation.stepUp.passkeyDone"),
                refused: t("confirmation.stepUp.passkeyRefused"),
              }}
            />
          </Suspense>
          <noscript>
            <p role="alert">{t("confirmation.stepUp.passkeyNeedsScript")}</p>
          </noscript>
        </>
      ) : (
        <>
          <p role="alert">{t("confirmation.stepUp.registerPasskey")}</p>
          <Link to="/profile/passkeys">{t("confirmation.stepUp.registerPasskeyLink")}</Link>
        </>
      )}
    </fieldset>
  );
}

/** The step-up's part of the screen: where the code stands and the field to type it in, or the passkey. */
export function StepUpFields({ state, onPasskey }: { state: StepUpState; onPasskey?: () => void }) {
  const { t } = useTranslation();
  if (state === "passkey" || state === "register_passkey") return <PasskeyFields state={state} onPasskey={onPasskey} />;
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

export function Buttons({ act, disabled, cancel }: { act: Act; disabled?: boolean; cancel: React.ReactNode }) {
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
