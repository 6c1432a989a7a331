// Who may see a joint statement and take each step of its workflow: pure rules, no database. Pages ask
// them what to offer; commands enforce them (403 for what the viewer may not do, 404 for a statement
// they may not know of, 409 for a step the workflow does not allow now).
//
// The read rule has one SQL twin: `statementVisible` in queries.server.ts filters listings, feeds and
// search with the same rule (the secretariat; the penholder's, the drafting group's and the invited
// co-signatories' people; everyone once published). Change them together: an integration test checks
// that the two agree for every seeded statement and person.
import type { StatementStage } from "../../db/schema";
import type { Viewer } from "~/auth/viewer";
import {
  allowedActions,
  decide,
  type Decision,
  type Refusal,
  type StatementRole,
  type WorkflowAction,
} from "./workflow";

/** What the rules need to know of a statement. */
export interface StatementStanding {
  penholderMemberId: number;
  stage: StatementStage;
  silenceDeadline: Date | string | null;
  groupMemberIds: readonly number[];
  invitedMemberIds: readonly number[];
}

export type StatementViewer = Pick<Viewer, "role" | "memberId">;

/**
 * Reading the statement; reading its drafting (amendments, history, earlier versions); translating its
 * paragraphs into the other languages; or a workflow step.
 */
export type StatementAction = "view" | "view_drafting" | "translate" | WorkflowAction;

/** How the viewer stands towards the statement; null: for them it does not exist. */
export function statementRole(viewer: StatementViewer, statement: StatementStanding): StatementRole | null {
  const member = viewer.memberId;
  if (member !== null && member === statement.penholderMemberId) return "penholder";
  if (member !== null && statement.groupMemberIds.includes(member)) return "drafter";
  if (viewer.role === "secretariat") return "secretariat";
  if (member !== null && statement.invitedMemberIds.includes(member)) return "invitee";
  if (statement.stage === "published") return "reader";
  return null;
}

/** The roles that see the drafting itself (amendments, history, earlier versions), not only the text. */
export function seesDrafting(role: StatementRole | null): boolean {
  return role === "penholder" || role === "drafter" || role === "secretariat";
}

/**
 * The group's own members (the secretariat sees the drafting but proposes nothing): they find the
 * Word import among a draft's tools, and fill a paragraph's version in another language.
 */
export function inDraftingGroup(role: StatementRole | null): boolean {
  return role === "penholder" || role === "drafter";
}

function workflowContext(viewer: StatementViewer, statement: StatementStanding, now: Date) {
  return {
    role: statementRole(viewer, statement),
    now,
    deadline: statement.silenceDeadline ? new Date(statement.silenceDeadline) : null,
    invited: viewer.memberId !== null && statement.invitedMemberIds.includes(viewer.memberId),
  };
}

/** The workflow's answer to a step, with why not; `input` is what the step's form asked for. */
export function decideFor(
  viewer: StatementViewer,
  action: WorkflowAction,
  statement: StatementStanding,
  now: Date,
  input: { requestedDeadline?: Date; bracketed?: number } = {},
): Decision {
  return decide(statement.stage, action, { ...workflowContext(viewer, statement, now), ...input });
}

/** Whether the viewer may do this now (before filling in any form the step has). */
export function can(viewer: StatementViewer, action: StatementAction, statement: StatementStanding, now: Date) {
  const role = statementRole(viewer, statement);
  if (action === "view") return role !== null;
  if (action === "view_drafting") return seesDrafting(role);
  // The drafting group (whoever may propose amendments) makes the versions in the other languages, at
  // every stage: a text is often translated once adopted, and published in all three.
  if (action === "translate") return inDraftingGroup(role);
  return offeredActions(viewer, statement, now).has(action);
}

/** The workflow steps to offer the viewer on the page now. */
export function offeredActions(viewer: StatementViewer, statement: StatementStanding, now: Date) {
  return allowedActions(statement.stage, workflowContext(viewer, statement, now));
}

/** A refusal the workflow explains (409); "not permitted" is a 403 and never gets here. */
export type WorkflowRefusal =
  | Exclude<Refusal, "not_permitted">
  | "already_decided"
  | "alternatives_open"
  | "compromise_single"
  | "paragraph_removed"
  | "reminded_recently"
  | "nobody_to_remind";
