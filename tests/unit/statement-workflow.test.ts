// The statement workflow as a pure state machine, and the word diffs between versions.
import { describe, expect, it } from "vitest";
import type { StatementStage } from "../../db/schema";
import { versionDiff, wordDiff } from "~/statements/diff";
import {
  STAGES,
  WORKFLOW_ACTIONS,
  allowedActions,
  decide,
  effectiveStage,
  type WorkflowAction,
} from "~/statements/workflow";

const now = new Date("2026-11-24T10:00:00Z");
const later = new Date("2026-11-27T17:00:00Z");
const earlier = new Date("2026-11-20T17:00:00Z");

// The one stage where each action may be taken, and who may take it there.
const LEGAL: Record<WorkflowAction, { stages: StatementStage[]; who: string[] }> = {
  propose: { stages: ["drafting"], who: ["penholder", "drafter"] },
  comment: { stages: ["drafting"], who: ["penholder", "drafter"] },
  decide: { stages: ["drafting"], who: ["penholder"] },
  edit: { stages: ["drafting"], who: ["penholder"] },
  set_status: { stages: ["drafting"], who: ["penholder"] },
  manage_group: { stages: ["drafting", "silence", "adopted", "signature"], who: ["penholder", "secretariat"] },
  start_silence: { stages: ["drafting"], who: ["penholder"] },
  break_silence: { stages: ["silence"], who: ["penholder", "drafter"] },
  adopt: { stages: ["silence"], who: [] },
  open_signature: { stages: ["adopted"], who: ["penholder"] },
  invite: { stages: ["signature"], who: ["penholder"] },
  remind: { stages: ["signature"], who: ["penholder", "secretariat"] },
  sign: { stages: ["signature"], who: ["penholder", "drafter", "invitee"] },
  publish: { stages: ["signature"], who: ["penholder"] },
};
const ROLES = ["secretariat", "penholder", "drafter", "invitee", "reader", null] as const;

describe("the workflow", () => {
  it("allows each action only at its stage and to those entitled, and refuses everything else", () => {
    for (const stage of STAGES) {
      for (const action of WORKFLOW_ACTIONS) {
        if (action === "adopt") continue;
        for (const role of ROLES) {
          const decision = decide(stage, action, {
            role,
            now,
            deadline: later,
            requestedDeadline: later,
            bracketed: 0,
            invited: true,
          });
          const legal = LEGAL[action].stages.includes(stage) && LEGAL[action].who.includes(role ?? "");
          expect(decision.allowed, `${action} by ${role} while ${stage}`).toBe(legal);
          if (!legal)
            expect(decision).toMatchObject({
              allowed: false,
              refusal: LEGAL[action].who.includes(role ?? "") ? "wrong_stage" : "not_permitted",
            });
        }
      }
    }
  });

  it("leads from drafting through silence, adoption and signature to publication", () => {
    const context = { role: "penholder" as const, now, deadline: later, requestedDeadline: later, bracketed: 0 };
    expect(decide("drafting", "start_silence", context)).toEqual({ allowed: true, next: "silence" });
    expect(decide("silence", "break_silence", context)).toEqual({ allowed: true, next: "drafting" });
    expect(decide("silence", "adopt", { ...context, deadline: earlier })).toEqual({ allowed: true, next: "adopted" });
    expect(decide("adopted", "open_signature", context)).toEqual({ allowed: true, next: "signature" });
    expect(decide("signature", "publish", context)).toEqual({ allowed: true, next: "published" });
  });

  it("adopts only once the deadline has passed, and lets nobody break silence after it", () => {
    expect(decide("silence", "adopt", { role: null, now, deadline: later })).toEqual({
      allowed: false,
      refusal: "deadline_not_reached",
    });
    expect(decide("silence", "adopt", { role: "penholder", now, deadline: earlier }).allowed).toBe(true);
    expect(decide("drafting", "adopt", { role: null, now, deadline: earlier })).toEqual({
      allowed: false,
      refusal: "wrong_stage",
    });
    expect(decide("silence", "break_silence", { role: "drafter", now, deadline: earlier })).toEqual({
      allowed: false,
      refusal: "deadline_passed",
    });
    expect(effectiveStage("silence", earlier, now)).toBe("adopted");
    expect(effectiveStage("silence", later, now)).toBe("silence");
    expect(effectiveStage("drafting", earlier, now)).toBe("drafting");
  });

  it("needs a future deadline and no bracketed paragraph to start silence, and an invitation to sign", () => {
    const base = { role: "penholder" as const, now };
    expect(decide("drafting", "start_silence", { ...base, requestedDeadline: earlier, bracketed: 0 })).toEqual({
      allowed: false,
      refusal: "deadline_in_past",
    });
    // A silence lasts at least 24 hours: 23 h 59 is refused, 24 h is enough.
    const in24h = new Date(now.getTime() + 24 * 3_600_000);
    expect(
      decide("drafting", "start_silence", { ...base, requestedDeadline: new Date(in24h.getTime() - 60_000) }),
    ).toEqual({ allowed: false, refusal: "silence_too_short" });
    expect(decide("drafting", "start_silence", { ...base, requestedDeadline: in24h, bracketed: 0 })).toEqual({
      allowed: true,
      next: "silence",
    });
    expect(decide("drafting", "start_silence", { ...base, requestedDeadline: later, bracketed: 2 })).toEqual({
      allowed: false,
      refusal: "bracketed_paragraphs",
    });
    expect(decide("signature", "sign", { role: "drafter", now, invited: false })).toEqual({
      allowed: false,
      refusal: "not_invited",
    });
  });

  it("offers a page only the actions open to the person now", () => {
    expect([...allowedActions("drafting", { role: "drafter", now })].sort()).toEqual(["comment", "propose"]);
    expect([...allowedActions("silence", { role: "drafter", now, deadline: later })]).toEqual(["break_silence"]);
    expect([...allowedActions("published", { role: "penholder", now })]).toEqual([]);
  });
});

describe("word diffs", () => {
  it("marks added and removed words", () => {
    expect(wordDiff("act in time", "act in a timely manner")).toEqual([
      { value: "act in " },
      { value: "time", change: "removed" },
      { value: "a timely manner", change: "added" },
    ]);
  });

  it("aligns versions by paragraph: changed, added and deleted paragraphs where they stood", () => {
    const from = [
      { id: 1, body: "First." },
      { id: 2, body: "Second, to delete." },
      { id: 3, body: "Third." },
    ];
    const to = [
      { id: 1, body: "First." },
      { id: 3, body: "Third, amended." },
      { id: 4, body: "Fourth, inserted." },
    ];
    expect(versionDiff(from, to).map((p) => [p.id, p.change])).toEqual([
      [1, "same"],
      [2, "removed"],
      [3, "changed"],
      [4, "added"],
    ]);
  });
});
