// What situation groups tell people, through the generic notification email: that there is a new
// update or reply in "<group>", that a member asks to join, was let in or invited, that a group asks for
// a Global Call's agenda. The facts stored are the group's title and a member's names, never an
// update's or a reply's text: the confidential text stays behind sign-in, and the link leads there.
import type { DB } from "~/lib/db.server";
import { memberNameFacts } from "~/members/names";
import { notify } from "~/notifications/delivery.server";

export type GroupNotice = { groupId: number; actorId: number } & (
  | { kind: "situation_update_posted" | "situation_reply_posted"; updateId: number }
  | { kind: "situation_join_requested"; memberId: number }
  | { kind: "situation_join_accepted" | "situation_group_invited" | "situation_member_removed"; memberIds: number[] }
  | { kind: "situation_agenda_requested" }
);

/** The active people of these members, or of the secretariat; never the one who acted. */
async function recipients(db: DB, notice: GroupNotice): Promise<number[]> {
  let query = db
    .selectFrom("people as p")
    .select("p.id")
    .where("p.status", "=", "active")
    .where("p.id", "!=", notice.actorId);
  if (notice.kind === "situation_agenda_requested") query = query.where("p.role", "=", "secretariat");
  else if ("memberIds" in notice)
    query = query.where("p.member_id", "in", notice.memberIds.length ? notice.memberIds : [-1]);
  else
    query = query.where("p.member_id", "in", (eb) =>
      eb.selectFrom("situation_group_members").select("member_id").where("group_id", "=", notice.groupId),
    );
  return (await query.orderBy("p.id").execute()).map((person) => person.id);
}

/** Records the notice's notifications and queues their emails; pass the transaction of the change it tells of. */
export async function notifyGroup(db: DB, notice: GroupNotice): Promise<void> {
  const group = await db
    .selectFrom("situation_groups")
    .select("title")
    .where("id", "=", notice.groupId)
    .executeTakeFirstOrThrow();
  const member =
    notice.kind === "situation_join_requested"
      ? await db
          .selectFrom("members")
          .select(["name", "name_fr as nameFr", "name_es as nameEs"])
          .where("id", "=", notice.memberId)
          .executeTakeFirst()
      : null;
  const anchor = "updateId" in notice ? `#update-${notice.updateId}` : "";
  // A removed member no longer sees the group: its link leads to the list of groups.
  const link = notice.kind === "situation_member_removed" ? "/groups" : `/groups/${notice.groupId}${anchor}`;
  await notify(db, {
    kind: notice.kind,
    recipients: await recipients(db, notice),
    params: { group: group.title, ...(member ? memberNameFacts("member", member) : {}) },
    link,
    subject: { kind: "situation_group", id: notice.groupId },
  });
}
