// What people do with situation groups. Each use case is one function and one transaction, which
// enforces the policy (404 for a group the person may not know of, 403 for an act they may not take),
// writes, records its audit entry and the notifications of the change.
import type { AuditAction, RiskLevel, UpdateSource } from "../../db/schema";
import { recordAudit } from "~/audit/audit.server";
import { ensure, found } from "~/auth/policy";
import type { Viewer } from "~/auth/viewer";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import { notifyGroup } from "./notify.server";
import { can, type GroupAction, type GroupStanding } from "./policy";

async function audit(trx: DB, viewer: Viewer, action: AuditAction, groupId: number, details = {}) {
  await recordAudit(trx, {
    action,
    actor: { id: viewer.id, ip: viewer.ip },
    memberId: viewer.memberId,
    subject: { kind: "situation_group", id: groupId },
    details,
  });
}

/** The group as the policy sees it, read inside the command's transaction; 404 unless the viewer may know of it. */
async function standing(trx: DB, groupId: number, viewer: Viewer, action: GroupAction): Promise<GroupStanding> {
  const group = found(
    await trx
      .selectFrom("situation_groups as g")
      .select((eb) => [
        "g.listed",
        eb
          .selectFrom("situation_group_members")
          .select((m) => m.fn.coalesce(m.fn.agg<number[]>("array_agg", ["member_id"]), m.val([] as number[])).as("x"))
          .whereRef("group_id", "=", "g.id")
          .as("memberIds"),
        eb
          .selectFrom("situation_join_requests")
          .select((m) => m.fn.coalesce(m.fn.agg<number[]>("array_agg", ["member_id"]), m.val([] as number[])).as("x"))
          .whereRef("group_id", "=", "g.id")
          .where("status", "=", "pending")
          .as("pendingMemberIds"),
        eb
          .exists(
            eb
              .selectFrom("situation_agenda_requests")
              .select("id")
              .whereRef("group_id", "=", "g.id")
              .where("handled_at", "is", null),
          )
          .as("agendaRequested"),
      ])
      .where("g.id", "=", groupId)
      .executeTakeFirst(),
  );
  const facts: GroupStanding = {
    listed: group.listed,
    memberIds: group.memberIds ?? [],
    pendingMemberIds: group.pendingMemberIds ?? [],
    agendaRequested: Boolean(group.agendaRequested),
  };
  if (!can(viewer, action === "ask_to_join" ? "see_listing" : "view", facts)) found(null);
  ensure(can(viewer, action, facts));
  return facts;
}

async function addMembers(trx: DB, groupId: number, memberIds: number[], viewer: Viewer): Promise<number[]> {
  if (!memberIds.length) return [];
  const added = await trx
    .insertInto("situation_group_members")
    .values(memberIds.map((member_id) => ({ group_id: groupId, member_id, added_by: viewer.id, added_at: now() })))
    .onConflict((oc) => oc.columns(["group_id", "member_id"]).doNothing())
    .returning("member_id")
    .execute();
  return added.map((row) => row.member_id);
}

export interface GroupInput {
  title: string;
  description: string;
  listed: boolean;
  /** Members that consider the situation a priority: the group's first members. */
  memberIds: number[];
}

/** A focal point (whose member is always in it) or the secretariat opens a group; the members named are told. */
export async function openGroup(db: DB, viewer: Viewer, input: GroupInput): Promise<number> {
  const memberIds = [...new Set([...(viewer.memberId === null ? [] : [viewer.memberId]), ...input.memberIds])];
  ensure(memberIds.length > 0);
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto("situation_groups")
      .values({
        title: input.title,
        description: input.description,
        listed: input.listed,
        language: viewer.locale,
        opened_by: viewer.id,
        created_at: now(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await addMembers(trx, id, memberIds, viewer);
    await audit(trx, viewer, "situation_group_opened", id, { memberIds, listed: input.listed });
    const invited = memberIds.filter((member) => member !== viewer.memberId);
    if (invited.length)
      await notifyGroup(trx, { kind: "situation_group_invited", groupId: id, actorId: viewer.id, memberIds: invited });
    return id;
  });
}

/** A member of the group or the secretariat invites another member; a request it had waiting is granted. */
export async function inviteMember(db: DB, viewer: Viewer, groupId: number, memberId: number): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await standing(trx, groupId, viewer, "invite");
    const added = await addMembers(trx, groupId, [memberId], viewer);
    if (!added.length) return false;
    await trx
      .updateTable("situation_join_requests")
      .set({ status: "accepted", decided_by: viewer.id, decided_at: now() })
      .where("group_id", "=", groupId)
      .where("member_id", "=", memberId)
      .where("status", "=", "pending")
      .execute();
    await audit(trx, viewer, "situation_member_invited", groupId, { memberId });
    await notifyGroup(trx, { kind: "situation_group_invited", groupId, actorId: viewer.id, memberIds: [memberId] });
    return true;
  });
}

/** A focal point asks for their member to join a listed group; its members are told. False if one waits already. */
export async function askToJoin(db: DB, viewer: Viewer, groupId: number): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await standing(trx, groupId, viewer, "ask_to_join");
    const memberId = found(viewer.memberId);
    const created = await trx
      .insertInto("situation_join_requests")
      .values({ group_id: groupId, member_id: memberId, requested_by: viewer.id, requested_at: now() })
      .onConflict((oc) => oc.columns(["group_id", "member_id"]).where("status", "=", "pending").doNothing())
      .returning("id")
      .executeTakeFirst();
    if (!created) return false;
    await audit(trx, viewer, "situation_join_requested", groupId, { memberId });
    await notifyGroup(trx, { kind: "situation_join_requested", groupId, actorId: viewer.id, memberId });
    return true;
  });
}

/**
 * A member of the group or the secretariat accepts or declines a waiting request. The request is
 * locked while it is decided, so two people deciding at once record one decision (the second gets false).
 */
export async function decideJoin(
  db: DB,
  viewer: Viewer,
  groupId: number,
  requestId: number,
  accept: boolean,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await standing(trx, groupId, viewer, "decide_join");
    const request = found(
      await trx
        .selectFrom("situation_join_requests")
        .select(["member_id", "status"])
        .where("id", "=", requestId)
        .where("group_id", "=", groupId)
        .forNoKeyUpdate()
        .executeTakeFirst(),
    );
    if (request.status !== "pending") return false;
    await trx
      .updateTable("situation_join_requests")
      .set({ status: accept ? "accepted" : "declined", decided_by: viewer.id, decided_at: now() })
      .where("id", "=", requestId)
      .execute();
    await audit(trx, viewer, accept ? "situation_join_accepted" : "situation_join_declined", groupId, {
      memberId: request.member_id,
    });
    if (accept) {
      await addMembers(trx, groupId, [request.member_id], viewer);
      await notifyGroup(trx, {
        kind: "situation_join_accepted",
        groupId,
        actorId: viewer.id,
        memberIds: [request.member_id],
      });
    }
    return true;
  });
}

/**
 * A member leaves the group (its focal point asks) or the secretariat removes it; its people no
 * longer see the group. A removed member is told; false when it was not in the group (any more).
 */
/** The rule of removing a member, checked before the confirmation screen is shown: a read, without locks. */
export async function ensureMayRemoveMember(db: DB, viewer: Viewer, groupId: number): Promise<void> {
  await standing(db, groupId, viewer, "remove_member");
}

export async function removeMember(db: DB, viewer: Viewer, groupId: number, memberId: number): Promise<boolean> {
  const leaving = memberId === viewer.memberId;
  return db.transaction().execute(async (trx) => {
    await standing(trx, groupId, viewer, leaving ? "leave" : "remove_member");
    const removed = await trx
      .deleteFrom("situation_group_members")
      .where("group_id", "=", groupId)
      .where("member_id", "=", memberId)
      .returning("member_id")
      .executeTakeFirst();
    if (!removed) return false;
    await audit(trx, viewer, leaving ? "situation_member_left" : "situation_member_removed", groupId, { memberId });
    if (!leaving)
      await notifyGroup(trx, { kind: "situation_member_removed", groupId, actorId: viewer.id, memberIds: [memberId] });
    return true;
  });
}

export interface UpdateInput {
  occurredOn: string;
  riskLevel: RiskLevel;
  body: string;
  sources: UpdateSource[];
}

/** An early-warning update; the group's risk level follows its latest update by date. The group is told. */
export async function postUpdate(db: DB, viewer: Viewer, groupId: number, input: UpdateInput): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await standing(trx, groupId, viewer, "post_update");
    const { id } = await trx
      .insertInto("situation_updates")
      .values({
        group_id: groupId,
        occurred_on: input.occurredOn,
        risk_level: input.riskLevel,
        body: input.body,
        sources: input.sources,
        language: viewer.locale,
        author_id: viewer.id,
        member_id: viewer.memberId,
        created_at: now(),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx
      .updateTable("situation_groups")
      .set({ risk_level: input.riskLevel, last_update_on: input.occurredOn })
      .where("id", "=", groupId)
      .where((eb) => eb.or([eb("last_update_on", "is", null), eb("last_update_on", "<=", input.occurredOn)]))
      .execute();
    await audit(trx, viewer, "situation_update_posted", groupId, { updateId: id, riskLevel: input.riskLevel });
    await notifyGroup(trx, { kind: "situation_update_posted", groupId, actorId: viewer.id, updateId: id });
    return id;
  });
}

/** A reply in the discussion under an update; the group is told. */
export async function postReply(db: DB, viewer: Viewer, groupId: number, updateId: number, body: string) {
  return db.transaction().execute(async (trx) => {
    await standing(trx, groupId, viewer, "reply");
    found(
      await trx
        .selectFrom("situation_updates")
        .select("id")
        .where("id", "=", updateId)
        .where("group_id", "=", groupId)
        .executeTakeFirst(),
    );
    const { id } = await trx
      .insertInto("situation_replies")
      .values({ update_id: updateId, body, author_id: viewer.id, member_id: viewer.memberId, created_at: now() })
      .returning("id")
      .executeTakeFirstOrThrow();
    await audit(trx, viewer, "situation_reply_posted", groupId, { updateId, replyId: id });
    await notifyGroup(trx, { kind: "situation_reply_posted", groupId, actorId: viewer.id, updateId });
    return id;
  });
}

/** The group asks the secretariat to put the situation on the next Global Call's agenda; the secretariat is told. */
export async function requestAgenda(db: DB, viewer: Viewer, groupId: number, note: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await standing(trx, groupId, viewer, "request_agenda");
    const created = await trx
      .insertInto("situation_agenda_requests")
      .values({ group_id: groupId, note, requested_by: viewer.id, member_id: viewer.memberId, requested_at: now() })
      .onConflict((oc) => oc.column("group_id").where("handled_at", "is", null).doNothing())
      .returning("id")
      .executeTakeFirst();
    if (!created) return false;
    await audit(trx, viewer, "situation_agenda_requested", groupId, { note });
    await notifyGroup(trx, { kind: "situation_agenda_requested", groupId, actorId: viewer.id });
    return true;
  });
}

/** The secretariat marks the request handled (put on the agenda, or answered otherwise); it leaves the lists. */
export async function handleAgenda(db: DB, viewer: Viewer, groupId: number, requestId: number): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    await standing(trx, groupId, viewer, "handle_agenda");
    const handled = await trx
      .updateTable("situation_agenda_requests")
      .set({ handled_by: viewer.id, handled_at: now() })
      .where("id", "=", requestId)
      .where("group_id", "=", groupId)
      .where("handled_at", "is", null)
      .executeTakeFirst();
    if (!handled.numUpdatedRows) return false;
    await audit(trx, viewer, "situation_agenda_handled", groupId, { requestId });
    return true;
  });
}
