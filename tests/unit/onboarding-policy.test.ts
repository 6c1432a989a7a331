// Pairing's rules case by case: who sees the overview, pairs and ends pairings, sees a pairing; who is
// a newcomer, active, or may mentor; how a pairing's people stand to each other.
import { describe, expect, it } from "vitest";
import type { Viewer } from "~/auth/viewer";
import {
  can,
  isActive,
  isNewcomer,
  mayMentor,
  relation,
  type OnboardingAction,
  type PairingFacts,
  type PersonFacts,
} from "~/onboarding/policy";

const base = { userId: "u", email: "x@example.org", timeZone: "UTC", locale: "en" as const, unread: 0, ip: "::1" };
const secretariat: Viewer = {
  ...base,
  id: 1,
  name: "Claire Hartley",
  role: "secretariat",
  memberId: null,
  memberSlug: null,
  memberName: null,
  isAlternate: false,
};
const korea: Viewer = {
  ...base,
  id: 2,
  name: "Lee Seo-yeon",
  role: "focal_point",
  memberId: 10,
  memberSlug: "republic-of-korea",
  memberName: "Republic of Korea",
  isAlternate: false,
};
const japan: Viewer = {
  ...korea,
  id: 3,
  name: "Haruka Nakamura",
  memberId: 11,
  memberSlug: "japan",
  memberName: "Japan",
};
const viewers = { secretariat, korea, japan };

const koreasPair: PairingFacts = { personIds: [2, 7], ended: false };
const ended: PairingFacts = { personIds: [2, 7], ended: true };

describe("who may do what", () => {
  const cases: [keyof typeof viewers, OnboardingAction, PairingFacts | null, boolean][] = [
    ["secretariat", "seeOverview", null, true],
    ["korea", "seeOverview", null, false],
    ["secretariat", "pair", null, true],
    ["korea", "pair", null, false],
    ["secretariat", "end", koreasPair, true],
    ["secretariat", "end", ended, false],
    ["korea", "end", koreasPair, false],
    ["korea", "see", koreasPair, true],
    ["korea", "see", ended, false],
    ["japan", "see", koreasPair, false],
    ["secretariat", "see", koreasPair, true],
  ];
  it.each(cases)("%s %s %j → %s", (who, action, thing, expected) => {
    expect(can(viewers[who], action, thing as never)).toBe(expected);
  });
});

const at = new Date("2026-12-01T12:00:00Z");
const person = (facts: Partial<PersonFacts>): PersonFacts => ({
  id: 9,
  role: "focal_point",
  status: "active",
  appointedAt: new Date("2022-03-01T00:00:00Z"),
  activatedAt: new Date("2022-03-02T00:00:00Z"),
  ...facts,
});

describe("newcomers, activity and mentors", () => {
  const cases: [string, PersonFacts, { newcomer: boolean; mentor: boolean }][] = [
    ["appointed four years ago", person({}), { newcomer: false, mentor: true }],
    [
      "appointed two months ago",
      person({ appointedAt: new Date("2026-10-01T00:00:00Z"), activatedAt: new Date("2026-10-02T00:00:00Z") }),
      { newcomer: true, mentor: false },
    ],
    [
      "appointed just over twelve months ago",
      person({ appointedAt: new Date("2025-11-30T00:00:00Z") }),
      { newcomer: false, mentor: true },
    ],
    [
      "invited long ago, never signed in",
      person({ status: "invited", activatedAt: null }),
      { newcomer: true, mentor: false },
    ],
    ["deactivated", person({ status: "deactivated" }), { newcomer: false, mentor: false }],
    ["the secretariat", person({ role: "secretariat" }), { newcomer: false, mentor: false }],
  ];
  it.each(cases)("%s", (_, facts, expected) => {
    expect({ newcomer: isNewcomer(facts, at), mentor: mayMentor(facts, at) }).toEqual(expected);
  });

  it("counts someone active who signed in and acted in the last 90 days", () => {
    const signedIn = { activatedAt: new Date("2026-01-01T00:00:00Z") };
    expect(isActive(signedIn, new Date("2026-11-01T00:00:00Z"), at)).toBe(true);
    expect(isActive(signedIn, new Date("2026-09-01T00:00:00Z"), at)).toBe(false);
    expect(isActive(signedIn, null, at)).toBe(false);
    expect(isActive({ activatedAt: null }, new Date("2026-11-01T00:00:00Z"), at)).toBe(false);
  });

  it("says how a pairing's people stand to each other", () => {
    expect(relation("newcomer", "mentor")).toBe("yourMentor");
    expect(relation("mentor", "newcomer")).toBe("youMentor");
    expect(relation("peer", "peer")).toBe("peer");
  });
});
