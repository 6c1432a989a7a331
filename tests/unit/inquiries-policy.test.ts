// Who may ask the secretariat, read an inquiry and act on it, case by case: the rules the pages and
// commands share.
import { describe, expect, it } from "vitest";
import type { Viewer } from "~/auth/viewer";
import { can, type InquiryAction, type InquiryFacts } from "~/inquiries/policy";

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
/** Another focal point of the same member: an alternate. */
const koreaAlternate: Viewer = { ...korea, id: 4, name: "Park Ji-woo", isAlternate: true };
const japan: Viewer = {
  ...korea,
  id: 3,
  name: "Haruka Nakamura",
  memberId: 11,
  memberSlug: "japan",
  memberName: "Japan",
};
const viewers = { secretariat, korea, koreaAlternate, japan, nobody: null };
type Who = keyof typeof viewers;

const received: InquiryFacts = { memberId: 10, status: "received" };
const inProgress: InquiryFacts = { memberId: 10, status: "in_progress" };
const answered: InquiryFacts = { memberId: 10, status: "answered" };
/** A visitor's question about joining: no member. */
const visitors: InquiryFacts = { memberId: null, status: "received" };

describe("asking and the queue", () => {
  const cases: [Who, "ask" | "seeQueue", boolean][] = [
    ["korea", "ask", true],
    ["koreaAlternate", "ask", true],
    ["japan", "ask", true],
    // The secretariat is who is asked.
    ["secretariat", "ask", false],
    ["nobody", "ask", false],
    ["secretariat", "seeQueue", true],
    ["korea", "seeQueue", false],
    ["nobody", "seeQueue", false],
  ];
  it.each(cases)("%s may %s: %s", (who, action, expected) => {
    expect(can(viewers[who], action, null)).toBe(expected);
  });
});

describe("an existing inquiry", () => {
  const cases: [Who, InquiryAction, InquiryFacts, boolean][] = [
    // Read: the asking member's focal points and the secretariat; nobody else learns it exists.
    ["korea", "read", received, true],
    ["koreaAlternate", "read", answered, true],
    ["japan", "read", received, false],
    ["nobody", "read", received, false],
    ["secretariat", "read", received, true],
    ["secretariat", "read", visitors, true],
    ["korea", "read", visitors, false],
    // Status and answer: the secretariat's, until the inquiry is answered.
    ["secretariat", "setStatus", received, true],
    ["secretariat", "setStatus", inProgress, true],
    ["secretariat", "setStatus", answered, false],
    ["korea", "setStatus", received, false],
    ["secretariat", "answer", received, true],
    ["secretariat", "answer", inProgress, true],
    ["secretariat", "answer", visitors, true],
    ["secretariat", "answer", answered, false],
    ["korea", "answer", received, false],
    ["japan", "answer", received, false],
    ["nobody", "answer", received, false],
  ];
  it.each(cases)("%s may %s an inquiry %o: %s", (who, action, inquiry, expected) => {
    expect(can(viewers[who], action, inquiry)).toBe(expected);
  });
});
