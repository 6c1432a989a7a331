// Who may see a situation group and act in it: pure rules, no database. A group is confidential like a
// statement draft: its members (the member states in it, acted for by their focal points) and the
// secretariat see it, its updates and its discussion; for anyone else it does not exist (404). A listed
// group shows its title and description to other members so they may ask to join; nothing more.
//
// The read rule has one SQL twin, `groupVisible` below, with which the group list and search filter
// (an integration test checks that the two agree for every seeded group and person).
import { sql, type RawBuilder } from "kysely";
import type { Viewer } from "~/auth/viewer";

/** What the rules need to know of a group. */
export interface GroupStanding {
  memberIds: readonly number[];
  listed: boolean;
  /** Members whose request to join waits. */
  pendingMemberIds: readonly number[];
  /** Whether a request for the Global Call's agenda waits for the secretariat. */
  agendaRequested: boolean;
}

export type GroupViewer = Pick<Viewer, "role" | "memberId">;

export type GroupAction =
  /** The group, its updates and its discussion. */
  | "view"
  /** Its title and description in the list of groups one may ask to join. */
  | "see_listing"
  | "ask_to_join"
  | "post_update"
  | "reply"
  | "invite"
  | "decide_join"
  | "propose_statement"
  | "request_agenda"
  | "handle_agenda"
  /** A focal point takes their member out of the group. */
  | "leave"
  /** The secretariat, as the network's moderator, takes a member out. */
  | "remove_member";

/** How the viewer stands towards the group; null: for them it does not exist. */
export function groupRole(viewer: GroupViewer, group: Pick<GroupStanding, "memberIds">) {
  if (viewer.memberId !== null && group.memberIds.includes(viewer.memberId)) return "member" as const;
  if (viewer.role === "secretariat") return "secretariat" as const;
  return null;
}

export function can(viewer: GroupViewer, action: GroupAction, group: GroupStanding): boolean {
  const role = groupRole(viewer, group);
  switch (action) {
    case "view":
    case "post_update":
    case "reply":
    case "invite":
    case "decide_join":
    case "propose_statement":
      return role !== null;
    case "see_listing":
      return role !== null || (group.listed && viewer.role === "focal_point");
    case "ask_to_join":
      return (
        role === null &&
        group.listed &&
        viewer.memberId !== null &&
        viewer.role === "focal_point" &&
        !group.pendingMemberIds.includes(viewer.memberId)
      );
    case "request_agenda":
      return role === "member" && !group.agendaRequested;
    case "handle_agenda":
      return viewer.role === "secretariat" && group.agendaRequested;
    case "leave":
      return role === "member" && viewer.role === "focal_point";
    case "remove_member":
      return role === "secretariat";
  }
}

/**
 * `can(viewer, "view", group)` in SQL, for the group whose id is `groupId`: every group for the
 * secretariat; for a focal point, the groups its member is in.
 */
export function groupVisible(viewer: GroupViewer, groupId: RawBuilder<unknown>): RawBuilder<boolean> {
  if (viewer.role === "secretariat") return sql<boolean>`true`;
  if (viewer.memberId === null) return sql<boolean>`false`;
  // The member's groups as an array read once, not a join: a table with an index on its group (situation
  // updates, for search) is then read for those groups alone.
  return sql<boolean>`(${groupId} = any(array(select m.group_id from situation_group_members m
    where m.member_id = ${viewer.memberId})))`;
}
