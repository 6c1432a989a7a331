// Who may read, attach and delete library files: the owner's own rule decides, as a table of cases.
import { describe, expect, it } from "vitest";
import { can, type LibraryOwner } from "~/library/policy";

const GHANA = 7;
const KOREA = 12;
const viewers = {
  secretariat: { id: 1, role: "secretariat", memberId: null },
  ghana: { id: 70, role: "focal_point", memberId: GHANA },
  korea: { id: 120, role: "focal_point", memberId: KOREA },
} as const;
type Who = keyof typeof viewers;

const owners: Record<string, LibraryOwner> = {
  section: { kind: "manual_section" },
  meeting: { kind: "annual_meeting" },
  publishedPractice: { kind: "best_practice", memberId: GHANA, status: "published" },
  draftPractice: { kind: "best_practice", memberId: GHANA, status: "submitted" },
  approvedActivity: { kind: "activity", state: { status: "planned", archived: false, memberId: GHANA } },
  proposedActivity: { kind: "activity", state: { status: "proposed", archived: false, memberId: GHANA } },
  report: { kind: "benchmark_report", memberId: GHANA },
  group: { kind: "situation_group", group: { memberIds: [GHANA] } },
};
type Owner = keyof typeof owners;

const readCases: [Who, Owner, boolean][] = [
  ["korea", "section", true],
  ["korea", "meeting", true],
  ["korea", "publishedPractice", true],
  // A file on a draft is as confidential as the draft.
  ["korea", "draftPractice", false],
  ["ghana", "draftPractice", true],
  ["secretariat", "draftPractice", true],
  ["korea", "approvedActivity", true],
  // A benchmark report's history is its member's and the secretariat's.
  ["korea", "report", false],
  ["ghana", "report", true],
  ["secretariat", "report", true],
  // A situation group's file is as confidential as the group.
  ["korea", "group", false],
  ["ghana", "group", true],
  ["secretariat", "group", true],
];

const attachCases: [Who, Owner, boolean][] = [
  ["secretariat", "section", true],
  ["ghana", "section", false],
  ["secretariat", "meeting", true],
  ["ghana", "meeting", false],
  ["ghana", "publishedPractice", true],
  ["korea", "publishedPractice", false],
  ["korea", "draftPractice", false],
  ["secretariat", "approvedActivity", true],
  // The proposing member revises its proposal (and attaches to it), not an approved activity.
  ["ghana", "approvedActivity", false],
  ["ghana", "proposedActivity", true],
  ["korea", "proposedActivity", false],
  ["ghana", "report", true],
  ["korea", "report", false],
  ["ghana", "group", true],
  ["korea", "group", false],
  ["secretariat", "group", true],
];

describe("library policy", () => {
  it.each(readCases)("%s reads a file on %s: %s", (who, owner, expected) => {
    expect(can(viewers[who], "read", { owner: owners[owner]!, uploadedBy: null })).toBe(expected);
  });

  it.each(attachCases)("%s attaches a file to %s: %s", (who, owner, expected) => {
    expect(can(viewers[who], "attach", owners[owner]!)).toBe(expected);
  });

  const deleteCases: [Who, Owner, number | null, boolean][] = [
    ["ghana", "group", viewers.ghana.id, true],
    ["ghana", "group", viewers.korea.id, false],
    ["secretariat", "group", viewers.ghana.id, true],
    ["ghana", "section", null, false],
    // An uploader who may no longer read the owner (their member left the group) cannot delete it.
    ["korea", "group", viewers.korea.id, false],
  ];
  it.each(deleteCases)("%s deletes a file on %s uploaded by %s: %s", (who, owner, uploadedBy, expected) => {
    expect(can(viewers[who], "delete", { owner: owners[owner]!, uploadedBy })).toBe(expected);
  });
});
