// Who may see a joint statement and take each step, as a table: every role × every action × every
// stage, allowed or not. A cell that changes is a change of rule, to be made here on purpose.
import { describe, expect, it } from "vitest";
import type { StatementStage } from "../../db/schema";
import {
  can,
  decideFor,
  statementRole,
  type StatementAction,
  type StatementStanding,
  type StatementViewer,
} from "~/statements/policy";
import { STAGES, WORKFLOW_ACTIONS } from "~/statements/workflow";

const now = new Date("2026-11-24T10:00:00Z");
const later = new Date("2026-11-27T17:00:00Z");
const earlier = new Date("2026-11-20T17:00:00Z");

// Member 1 holds the pen, member 2 drafts with it, member 3 was asked to co-sign (and so was member 2),
// member 4 has nothing to do with it.
const VIEWERS = {
  secretariat: { role: "secretariat", memberId: null },
  penholder: { role: "focal_point", memberId: 1 },
  drafter: { role: "focal_point", memberId: 2 },
  invitee: { role: "focal_point", memberId: 3 },
  "reader/outsider": { role: "focal_point", memberId: 4 },
} as const satisfies Record<string, StatementViewer>;
type Who = keyof typeof VIEWERS;

function statementAt(stage: StatementStage, deadline: Date | null = later): StatementStanding {
  return {
    penholderMemberId: 1,
    stage,
    silenceDeadline: stage === "silence" ? deadline : null,
    groupMemberIds: [1, 2],
    invitedMemberIds: [2, 3],
  };
}

const ALL = STAGES;
const UNTIL_PUBLISHED: StatementStage[] = ["drafting", "silence", "adopted", "signature"];

// Where each action is allowed, and to whom; every cell not listed is refused.
const ALLOWED: Record<StatementAction, Partial<Record<Who, readonly StatementStage[]>>> = {
  view: { secretariat: ALL, penholder: ALL, drafter: ALL, invitee: ALL, "reader/outsider": ["published"] },
  view_drafting: { secretariat: ALL, penholder: ALL, drafter: ALL },
  translate: { penholder: ALL, drafter: ALL }, // the drafting group, at every stage; not the secretariat
  propose: { penholder: ["drafting"], drafter: ["drafting"] },
  comment: { penholder: ["drafting"], drafter: ["drafting"] },
  decide: { penholder: ["drafting"] },
  edit: { penholder: ["drafting"] },
  set_status: { penholder: ["drafting"] },
  manage_group: { secretariat: UNTIL_PUBLISHED, penholder: UNTIL_PUBLISHED },
  start_silence: { penholder: ["drafting"] },
  break_silence: { penholder: ["silence"], drafter: ["silence"] },
  adopt: {}, // nobody: the deadline does
  open_signature: { penholder: ["adopted"] },
  invite: { penholder: ["signature"] },
  remind: { penholder: ["signature"], secretariat: ["signature"] },
  sign: { drafter: ["signature"], invitee: ["signature"] }, // invited members only: not the penholder here
  publish: { penholder: ["signature"] },
};
const ACTIONS: StatementAction[] = ["view", "view_drafting", "translate", ...WORKFLOW_ACTIONS];

describe("the statements policy", () => {
  it("covers every action", () => {
    expect(Object.keys(ALLOWED).sort()).toEqual([...ACTIONS].sort());
  });

  for (const who of Object.keys(VIEWERS) as Who[]) {
    it(`allows the ${who} exactly the cells of the table`, () => {
      const cells = ACTIONS.flatMap((action) =>
        STAGES.map((stage) => ({
          cell: `${action} while ${stage}`,
          allowed: can(VIEWERS[who], action, statementAt(stage), now),
          expected: (ALLOWED[action][who] ?? []).includes(stage),
        })),
      );
      expect(cells.filter((c) => c.allowed !== c.expected).map((c) => c.cell)).toEqual([]);
    });
  }

  it("reads a silence past its deadline as adopted: nobody breaks it, the penholder opens it for signature", () => {
    const expired = statementAt("silence", earlier);
    for (const who of Object.keys(VIEWERS) as Who[])
      expect(can(VIEWERS[who], "break_silence", expired, now), who).toBe(false);
    expect(can(VIEWERS.penholder, "open_signature", expired, now)).toBe(true);
    expect(can(VIEWERS.secretariat, "manage_group", expired, now)).toBe(true);
    expect(decideFor(VIEWERS.drafter, "break_silence", expired, now)).toEqual({
      allowed: false,
      refusal: "deadline_passed",
    });
  });

  it("tells a step that is not the viewer's (403) from one the workflow does not allow now (409)", () => {
    expect(decideFor(VIEWERS.drafter, "publish", statementAt("signature"), now)).toEqual({
      allowed: false,
      refusal: "not_permitted",
    });
    expect(decideFor(VIEWERS.penholder, "publish", statementAt("drafting"), now)).toEqual({
      allowed: false,
      refusal: "wrong_stage",
    });
    expect(decideFor(VIEWERS.penholder, "sign", statementAt("signature"), now)).toEqual({
      allowed: false,
      refusal: "not_invited",
    });
    expect(
      decideFor(VIEWERS.penholder, "start_silence", statementAt("drafting"), now, {
        requestedDeadline: later,
        bracketed: 1,
      }),
    ).toEqual({ allowed: false, refusal: "bracketed_paragraphs" });
  });

  it("gives a role to the group, the invited, the secretariat; to everyone once published", () => {
    const draft = statementAt("drafting");
    expect(statementRole(VIEWERS.penholder, draft)).toBe("penholder");
    expect(statementRole(VIEWERS.drafter, draft)).toBe("drafter");
    expect(statementRole(VIEWERS.invitee, draft)).toBe("invitee");
    expect(statementRole(VIEWERS.secretariat, draft)).toBe("secretariat");
    expect(statementRole(VIEWERS["reader/outsider"], draft)).toBeNull();
    expect(statementRole(VIEWERS["reader/outsider"], statementAt("published"))).toBe("reader");
  });
});
