// Who may do what in the program of work: every role against every act, on activities in every state.
import { describe, expect, it } from "vitest";
import type { Viewer } from "~/auth/viewer";
import { can, type ActivityAction, type ActivityState } from "~/program/policy";

const KOREA = 1;
const GHANA = 2;

type Who = Pick<Viewer, "role" | "memberId">;
const VIEWERS: Record<string, Who> = {
  secretariat: { role: "secretariat", memberId: null },
  "Korea's focal point": { role: "focal_point", memberId: KOREA },
  "Ghana's focal point": { role: "focal_point", memberId: GHANA },
};

/** Activities Korea proposed, in each state, and one the secretariat added (no proposing member). */
const STATES: Record<string, ActivityState> = {
  proposed: { status: "proposed", archived: false, memberId: KOREA },
  returned: { status: "returned", archived: false, memberId: KOREA },
  planned: { status: "planned", archived: false, memberId: KOREA },
  done: { status: "done", archived: false, memberId: KOREA },
  "archived proposal": { status: "proposed", archived: true, memberId: KOREA },
  "added by the secretariat, proposed": { status: "proposed", archived: false, memberId: null },
};

// One mark per state above, in order: ✓ allowed, · refused.
const ACTIVITY_TABLE: [string, ActivityAction, string][] = [
  ["secretariat", "edit", "✓✓✓✓·✓"],
  ["secretariat", "approve", "✓····✓"],
  ["secretariat", "return", "✓····✓"],
  ["secretariat", "archive", "✓✓✓✓·✓"],
  ["secretariat", "revise", "······"],
  ["Korea's focal point", "edit", "······"],
  ["Korea's focal point", "approve", "······"],
  ["Korea's focal point", "return", "······"],
  ["Korea's focal point", "archive", "······"],
  ["Korea's focal point", "revise", "✓✓····"],
  ["Ghana's focal point", "edit", "······"],
  ["Ghana's focal point", "approve", "······"],
  ["Ghana's focal point", "return", "······"],
  ["Ghana's focal point", "archive", "······"],
  ["Ghana's focal point", "revise", "······"],
];

const activityCases = ACTIVITY_TABLE.flatMap(([viewer, action, marks]) =>
  Object.keys(STATES).map((state, index) => ({ viewer, action, state, allowed: [...marks][index] === "✓" })),
);

describe("acts on an activity", () => {
  it.each(activityCases)("$viewer may $action an activity $state: $allowed", ({ viewer, action, state, allowed }) => {
    expect(can(VIEWERS[viewer]!, action, STATES[state]!)).toBe(allowed);
  });
});

describe("acts on the program as a whole", () => {
  it.each([
    ["secretariat", "propose", false],
    ["secretariat", "create", true],
    ["secretariat", "set_benchmark", true],
    ["secretariat", "export", true],
    ["secretariat", "seeAnnualReport", true],
    ["Korea's focal point", "propose", true],
    ["Korea's focal point", "create", false],
    ["Korea's focal point", "set_benchmark", false],
    ["Korea's focal point", "export", false],
    ["Korea's focal point", "seeAnnualReport", true],
    ["Ghana's focal point", "seeAnnualReport", true],
  ] as const)("%s may %s: %s", (viewer, action, allowed) => {
    expect(can(VIEWERS[viewer]!, action, null)).toBe(allowed);
  });
});

describe("reports on a benchmark", () => {
  it.each([
    ["secretariat", KOREA, true],
    ["secretariat", GHANA, true],
    ["Korea's focal point", KOREA, true],
    ["Korea's focal point", GHANA, false],
    ["Ghana's focal point", KOREA, false],
  ] as const)("%s may report for member %i: %s", (viewer, memberId, allowed) => {
    expect(can(VIEWERS[viewer]!, "report", { memberId })).toBe(allowed);
  });
});
