import { Form, useLocation } from "@remix-run/react";

/** A one-button form for a secretariat action on a person (resend, revoke, deactivate). */
export function PersonAction({
  personId,
  intent,
  label,
  accessibleLabel,
  danger = false,
  confirmation,
}: {
  personId: number;
  intent: "resend" | "revoke" | "deactivate";
  label: string;
  accessibleLabel?: string;
  danger?: boolean;
  /** Asked before a destructive action, when JavaScript is there to ask it. */
  confirmation?: string;
}) {
  const location = useLocation();
  return (
    <Form
      method="post"
      action={`/admin/people/${personId}`}
      onSubmit={(event) => {
        if (confirmation && !window.confirm(confirmation)) event.preventDefault();
      }}
    >
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="returnTo" value={location.pathname} />
      <button
        type="submit"
        className={danger ? "button-secondary button-danger-quiet" : "button-secondary"}
        aria-label={accessibleLabel}
      >
        {label}
      </button>
    </Form>
  );
}
