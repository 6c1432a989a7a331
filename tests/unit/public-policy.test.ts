// What the public site shows to anyone, case by case: published statements only, public events while
// they stand, and the form to ask about joining for those not signed in.
import { describe, expect, it } from "vitest";
import type { StatementStage } from "../../db/schema";
import { can, type PublicEventFacts } from "~/public/policy";

const focalPoint = { role: "focal_point" as const };
const secretariat = { role: "secretariat" as const };

describe("statements on the public site", () => {
  const cases: [StatementStage, boolean][] = [
    ["drafting", false],
    ["silence", false],
    ["adopted", false],
    ["signature", false],
    ["published", true],
  ];
  it.each(cases)("a statement at stage %s is public: %s, for anyone", (stage, expected) => {
    for (const viewer of [null, focalPoint, secretariat])
      expect(can(viewer, "readStatement", { stage })).toBe(expected);
  });
});

describe("events on the public site", () => {
  const cases: [PublicEventFacts, boolean][] = [
    [{ public: true, status: "scheduled" }, true],
    [{ public: true, status: "cancelled" }, false],
    [{ public: false, status: "scheduled" }, false],
    [{ public: false, status: "cancelled" }, false],
  ];
  it.each(cases)("an event %o is public: %s", (event, expected) => {
    expect(can(null, "readEvent", event)).toBe(expected);
  });
});

describe("asking to join", () => {
  it("is offered to visitors; someone signed in asks from inside the portal", () => {
    expect(can(null, "askToJoin", null)).toBe(true);
    expect(can(focalPoint, "askToJoin", null)).toBe(false);
    expect(can(secretariat, "askToJoin", null)).toBe(false);
  });
});
