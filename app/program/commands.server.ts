// Everything that changes the program of work: one use case, one function, one transaction, with
// its policy enforced, its history and audit entry written and its notices queued inside it.
import type { Locale, ReportStatus, TargetKind } from "../../db/schema";
import { recordAudit } from "~/audit/audit.server";
import { ensure, forbidden, found } from "~/auth/policy";
import type { Viewer } from "~/auth/viewer";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import { changesBetween } from "./activity-changes";
import {
  comparable,
  insertActivity,
  lockActivity,
  memberNames,
  setActivityMembers,
  writeHistory,
  type ActivityInput,
  type ProposalInput,
} from "./activity-rows.server";
import { tellProposers } from "./notify.server";
import { can, type ActivityAction, type ActivityState } from "./policy";

const activitySubject = (id: number) => ({ kind: "activity", id });

/** A decision made meanwhile (a second click, another reviewer) is a conflict, not a refusal. */
const conflict = () => new Response(null, { status: 409, statusText: "Conflict" });

/**
 * 403 unless the viewer may do this to the activity; 409 when they could have, had nobody decided
 * on it or archived it in the meantime.
 */
function ensureOnActivity(viewer: Viewer, action: ActivityAction, state: ActivityState) {
  if (can(viewer, action, state)) return;
  if (can(viewer, action, { ...state, status: "proposed", archived: false })) throw conflict();
  throw forbidden();
}

/** The member an activity's audit entries are about: the one that proposed it, or else its first lead. */
const memberOf = (state: ActivityState, leadIds: number[]) => state.memberId ?? leadIds[0] ?? null;

/** A focal point proposes an activity led by their own member; it waits for the secretariat's review. */
export async function proposeActivity(db: DB, viewer: Viewer, input: ProposalInput): Promise<number> {
  ensure(viewer.role === "focal_point" && can(viewer, "propose", null));
  return db.transaction().execute(async (trx) => {
    const id = await insertActivity(trx, viewer, { ...input, status: "proposed", leadIds: [viewer.memberId] });
    await writeHistory(trx, id, viewer, "proposed");
    await recordAudit(trx, {
      action: "activity_proposed",
      actor: viewer,
      memberId: viewer.memberId,
      subject: activitySubject(id),
    });
    return id;
  });
}

/** The secretariat adds an activity, with any status and lead members. */
export async function createActivity(db: DB, viewer: Viewer, input: ActivityInput): Promise<number> {
  ensure(can(viewer, "create", null));
  return db.transaction().execute(async (trx) => {
    const id = await insertActivity(trx, viewer, input);
    await writeHistory(trx, id, viewer, "created");
    await recordAudit(trx, {
      action: "activity_created",
      actor: viewer,
      memberId: input.leadIds[0] ?? null,
      subject: activitySubject(id),
    });
    return id;
  });
}

/** The secretariat edits; every field that changed is written to the activity's history. */
export async function updateActivity(db: DB, viewer: Viewer, id: number, input: ActivityInput): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await lockActivity(trx, id);
    ensureOnActivity(viewer, "edit", before.state);
    const names = await memberNames(trx, [
      ...before.leadIds,
      ...before.participantIds,
      ...input.leadIds,
      ...input.participantIds,
    ]);
    const changes = changesBetween(comparable(before), input, names);
    await trx
      .updateTable("activities")
      .set({
        title: input.title,
        description: input.description,
        language: input.language,
        category: input.category,
        status: input.status,
        start_on: input.startOn,
        due_on: input.dueOn,
        updated_at: now(),
      })
      .where("id", "=", id)
      .execute();
    await setActivityMembers(trx, id, input.leadIds, input.participantIds);
    if (changes.length === 0) return;
    await writeHistory(trx, id, viewer, "updated", changes);
    await recordAudit(trx, {
      action: "activity_updated",
      actor: viewer,
      memberId: memberOf(before.state, input.leadIds),
      subject: activitySubject(id),
      details: { fields: changes.map((change) => change.field) },
    });
  });
}

/**
 * The proposing member revises its proposal. One that was returned goes back for review, and the
 * note that returned it, written about the earlier text, is cleared.
 */
export async function reviseActivity(db: DB, viewer: Viewer, id: number, input: ProposalInput): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await lockActivity(trx, id);
    ensureOnActivity(viewer, "revise", before.state);
    const names = await memberNames(trx, [...before.participantIds, ...input.participantIds]);
    // The leads stay the proposing member's; going back for review is in the history entry's name.
    const after = { ...input, status: before.row.status, leadIds: before.leadIds };
    const changes = changesBetween(comparable(before), after, names);
    const resubmitted = before.state.status === "returned";
    if (changes.length === 0 && !resubmitted) return;
    await trx
      .updateTable("activities")
      .set({
        title: input.title,
        description: input.description,
        language: input.language,
        category: input.category,
        status: "proposed",
        start_on: input.startOn,
        due_on: input.dueOn,
        review_note: "",
        reviewed_by: null,
        updated_at: now(),
      })
      .where("id", "=", id)
      .execute();
    await setActivityMembers(trx, id, after.leadIds, input.participantIds);
    await writeHistory(trx, id, viewer, resubmitted ? "resubmitted" : "updated", changes);
    await recordAudit(trx, {
      action: "activity_updated",
      actor: viewer,
      memberId: before.state.memberId,
      subject: activitySubject(id),
      details: { fields: changes.map((change) => change.field), resubmitted },
    });
  });
}

/** The secretariat approves a proposal: it is planned, and its member hears so. */
export async function approveActivity(db: DB, viewer: Viewer, id: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { row, state } = await lockActivity(trx, id);
    ensureOnActivity(viewer, "approve", state);
    await trx
      .updateTable("activities")
      .set({ status: "planned", review_note: "", reviewed_by: viewer.id, updated_at: now() })
      .where("id", "=", id)
      .execute();
    await writeHistory(trx, id, viewer, "approved", [{ field: "status", from: "proposed", to: "planned" }]);
    await recordAudit(trx, {
      action: "activity_approved",
      actor: viewer,
      memberId: state.memberId,
      subject: activitySubject(id),
    });
    await tellProposers(trx, "activity_approved", {
      activity: { id, title: row.title, proposedBy: row.proposed_by, memberId: state.memberId },
      actorId: viewer.id,
    });
  });
}

/** The secretariat returns a proposal with a note saying what to change; its member hears so, note included. */
export async function returnActivity(db: DB, viewer: Viewer, id: number, note: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { row, state } = await lockActivity(trx, id);
    ensureOnActivity(viewer, "return", state);
    await trx
      .updateTable("activities")
      .set({ status: "returned", review_note: note, reviewed_by: viewer.id, updated_at: now() })
      .where("id", "=", id)
      .execute();
    await writeHistory(trx, id, viewer, "returned", [{ field: "note", from: null, to: note }]);
    await recordAudit(trx, {
      action: "activity_returned",
      actor: viewer,
      memberId: state.memberId,
      subject: activitySubject(id),
    });
    await tellProposers(trx, "activity_returned", {
      activity: { id, title: row.title, proposedBy: row.proposed_by, memberId: state.memberId },
      actorId: viewer.id,
      note,
    });
  });
}

export async function archiveActivity(db: DB, viewer: Viewer, id: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { state, leadIds } = await lockActivity(trx, id);
    ensureOnActivity(viewer, "archive", state);
    await trx.updateTable("activities").set({ archived_at: now(), updated_at: now() }).where("id", "=", id).execute();
    await writeHistory(trx, id, viewer, "archived");
    await recordAudit(trx, {
      action: "activity_archived",
      actor: viewer,
      memberId: memberOf(state, leadIds),
      subject: activitySubject(id),
    });
  });
}

/* ---------------------------------------------------------------- benchmarks */

export interface BenchmarkInput {
  title: string;
  language: Locale;
  description: string;
  measure: string;
  targetKind: TargetKind;
  targetValue: number;
  setOn: string;
  deadline: string;
  activityId: number | null;
}

/** The secretariat sets a benchmark; null when the activity it names is not (or no longer) one to link. */
export async function setBenchmark(db: DB, viewer: Viewer, input: BenchmarkInput): Promise<number | null> {
  ensure(can(viewer, "set_benchmark", null));
  return db.transaction().execute(async (trx) => {
    if (input.activityId !== null) {
      const activity = await trx
        .selectFrom("activities")
        .select("id")
        .where("id", "=", input.activityId)
        .where("archived_at", "is", null)
        .executeTakeFirst();
      if (!activity) return null;
    }
    const { id } = await trx
      .insertInto("benchmarks")
      .values({
        title: input.title,
        language: input.language,
        description: input.description,
        measure: input.measure,
        target_kind: input.targetKind,
        target_value: input.targetValue,
        set_on: input.setOn,
        deadline: input.deadline,
        activity_id: input.activityId,
        created_by: viewer.id,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, { action: "benchmark_set", actor: viewer, subject: { kind: "benchmark", id } });
    return id;
  });
}

export interface ReportInput {
  memberId: number;
  status: ReportStatus;
  note: string;
  evidenceUrl: string | null;
  reportedOn: string;
}

/** A member's report on a benchmark, by its own people or the secretariat; earlier ones stay in the history. */
export async function fileReport(db: DB, viewer: Viewer, benchmarkId: number, input: ReportInput): Promise<void> {
  ensure(can(viewer, "report", { memberId: input.memberId }));
  await db.transaction().execute(async (trx) => {
    found(await trx.selectFrom("benchmarks").select("id").where("id", "=", benchmarkId).executeTakeFirst());
    await trx
      .insertInto("benchmark_reports")
      .values({
        benchmark_id: benchmarkId,
        member_id: input.memberId,
        status: input.status,
        note: input.note,
        evidence_url: input.evidenceUrl,
        reported_on: input.reportedOn,
        reported_by: viewer.id,
      })
      .execute();
    await recordAudit(trx, {
      action: "benchmark_report_filed",
      actor: viewer,
      memberId: input.memberId,
      subject: { kind: "benchmark", id: benchmarkId },
      details: { status: input.status, reportedOn: input.reportedOn },
    });
  });
}
