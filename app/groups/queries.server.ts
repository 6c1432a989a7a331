// Reading situation groups: the list (the viewer's groups, and listed ones they may ask to join), a
// group's page with its members, requests and risk history, its updates with their discussion, and
// what waits for the secretariat. Reads never write. Who sees what: policy.ts (groupVisible in SQL).
import { sql } from "kysely";
import type { RiskLevel, UpdateSource } from "../../db/schema";
import { found } from "~/auth/policy";
import type { Viewer } from "~/auth/viewer";
import type { DB } from "~/lib/db.server";
import type { Locale } from "~/i18n/config";
import { memberNameOrder, memberNameSql } from "~/members/names.server";
import { can, groupVisible, type GroupStanding, type GroupViewer } from "./policy";

export const UPDATES_PAGE_SIZE = 5;

export type GroupReader = GroupViewer & Pick<Viewer, "locale">;

export const LISTED_PAGE_SIZE = 20;

/** The groups the viewer sees (every one for the secretariat), latest update first, with their members' names. */
export async function myGroups(db: DB, viewer: GroupReader) {
  const name = memberNameSql("m", viewer.locale);
  return db
    .selectFrom("situation_groups as g")
    .select((eb) => [
      "g.id",
      "g.title",
      "g.language",
      "g.risk_level as riskLevel",
      "g.last_update_on as lastUpdateOn",
      eb
        .selectFrom("situation_group_members as gm")
        .innerJoin("members as m", "m.id", "gm.member_id")
        .select(
          sql<string[]>`coalesce(array_agg(${name} order by ${memberNameOrder("m", viewer.locale)}), '{}')`.as("n"),
        )
        .whereRef("gm.group_id", "=", "g.id")
        .as("memberNames"),
    ])
    .where(groupVisible(viewer, sql.ref("g.id")))
    .orderBy(sql`g.last_update_on desc nulls last`)
    .orderBy("g.id", "desc")
    .execute();
}

/**
 * A page of the listed groups a focal point's member is not in (title and description only, which
 * is all it may know of them), with whether its request to join waits. None for the secretariat.
 */
export async function listedGroups(db: DB, viewer: GroupReader, page: number) {
  if (viewer.role !== "focal_point" || viewer.memberId === null) return { groups: [], hasNext: false };
  const memberId = viewer.memberId;
  const rows = await db
    .selectFrom("situation_groups as g")
    .select((eb) => [
      "g.id",
      "g.title",
      "g.description",
      "g.language",
      eb
        .exists(
          eb
            .selectFrom("situation_join_requests as r")
            .select("r.id")
            .whereRef("r.group_id", "=", "g.id")
            .where("r.member_id", "=", memberId)
            .where("r.status", "=", "pending"),
        )
        .as("requested"),
    ])
    .where("g.listed", "=", true)
    .where(sql<boolean>`not ${groupVisible(viewer, sql.ref("g.id"))}`)
    .orderBy("g.id", "desc")
    .limit(LISTED_PAGE_SIZE + 1)
    .offset((page - 1) * LISTED_PAGE_SIZE)
    .execute();
  return { groups: rows.slice(0, LISTED_PAGE_SIZE), hasNext: rows.length > LISTED_PAGE_SIZE };
}

export interface GroupMemberRow {
  id: number;
  slug: string;
  name: string;
}

export interface JoinRequestRow {
  id: number;
  memberId: number;
  memberName: string;
  requestedBy: string | null;
  requestedAt: string;
}

export interface AgendaRequestRow {
  id: number;
  note: string;
  requestedBy: string | null;
  memberName: string | null;
  requestedAt: string;
}

export interface RiskPoint {
  date: string;
  level: RiskLevel;
}

/**
 * A group with what its page and the policy need (members, waiting join requests, the open agenda
 * request, each update's date and risk level for the chart), in one statement; 404 unless the
 * viewer may at least see its listing (`access`), the page itself asks for "view".
 */
export async function getGroup(db: DB, id: number, viewer: GroupReader, access: "view" | "see_listing" = "view") {
  const name = memberNameSql("m", viewer.locale);
  const order = memberNameOrder("m", viewer.locale);
  const row = await db
    .selectFrom("situation_groups as g")
    .select(["g.id", "g.title", "g.description", "g.language", "g.listed", "g.risk_level as riskLevel"])
    .select((eb) => [
      eb
        .selectFrom("situation_group_members as gm")
        .innerJoin("members as m", "m.id", "gm.member_id")
        .select(
          sql<GroupMemberRow[]>`coalesce(json_agg(json_build_object('id', m.id, 'slug', m.slug, 'name', ${name})
            order by ${order}), '[]')`.as("x"),
        )
        .whereRef("gm.group_id", "=", "g.id")
        .as("members"),
      eb
        .selectFrom("situation_join_requests as r")
        .innerJoin("members as m", "m.id", "r.member_id")
        .leftJoin("people as p", "p.id", "r.requested_by")
        .select(
          sql<JoinRequestRow[]>`coalesce(json_agg(json_build_object('id', r.id, 'memberId', m.id,
            'memberName', ${name}, 'requestedBy', p.name, 'requestedAt', r.requested_at)
            order by r.requested_at), '[]')`.as("x"),
        )
        .whereRef("r.group_id", "=", "g.id")
        .where("r.status", "=", "pending")
        .as("joinRequests"),
      eb
        .selectFrom("situation_agenda_requests as a")
        .leftJoin("people as p", "p.id", "a.requested_by")
        .leftJoin("members as m", "m.id", "a.member_id")
        .select(
          sql<AgendaRequestRow>`json_build_object('id', a.id, 'note', a.note, 'requestedBy', p.name,
            'memberName', ${name}, 'requestedAt', a.requested_at)`.as("x"),
        )
        .whereRef("a.group_id", "=", "g.id")
        .where("a.handled_at", "is", null)
        .as("agendaRequest"),
      eb
        .selectFrom("situation_updates as u")
        .select(
          sql<RiskPoint[]>`coalesce(json_agg(json_build_object('date', u.occurred_on, 'level', u.risk_level)
            order by u.occurred_on, u.id), '[]')`.as("x"),
        )
        .whereRef("u.group_id", "=", "g.id")
        .as("risk"),
    ])
    .where("g.id", "=", id)
    .executeTakeFirst();
  const group = found(row);
  const members = group.members ?? [];
  const joinRequests = group.joinRequests ?? [];
  const standing: GroupStanding = {
    memberIds: members.map((member) => member.id),
    listed: group.listed,
    pendingMemberIds: joinRequests.map((request) => request.memberId),
    agendaRequested: group.agendaRequest !== null,
  };
  if (!can(viewer, access, standing)) found(null);
  return { ...group, members, joinRequests, risk: group.risk ?? [], standing };
}

export interface ReplyRow {
  id: number;
  body: string;
  author: string | null;
  memberName: string | null;
  createdAt: string;
}

/** A page of a group's updates, newest first, each with its discussion; one statement. */
export async function listUpdates(db: DB, groupId: number, page: number, locale: Locale) {
  const name = memberNameSql("m", locale);
  const rows = await db
    .selectFrom("situation_updates as u")
    .leftJoin("people as p", "p.id", "u.author_id")
    .leftJoin("members as um", "um.id", "u.member_id")
    .select([
      "u.id",
      "u.occurred_on as occurredOn",
      "u.body",
      "u.sources",
      "u.risk_level as riskLevel",
      "u.language",
      "u.created_at as createdAt",
      "p.name as author",
      memberNameSql<string | null>("um", locale).as("memberName"),
    ])
    .select((eb) =>
      eb
        .selectFrom("situation_replies as r")
        .leftJoin("people as p", "p.id", "r.author_id")
        .leftJoin("members as m", "m.id", "r.member_id")
        .select(
          sql<ReplyRow[]>`coalesce(json_agg(json_build_object('id', r.id, 'body', r.body, 'author', p.name,
            'memberName', ${name}, 'createdAt', r.created_at) order by r.created_at, r.id), '[]')`.as("x"),
        )
        .whereRef("r.update_id", "=", "u.id")
        .as("replies"),
    )
    .where("u.group_id", "=", groupId)
    .orderBy("u.occurred_on", "desc")
    .orderBy("u.id", "desc")
    .limit(UPDATES_PAGE_SIZE + 1)
    .offset((page - 1) * UPDATES_PAGE_SIZE)
    .execute();
  return {
    updates: rows
      .slice(0, UPDATES_PAGE_SIZE)
      .map((row) => ({ ...row, sources: row.sources as UpdateSource[], replies: row.replies ?? [] })),
    hasNext: rows.length > UPDATES_PAGE_SIZE,
  };
}

/** Requests to put a situation on the next Global Call's agenda that the secretariat has not handled. */
export function waitingAgendaRequests(db: DB) {
  return db
    .selectFrom("situation_agenda_requests as a")
    .innerJoin("situation_groups as g", "g.id", "a.group_id")
    .select(["a.id", "a.note", "a.requested_at as requestedAt", "g.id as groupId", "g.title", "g.language"])
    .where("a.handled_at", "is", null)
    .orderBy("a.requested_at");
}
