// The rows an activity is kept in (the activity, its members, its history), read locked for a change
// and written back: the pieces the program's commands are made of, always inside their transaction.
import type { ActivityCategory, ActivityChange, ActivityChangeKind, ActivityStatus, Locale } from "../../db/schema";
import { found } from "~/auth/policy";
import type { Viewer } from "~/auth/viewer";
import type { DB } from "~/lib/db.server";
import { participantsBesideLeads, type ComparableActivity } from "./activity-changes";
import type { ActivityState } from "./policy";

/** What a focal point writes when proposing an activity or revising a proposal: their member leads it. */
export interface ProposalInput {
  title: string;
  description: string;
  language: Locale;
  category: ActivityCategory;
  startOn: string | null;
  dueOn: string | null;
  participantIds: number[];
}

/** What the secretariat sets when adding or editing an activity. */
export interface ActivityInput extends ProposalInput {
  status: ActivityStatus;
  leadIds: number[];
}

/** The activity, locked for the rest of the transaction, with what the policy needs to know of it. */
export async function lockActivity(trx: DB, id: number) {
  const row = found(
    await trx
      .selectFrom("activities as a")
      .selectAll("a")
      .select((eb) =>
        eb.selectFrom("people as p").select("p.member_id").whereRef("p.id", "=", "a.proposed_by").as("memberId"),
      )
      .where("a.id", "=", id)
      .forNoKeyUpdate()
      .executeTakeFirst(),
  );
  const members = await trx
    .selectFrom("activity_members")
    .select(["member_id as memberId", "role"])
    .where("activity_id", "=", id)
    .execute();
  const state: ActivityState = { status: row.status, archived: row.archived_at !== null, memberId: row.memberId };
  const leadIds = members.filter((m) => m.role === "lead").map((m) => m.memberId);
  const participantIds = members.filter((m) => m.role === "participant").map((m) => m.memberId);
  return { row, state, leadIds, participantIds };
}

type LockedActivity = Awaited<ReturnType<typeof lockActivity>>;

export const comparable = ({ row, leadIds, participantIds }: LockedActivity): ComparableActivity => ({
  title: row.title,
  description: row.description,
  category: row.category,
  status: row.status,
  startOn: row.start_on,
  dueOn: row.due_on,
  leadIds,
  participantIds,
});

export async function setActivityMembers(trx: DB, activityId: number, leadIds: number[], participantIds: number[]) {
  await trx.deleteFrom("activity_members").where("activity_id", "=", activityId).execute();
  const participants = participantsBesideLeads({ leadIds, participantIds });
  const rows = [
    ...leadIds.map((member_id) => ({ activity_id: activityId, member_id, role: "lead" as const })),
    ...participants.map((member_id) => ({ activity_id: activityId, member_id, role: "participant" as const })),
  ];
  if (rows.length) await trx.insertInto("activity_members").values(rows).execute();
}

export async function memberNames(trx: DB, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await trx.selectFrom("members").select(["id", "name"]).where("id", "in", ids).execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function writeHistory(
  trx: DB,
  activityId: number,
  viewer: Viewer,
  kind: ActivityChangeKind,
  changes: ActivityChange[] = [],
) {
  await trx
    .insertInto("activity_changes")
    .values({ activity_id: activityId, person_id: viewer.id, kind, changes })
    .execute();
}

export async function insertActivity(trx: DB, viewer: Viewer, input: ActivityInput): Promise<number> {
  const { id } = await trx
    .insertInto("activities")
    .values({
      title: input.title,
      description: input.description,
      language: input.language,
      category: input.category,
      status: input.status,
      start_on: input.startOn,
      due_on: input.dueOn,
      proposed_by: viewer.id,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await setActivityMembers(trx, id, input.leadIds, input.participantIds);
  return id;
}
