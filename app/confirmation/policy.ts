// Which acts ask for confirmation, and which of them also for a fresh step-up of the person.
// Pure rules: routes and the dialog ask them, `confirmAct` enforces them.

/** Irreversible or network-wide acts; `stepUp` marks the acts of state (done in a member's name). */
export const ACTS = {
  publish_statement: { stepUp: true },
  sign_statement: { stepUp: true },
  withdraw_signature: { stepUp: true },
  break_silence: { stepUp: true },
  hand_over_seat: { stepUp: true },
  invite_person: { stepUp: true },
  deactivate_person: { stepUp: true },
  // Who holds a passkey can do all of the above: adding, removing or resetting one is as weighty.
  add_passkey: { stepUp: true },
  remove_passkey: { stepUp: true },
  reset_passkeys: { stepUp: true },
  accept_amendment: { stepUp: false },
  reject_amendment: { stepUp: false },
  merge_amendments: { stepUp: false },
  remove_drafting_member: { stepUp: false },
  remove_group_member: { stepUp: false },
  cancel_event: { stepUp: false },
} as const;

export type Act = keyof typeof ACTS;

/** The form field that says the act was confirmed (its value names the act), and the step-up code's. */
export const CONFIRM_FIELD = "_confirm";
export const CODE_FIELD = "_stepUpCode";

/** How long a step-up stays fresh, and how long an emailed code works. */
export const STEP_UP_MINUTES = 10;

/** Whether the act needs a step-up the session does not have (none, or older than ten minutes). */
export function needsStepUp(act: Act, steppedUpAt: Date | null, moment: Date): boolean {
  if (!ACTS[act].stepUp) return false;
  return steppedUpAt === null || moment.getTime() - steppedUpAt.getTime() > STEP_UP_MINUTES * 60_000;
}
