// What the confirmation screen shows, as the server sends it: the act, where its form posts, the
// fields posted (carried as hidden inputs) and, for an act of state, where the step-up stands.
import { isRouteErrorResponse } from "@remix-run/react";
import type { Act } from "./policy";

/** An emailed code's state, or the person's passkey to use, or one to add first (see passkeys/policy). */
export type StepUpState = "sent" | "limited" | "wrong" | "expired" | "passkey" | "register_passkey";

export interface ConfirmationScreen {
  act: Act;
  action: string;
  cancel: string;
  fields: [string, string][];
  /** Null when no step-up is needed (a plain confirmation). */
  stepUp: StepUpState | null;
}

/** The confirmation screen an act's answer carries (thrown to the error boundary), if it is one. */
export function confirmationIn(error: unknown): ConfirmationScreen | null {
  if (!isRouteErrorResponse(error)) return null;
  const answer: unknown = error.data;
  if (typeof answer !== "object" || answer === null || !("confirmation" in answer)) return null;
  return (answer as { confirmation: ConfirmationScreen }).confirmation;
}
