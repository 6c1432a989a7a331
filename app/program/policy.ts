// Who may do what in the program of work. Pure rules: routes ask them what to offer, commands
// enforce them. Focal points propose activities for their own member and revise their proposals
// until the secretariat decides; the secretariat adds, edits, reviews and archives activities,
// sets benchmarks and exports the figures; a member's progress is reported by its own people or
// by the secretariat. Everyone signed in reads the program, and the report to the annual meeting drawn from it.
import type { ActivityStatus } from "../../db/schema";
import { actsFor, isSecretariat, type Viewer } from "~/auth/viewer";

type Who = Pick<Viewer, "role" | "memberId">;

/** What the rules need to know of an activity. */
export interface ActivityState {
  status: ActivityStatus;
  archived: boolean;
  /** The member that proposed it (its proposer's member); null for one the secretariat added. */
  memberId: number | null;
}

/** An activity as read (getActivity), as the rules see it. */
export const activityState = (activity: {
  status: ActivityStatus;
  archived_at: Date | string | null;
  memberId: number | null;
}): ActivityState => ({
  status: activity.status,
  archived: activity.archived_at !== null,
  memberId: activity.memberId,
});

/** Each act, and what it is done to (null: nothing in particular, the program as a whole). */
interface Subjects {
  /** A focal point suggests an activity led by their member; it waits for the secretariat's review. */
  propose: null;
  /** The secretariat adds an activity with any status and lead members. */
  create: null;
  edit: ActivityState;
  approve: ActivityState;
  /** Send a proposal back to its member with a note saying what to change. */
  return: ActivityState;
  archive: ActivityState;
  /** The proposing member changes its proposal while it waits for review or after it came back. */
  revise: ActivityState;
  set_benchmark: null;
  /** Report progress on a benchmark for a member. */
  report: { memberId: number };
  export: null;
  /** Read the report to the annual meeting: the program's figures over a period, as every member reads them. */
  seeAnnualReport: null;
}
export type ProgramAction = keyof Subjects;
/** The acts done to one activity. */
export type ActivityAction = { [A in ProgramAction]: Subjects[A] extends ActivityState ? A : never }[ProgramAction];

const inReview = (activity: ActivityState) => !activity.archived && activity.status === "proposed";

const RULES: { [A in ProgramAction]: (viewer: Who, thing: Subjects[A]) => boolean } = {
  propose: (viewer) => viewer.role === "focal_point",
  create: (viewer) => isSecretariat(viewer),
  edit: (viewer, activity) => isSecretariat(viewer) && !activity.archived,
  approve: (viewer, activity) => isSecretariat(viewer) && inReview(activity),
  return: (viewer, activity) => isSecretariat(viewer) && inReview(activity),
  archive: (viewer, activity) => isSecretariat(viewer) && !activity.archived,
  revise: (viewer, activity) =>
    viewer.role === "focal_point" &&
    !activity.archived &&
    (activity.status === "proposed" || activity.status === "returned") &&
    activity.memberId === viewer.memberId,
  set_benchmark: (viewer) => isSecretariat(viewer),
  report: (viewer, { memberId }) => actsFor(viewer, memberId),
  export: (viewer) => isSecretariat(viewer),
  // It holds nothing the program of work and its benchmarks do not show every signed-in person.
  seeAnnualReport: (viewer) => isSecretariat(viewer) || viewer.role === "focal_point",
};

export function can<A extends ProgramAction>(viewer: Who, action: A, thing: Subjects[A]): boolean {
  return RULES[action](viewer, thing);
}
