// Who may do what in the manual and with best practices: the policy as a table of cases.
import { describe, expect, it } from "vitest";
import type { BestPracticeStatus } from "../../db/schema";
import { can, type Asking, type BestPracticeFacts } from "~/manual/policy";

const GHANA = 7;
const KOREA = 12;
const secretariat: Asking = { role: "secretariat", memberId: null };
const ghana: Asking = { role: "focal_point", memberId: GHANA };
const korea: Asking = { role: "focal_point", memberId: KOREA };
const viewers = { secretariat, ghana, korea };
type Who = keyof typeof viewers;

/** Ghana's best practice, as it stands (no status: not contributed yet). */
const ghanas = (status?: BestPracticeStatus): BestPracticeFacts => ({ kind: "best_practice", memberId: GHANA, status });

describe("the manual's policy", () => {
  const manual: [Who, "read" | "add" | "edit" | "move", "chapter" | "section", boolean][] = [
    ["korea", "read", "chapter", true],
    ["korea", "read", "section", true],
    ["secretariat", "read", "section", true],
    ["secretariat", "add", "chapter", true],
    ["korea", "add", "chapter", false],
    ["secretariat", "add", "section", true],
    ["ghana", "add", "section", false],
    ["secretariat", "edit", "section", true],
    ["ghana", "edit", "section", false],
    ["secretariat", "move", "section", true],
    ["korea", "move", "section", false],
  ];
  it.each(manual)("%s may %s a %s: %s", (who, action, kind, allowed) => {
    expect(can(viewers[who], action, { kind })).toBe(allowed);
  });

  const practices: [
    Who,
    "read" | "contribute" | "revise" | "return" | "publish",
    BestPracticeStatus | undefined,
    boolean,
  ][] = [
    // Contributing: for one's own member; the secretariat for any member.
    ["ghana", "contribute", undefined, true],
    ["korea", "contribute", undefined, false],
    ["secretariat", "contribute", undefined, true],
    ["ghana", "contribute", "submitted", false], // contributed already: revised, not contributed again
    // Reading: its member and the secretariat until published, then everyone.
    ["ghana", "read", "submitted", true],
    ["ghana", "read", "returned", true],
    ["korea", "read", "submitted", false],
    ["korea", "read", "returned", false],
    ["korea", "read", "published", true],
    ["secretariat", "read", "submitted", true],
    ["secretariat", "read", "returned", true],
    // Revising: its member and the secretariat, until published.
    ["ghana", "revise", "submitted", true],
    ["ghana", "revise", "returned", true],
    ["ghana", "revise", "published", false],
    ["korea", "revise", "returned", false],
    ["secretariat", "revise", "returned", true],
    ["secretariat", "revise", "published", false],
    // Reviewing: the secretariat, on one that waits for review.
    ["secretariat", "publish", "submitted", true],
    ["secretariat", "return", "submitted", true],
    ["secretariat", "publish", "returned", false],
    ["secretariat", "return", "published", false],
    ["ghana", "publish", "submitted", false],
    ["ghana", "return", "submitted", false],
    ["korea", "publish", "submitted", false],
  ];
  it.each(practices)("%s may %s Ghana's best practice (%s): %s", (who, action, status, allowed) => {
    expect(can(viewers[who], action, ghanas(status))).toBe(allowed);
  });
});
