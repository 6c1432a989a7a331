import { Form, useLocation } from "@remix-run/react";
import { ConfirmForm } from "~/confirmation/confirm-form";

/** Acts on a person that ask for confirmation (and a step-up); the others are one plain button. */
const CONFIRMED = { deactivate: "deactivate_person", reset_passkeys: "reset_passkeys" } as const;

/** A one-button form for a secretariat action on a person (resend, revoke, deactivate, reset passkeys). */
export function PersonAction({
  personId,
  intent,
  label,
  accessibleLabel,
  danger = false,
}: {
  personId: number;
  intent: "resend" | "revoke" | keyof typeof CONFIRMED;
  label: string;
  accessibleLabel?: string;
  danger?: boolean;
}) {
  const location = useLocation();
  const fields = (
    <>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="returnTo" value={location.pathname} />
      <button
        type="submit"
        className={danger ? "button-secondary button-danger-quiet" : "button-secondary"}
        aria-label={accessibleLabel}
      >
        {label}
      </button>
    </>
  );
  const action = `/admin/people/${personId}`;
  // Deactivating ends the person's access at once, a reset their passkeys: both ask for confirmation.
  return intent === "deactivate" || intent === "reset_passkeys" ? (
    <ConfirmForm act={CONFIRMED[intent]} action={action}>
      {fields}
    </ConfirmForm>
  ) : (
    <Form method="post" action={action}>
      {fields}
    </Form>
  );
}
