// Who may read and record the annual meetings, as a table of cases.
import { describe, expect, it } from "vitest";
import { can, type MeetingAction } from "~/annual-meetings/policy";

const cases: ["secretariat" | "focal_point", MeetingAction, boolean][] = [
  ["secretariat", "read", true],
  ["focal_point", "read", true],
  ["secretariat", "record", true],
  ["focal_point", "record", false],
];

describe("annual meetings policy", () => {
  it.each(cases)("%s may %s: %s", (role, action, expected) => {
    expect(can({ role }, action)).toBe(expected);
  });
});
