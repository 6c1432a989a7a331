// Who may read a person's data ("Download my data"): only that person, whatever their role.
import { describe, expect, it } from "vitest";
import { viewer } from "../helpers/viewers";
import { can, type DataSubject, type PersonalDataAction } from "~/personal-data/policy";
import { dataFileName, shown } from "~/personal-data/presenter";

const GHANA = 7;

const roles = {
  secretariat: viewer(1, "secretariat", null),
  "focal point": viewer(2, "focal_point", GHANA),
  "colleague of the same member": viewer(3, "focal_point", GHANA),
  alternate: viewer(4, "focal_point", GHANA, true),
};
type Role = keyof typeof roles;
const everyone = Object.keys(roles) as Role[];

type Case = [action: PersonalDataAction, subject: DataSubject, description: string, allowed: Role[]];
const cases: Case[] = [
  ["see", { personId: 1 }, "see the secretariat member's data", ["secretariat"]],
  ["see", { personId: 2 }, "see the focal point's data", ["focal point"]],
  ["download", { personId: 2 }, "download the focal point's data", ["focal point"]],
  ["see", { personId: 4 }, "see the alternate's data", ["alternate"]],
  ["download", { personId: 3 }, "download the colleague's data", ["colleague of the same member"]],
  ["download", { personId: 99 }, "download someone else's data", []],
];

describe("the personal data policy", () => {
  for (const [action, subject, description, allowed] of cases) {
    for (const role of everyone) {
      const expected = allowed.includes(role);
      it(`${expected ? "lets" : "does not let"} the ${role} ${description}`, () => {
        expect(can(roles[role], action, subject)).toBe(expected);
      });
    }
  }
});

describe("the personal data file and page", () => {
  it("names the file by the date", () => {
    expect(dataFileName("2026-12-04")).toBe("r2p-my-data-2026-12-04.json");
  });

  it.each([
    ["2026-12-04T16:21:16.123+00:00", "moment"],
    ["2026-12-04", "date"],
    [true, "yes"],
    [false, "no"],
    [null, "none"],
    ["", "none"],
    ["Accepted text", "text"],
    [42, "text"],
  ] as const)("shows %s as %s", (value, kind) => {
    expect(shown(value).kind).toBe(kind);
  });
});
