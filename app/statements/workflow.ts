// The statement's workflow as a pure state machine: which role may do what, at which stage, and where
// it leads. policy.ts applies it to a viewer and a statement; commands enforce it, pages offer what it allows.
import type { StatementStage } from "../../db/schema";
import { SILENCE_MINIMUM_HOURS } from "./silence-hours";

const HOUR = 3_600_000;

export const STAGES: readonly StatementStage[] = ["drafting", "silence", "adopted", "signature", "published"];

/** How a person stands towards one statement. `null`: the statement does not exist for them. */
export type StatementRole = "secretariat" | "penholder" | "drafter" | "invitee" | "reader";

export type WorkflowAction =
  | "propose"
  | "comment"
  | "decide"
  | "edit"
  | "set_status"
  | "manage_group"
  | "start_silence"
  | "break_silence"
  | "adopt"
  | "open_signature"
  | "invite"
  | "remind"
  | "sign"
  | "publish";

export const WORKFLOW_ACTIONS: readonly WorkflowAction[] = [
  "propose",
  "comment",
  "decide",
  "edit",
  "set_status",
  "manage_group",
  "start_silence",
  "break_silence",
  "adopt",
  "open_signature",
  "invite",
  "remind",
  "sign",
  "publish",
];

export type Refusal =
  | "not_permitted"
  | "wrong_stage"
  | "deadline_passed"
  | "deadline_not_reached"
  | "deadline_in_past"
  | "silence_too_short"
  | "bracketed_paragraphs"
  | "not_invited";

export interface WorkflowContext {
  role: StatementRole | null;
  now: Date;
  /** The silence procedure's deadline, when one is running (or was). */
  deadline?: Date | null;
  /** For start_silence: the deadline asked for. */
  requestedDeadline?: Date | null;
  bracketed?: number;
  /** For sign: whether the person's member was invited to co-sign. */
  invited?: boolean;
}

export type Decision = { allowed: true; next: StatementStage } | { allowed: false; refusal: Refusal };

const DRAFTING_GROUP: readonly StatementRole[] = ["penholder", "drafter"];

/** Which stage each action belongs to, and who may take it. */
const RULES: Record<
  WorkflowAction,
  { from: readonly StatementStage[]; to?: StatementStage; who: readonly StatementRole[] }
> = {
  propose: { from: ["drafting"], who: DRAFTING_GROUP },
  comment: { from: ["drafting"], who: DRAFTING_GROUP },
  decide: { from: ["drafting"], who: ["penholder"] },
  edit: { from: ["drafting"], who: ["penholder"] },
  set_status: { from: ["drafting"], who: ["penholder"] },
  manage_group: { from: ["drafting", "silence", "adopted", "signature"], who: ["penholder", "secretariat"] },
  start_silence: { from: ["drafting"], to: "silence", who: ["penholder"] },
  break_silence: { from: ["silence"], to: "drafting", who: DRAFTING_GROUP },
  // Nobody adopts a text by hand: silence kept until the deadline adopts it (adoptSilence, a job at the deadline).
  adopt: { from: ["silence"], to: "adopted", who: [] },
  open_signature: { from: ["adopted"], to: "signature", who: ["penholder"] },
  invite: { from: ["signature"], who: ["penholder"] },
  // A reminder to the invited members who have not signed yet.
  remind: { from: ["signature"], who: ["penholder", "secretariat"] },
  sign: { from: ["signature"], who: ["drafter", "invitee", "penholder"] },
  publish: { from: ["signature"], to: "published", who: ["penholder"] },
};

/**
 * A silence procedure whose deadline has passed unbroken has adopted the text, whether or not anyone has
 * looked yet.
 */
export function effectiveStage(stage: StatementStage, deadline: Date | string | null, now: Date): StatementStage {
  return stage === "silence" && deadline && new Date(deadline) <= now ? "adopted" : stage;
}

export function decide(stage: StatementStage, action: WorkflowAction, context: WorkflowContext): Decision {
  const rule = RULES[action];
  if (action === "adopt") {
    if (stage !== "silence") return { allowed: false, refusal: "wrong_stage" };
    if (!context.deadline || context.deadline > context.now) return { allowed: false, refusal: "deadline_not_reached" };
    return { allowed: true, next: "adopted" };
  }
  if (!context.role || !rule.who.includes(context.role)) return { allowed: false, refusal: "not_permitted" };
  if (action === "break_silence" && stage === "silence" && (!context.deadline || context.deadline <= context.now))
    return { allowed: false, refusal: "deadline_passed" };
  // A silence past its deadline has adopted the text even before the job at the deadline has recorded it.
  if (!rule.from.includes(effectiveStage(stage, context.deadline ?? null, context.now)))
    return { allowed: false, refusal: "wrong_stage" };
  if (action === "start_silence") {
    if (!context.requestedDeadline || context.requestedDeadline <= context.now)
      return { allowed: false, refusal: "deadline_in_past" };
    if (context.requestedDeadline.getTime() < context.now.getTime() + SILENCE_MINIMUM_HOURS * HOUR)
      return { allowed: false, refusal: "silence_too_short" };
    if ((context.bracketed ?? 0) > 0) return { allowed: false, refusal: "bracketed_paragraphs" };
  }
  if (action === "sign" && !context.invited) return { allowed: false, refusal: "not_invited" };
  return { allowed: true, next: rule.to ?? stage };
}

/** The actions a person could take now, to offer only those on the page. */
export function allowedActions(stage: StatementStage, context: WorkflowContext): Set<WorkflowAction> {
  return new Set(
    WORKFLOW_ACTIONS.filter((action) => action !== "adopt" && decideIgnoringInput(stage, action, context)),
  );
}

// Whether an action is open at all, before the person has filled in its form (deadline, statuses).
function decideIgnoringInput(stage: StatementStage, action: WorkflowAction, context: WorkflowContext): boolean {
  const decision = decide(stage, action, {
    ...context,
    requestedDeadline: new Date(context.now.getTime() + SILENCE_MINIMUM_HOURS * HOUR),
    bracketed: 0,
  });
  return decision.allowed;
}
