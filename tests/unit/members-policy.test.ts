// Who may do what with members and people: every role against every action.
import { describe, expect, it } from "vitest";
import { viewer } from "../helpers/viewers";
import { can, type MemberAction, type PersonRef, type Seat } from "~/members/policy";

const GHANA = 7;
const KOREA = 9;

const roles = {
  secretariat: viewer(1, "secretariat", null),
  "seat holder": viewer(2, "focal_point", GHANA),
  "second focal point": viewer(3, "focal_point", GHANA),
  alternate: viewer(4, "focal_point", GHANA, true),
  "other member's focal point": viewer(5, "focal_point", KOREA),
};
type Role = keyof typeof roles;

const ghanaSeat: Seat = { memberId: GHANA, holderId: 2 };
/** Held by the other member's focal point. */
const koreaSeat: Seat = { memberId: KOREA, holderId: 5 };
const invited: PersonRef = { id: 20, status: "invited" };
const active: PersonRef = { id: 21, status: "active" };

type Case = [action: MemberAction, thing: unknown, description: string, allowed: Role[]];

const everyone: Role[] = Object.keys(roles) as Role[];
const cases: Case[] = [
  ["invite", null, "invite a person", ["secretariat"]],
  ["addMember", null, "add a member", ["secretariat"]],
  ["editMember", null, "edit a member's names and details", ["secretariat"]],
  ["seeAuditLog", null, "see the audit log", ["secretariat"]],
  ["seeInvitations", { memberId: GHANA }, "see Ghana's pending invitations", ["secretariat"]],
  [
    "seeActsInName",
    { memberId: GHANA },
    "see what was done in Ghana's name",
    ["secretariat", "seat holder", "second focal point", "alternate"],
  ],
  ["resendInvitation", invited, "resend a pending invitation", ["secretariat"]],
  ["resendInvitation", active, "resend an invitation already accepted", []],
  ["revokeInvitation", invited, "revoke a pending invitation", ["secretariat"]],
  ["revokeInvitation", { id: 22, status: "deactivated" }, "revoke an invitation already revoked", []],
  ["deactivate", active, "deactivate an active person", ["secretariat"]],
  ["deactivate", invited, "deactivate someone only invited (revoke instead)", []],
  ["deactivate", { id: 1, status: "active" }, "deactivate the secretariat member themselves", []],
  ["handOver", ghanaSeat, "hand over Ghana's seat", ["secretariat", "seat holder"]],
  ["handOver", { memberId: GHANA, holderId: null }, "hand over Ghana's vacant seat", ["secretariat"]],
  ["handOver", koreaSeat, "hand over Korea's seat", ["secretariat", "other member's focal point"]],
  ["editProfile", { id: 2, status: "active" }, "edit the seat holder's profile", ["seat holder"]],
  ["editProfile", { id: 3, status: "active" }, "edit the second focal point's profile", ["second focal point"]],
  ["downloadContacts", null, "download the network's contact list", everyone],
];

describe("the members policy", () => {
  for (const [action, thing, description, allowed] of cases) {
    for (const role of everyone) {
      const expected = allowed.includes(role);
      it(`${expected ? "lets" : "does not let"} the ${role} ${description}`, () => {
        expect(can(roles[role], action, thing as never)).toBe(expected);
      });
    }
  }
});
