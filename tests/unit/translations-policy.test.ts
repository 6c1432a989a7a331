// Who may read and translate translatable content: the policy as a table of cases.
import { describe, expect, it } from "vitest";
import type { Asking } from "~/manual/policy";
import { can, type TranslationAction, type TranslationFacts } from "~/translations/policy";

const GHANA = 7;
const KOREA = 12;
const viewers: Record<string, Asking> = {
  secretariat: { role: "secretariat", memberId: null },
  ghana: { role: "focal_point", memberId: GHANA },
  korea: { role: "focal_point", memberId: KOREA },
};

const things: Record<string, TranslationFacts> = {
  chapter: { kind: "manual_chapter" },
  section: { kind: "manual_section" },
  benchmark: { kind: "benchmark" },
  activity: { kind: "activity" },
  event: { kind: "event" },
  "Ghana's published practice": { kind: "best_practice", memberId: GHANA, status: "published" },
  "Ghana's practice under review": { kind: "best_practice", memberId: GHANA, status: "submitted" },
};

describe("the translations policy", () => {
  const cases: [string, TranslationAction, string, boolean][] = [
    ["secretariat", "translate", "chapter", true],
    ["ghana", "translate", "chapter", false],
    ["korea", "read", "chapter", true],
    ["secretariat", "translate", "section", true],
    ["secretariat", "translate", "benchmark", true],
    ["secretariat", "translate", "activity", true],
    ["secretariat", "translate", "event", true],
    ["ghana", "translate", "section", false],
    ["ghana", "translate", "benchmark", false],
    ["korea", "translate", "activity", false],
    ["korea", "translate", "event", false],
    ["korea", "read", "section", true],
    ["korea", "read", "benchmark", true],
    // A best practice is its member's account: its focal points translate it, nobody else.
    ["ghana", "translate", "Ghana's published practice", true],
    ["ghana", "translate", "Ghana's practice under review", true],
    ["korea", "translate", "Ghana's published practice", false],
    ["secretariat", "translate", "Ghana's published practice", false],
    // Reading follows the manual's rule.
    ["korea", "read", "Ghana's published practice", true],
    ["korea", "read", "Ghana's practice under review", false],
    ["secretariat", "read", "Ghana's practice under review", true],
  ];
  it.each(cases)("%s may %s %s: %s", (who, action, thing, allowed) => {
    expect(can(viewers[who]!, action, things[thing]!)).toBe(allowed);
  });
});
