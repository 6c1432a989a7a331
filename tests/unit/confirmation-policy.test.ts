// Which acts ask for a fresh step-up, case by case: the rule the dialog, the screen and `confirmAct` share.
import { describe, expect, it } from "vitest";
import { ACTS, needsStepUp, type Act } from "~/confirmation/policy";

const moment = new Date("2026-12-03T12:00:00Z");
const minutesAgo = (minutes: number) => new Date(moment.getTime() - minutes * 60_000);

describe("the step-up rule", () => {
  const cases: [Act, Date | null, boolean][] = [
    ["sign_statement", null, true],
    ["sign_statement", minutesAgo(9), false],
    ["sign_statement", minutesAgo(10), false],
    ["sign_statement", minutesAgo(10.5), true],
    ["withdraw_signature", minutesAgo(30), true],
    ["break_silence", null, true],
    ["publish_statement", minutesAgo(1), false],
    ["hand_over_seat", null, true],
    ["invite_person", null, true],
    ["deactivate_person", minutesAgo(11), true],
    // Irreversible but not in a member's name: confirmed, never stepped up.
    ["accept_amendment", null, false],
    ["reject_amendment", null, false],
    ["remove_drafting_member", null, false],
    ["cancel_event", null, false],
    ["remove_group_member", null, false],
  ];
  it.each(cases)("%s, last step-up %s: needs one = %s", (act, steppedUpAt, expected) => {
    expect(needsStepUp(act, steppedUpAt, moment)).toBe(expected);
  });

  it("asks it for exactly the acts of state the issue names, and for changing one's passkeys", () => {
    const ofState = Object.entries(ACTS)
      .filter(([, act]) => act.stepUp)
      .map(([name]) => name)
      .sort();
    expect(ofState).toEqual(
      [
        "sign_statement",
        "withdraw_signature",
        "break_silence",
        "publish_statement",
        "hand_over_seat",
        "invite_person",
        "deactivate_person",
        // A passkey confirms all of the above: adding, removing or resetting one weighs as much.
        "add_passkey",
        "remove_passkey",
        "reset_passkeys",
      ].sort(),
    );
  });
});
