import { Form, useLocation } from "@remix-run/react";
import { ConfirmForm } from "~/confirmation/confirm-form";

/** A one-button form for a secretariat action on a person (resend, revoke, deactivate). */
export function PersonAction({
  personId,
  intent,
  label,
  accessibleLabel,
  danger = false,
}: {
  personId: number;
  intent: "resend" | "revoke" | "deactivate";
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
  // Deactivating ends the person's access at once: it asks for confirmation (and a step-up).
  return intent === "deactivate" ? (
    <ConfirmForm act="deactivate_person" action={action}>
      {fields}
    </ConfirmForm>
  ) : (
    <Form method="post" action={action}>
      {fields}
    </Form>
  );
}
