// Who may see a situation group and act in it: the policy as a table of cases.
import { describe, expect, it } from "vitest";
import { can, type GroupAction, type GroupStanding, type GroupViewer } from "~/groups/policy";

const GHANA = 7;
const KOREA = 12;
const JAPAN = 20;
const viewers: Record<string, GroupViewer> = {
  secretariat: { role: "secretariat", memberId: null },
  member: { role: "focal_point", memberId: GHANA },
  outsider: { role: "focal_point", memberId: KOREA },
  asking: { role: "focal_point", memberId: JAPAN },
};
type Who = keyof typeof viewers;

/** Ghana's group; Japan's request to join waits. */
const group = (facts: Partial<GroupStanding> = {}): GroupStanding => ({
  memberIds: [GHANA],
  listed: true,
  pendingMemberIds: [JAPAN],
  agendaRequested: false,
  ...facts,
});

const cases: [Who, GroupAction, Partial<GroupStanding>, boolean][] = [
  // Reading: its members and the secretariat; nobody else, listed or not.
  ["member", "view", {}, true],
  ["secretariat", "view", {}, true],
  ["outsider", "view", {}, false],
  ["outsider", "view", { listed: false }, false],
  ["asking", "view", {}, false],
  // The listing (title and description, to ask to join): other focal points only if it is listed.
  ["outsider", "see_listing", {}, true],
  ["outsider", "see_listing", { listed: false }, false],
  ["member", "see_listing", { listed: false }, true],
  ["secretariat", "see_listing", { listed: false }, true],
  // Asking to join: a focal point of a member not in it, for a listed group, once at a time.
  ["outsider", "ask_to_join", {}, true],
  ["outsider", "ask_to_join", { listed: false }, false],
  ["asking", "ask_to_join", {}, false],
  ["member", "ask_to_join", {}, false],
  ["secretariat", "ask_to_join", {}, false],
  // Inside: members and the secretariat post, reply, invite, decide on requests, propose a statement.
  ["member", "post_update", {}, true],
  ["secretariat", "post_update", {}, true],
  ["outsider", "post_update", {}, false],
  ["member", "reply", {}, true],
  ["outsider", "reply", {}, false],
  ["asking", "reply", {}, false],
  ["member", "invite", {}, true],
  ["secretariat", "invite", {}, true],
  ["outsider", "invite", {}, false],
  ["member", "decide_join", {}, true],
  ["secretariat", "decide_join", {}, true],
  ["asking", "decide_join", {}, false],
  ["member", "propose_statement", {}, true],
  ["secretariat", "propose_statement", {}, true],
  ["outsider", "propose_statement", {}, false],
  // The Global Call's agenda: the group's members ask (once until handled); the secretariat handles.
  ["member", "request_agenda", {}, true],
  ["member", "request_agenda", { agendaRequested: true }, false],
  ["secretariat", "request_agenda", {}, false],
  ["outsider", "request_agenda", {}, false],
  ["secretariat", "handle_agenda", { agendaRequested: true }, true],
  ["secretariat", "handle_agenda", {}, false],
  ["member", "handle_agenda", { agendaRequested: true }, false],
  // Leaving: a member's focal point; removing a member: the secretariat, as moderator.
  ["member", "leave", {}, true],
  ["outsider", "leave", {}, false],
  ["secretariat", "leave", {}, false],
  ["secretariat", "remove_member", {}, true],
  ["member", "remove_member", {}, false],
  ["outsider", "remove_member", {}, false],
];

describe("situation groups' policy", () => {
  it.each(cases)("%s may %s (%o): %s", (who, action, facts, allowed) => {
    expect(can(viewers[who]!, action, group(facts))).toBe(allowed);
  });
});
