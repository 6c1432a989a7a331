// What a statement command answers when the workflow or the text's version stands in its way: both
// become a 409 with an explanation (route-helpers.server.ts). Not permitted (403) and not found (404)
// are thrown by ensure/ensureVisible from ~/auth/policy instead.
import type { WorkflowRefusal } from "./policy";
import type { OddHour } from "./silence-hours";

/** The workflow (or the state of an amendment) does not allow this now. */
export class StatementRefused extends Error {
  constructor(readonly refusal: WorkflowRefusal) {
    super(refusal);
  }
}

/** The change was based on a version that is no longer the latest: nothing was written. */
export class StaleVersion extends Error {
  constructor(
    readonly basedOn: number,
    readonly current: number,
  ) {
    super(`based on version ${basedOn}, the latest is ${current}`);
  }
}

/** The silence deadline falls at night or on a weekend for these members: the penholder is asked first. */
export class SilenceAtOddHours extends Error {
  constructor(
    readonly deadline: Date,
    readonly members: OddHour[],
  ) {
    super("silence deadline at odd hours");
  }
}
