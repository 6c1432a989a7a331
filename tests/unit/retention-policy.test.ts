// Retention's rules: who sets the period, when a stepped-down person is warned and when reduced.
import { describe, expect, it } from "vitest";
import { can, reductionDate, retentionStep } from "~/retention/policy";

const at = new Date("2026-12-04T12:00:00Z");
const DAY = 86_400_000;

describe("retention", () => {
  it.each([
    ["secretariat", true],
    ["focal_point", false],
  ] as const)("the period is set by %s: %s", (role, allowed) => {
    expect(can({ role }, "set_period")).toBe(allowed);
  });

  it.each([
    // The 24-month period ends on 3 January 2027, 30 days from now to the hour: warned now.
    ["2025-01-03T12:00:00Z", null, 24, "warn"],
    // Stepped down a day later: nothing yet.
    ["2025-01-04T12:00:00Z", null, 24, null],
    // The period has ended but nobody was warned: warned first.
    ["2023-01-01T00:00:00Z", null, 24, "warn"],
    // Warned 29 days ago, the period long over: the notice month is not up yet.
    ["2023-01-01T00:00:00Z", "2026-11-05T12:00:00Z", 24, null],
    // Warned 30 days ago: reduced.
    ["2023-01-01T00:00:00Z", "2026-11-04T12:00:00Z", 24, "reduce"],
    // The secretariat lengthened the period after the warning: not before its new end.
    ["2024-12-01T00:00:00Z", "2026-10-01T00:00:00Z", 36, null],
  ] as const)("stepped down %s, warned %s, %i months → %s", (down, warned, months, step) => {
    const person = { deactivatedAt: new Date(down), warnedAt: warned ? new Date(warned) : null };
    expect(retentionStep(person, months, at)).toBe(step);
  });

  it("reduces no sooner than a month after the warning", () => {
    const warnedAt = new Date("2026-12-01T00:00:00Z");
    expect(reductionDate({ deactivatedAt: new Date("2020-01-01T00:00:00Z"), warnedAt }, 24)).toEqual(
      new Date(warnedAt.getTime() + 30 * DAY),
    );
    expect(reductionDate({ deactivatedAt: new Date("2026-06-01T00:00:00Z"), warnedAt: null }, 24)).toEqual(
      new Date("2028-06-01T00:00:00Z"),
    );
  });
});
