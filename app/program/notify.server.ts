// What the program of work tells people: the secretariat's decision on a proposed activity reaches
// its proposer and the people of the member that proposed it (a successor in the seat included),
// through the generic notification email; a returned proposal's email carries the note.
import type { DB } from "~/lib/db.server";
import { notify } from "~/notifications/delivery.server";

interface Decision {
  activity: { id: number; title: string; proposedBy: number | null; memberId: number | null };
  /** Who decided: not told of their own decision. */
  actorId: number;
  /** The note saying what to change, for a returned proposal. */
  note?: string;
}

async function proposers(db: DB, { activity, actorId }: Decision): Promise<number[]> {
  const people =
    activity.memberId === null
      ? []
      : await db
          .selectFrom("people")
          .select("id")
          .where("member_id", "=", activity.memberId)
          .where("status", "=", "active")
          .execute();
  return [activity.proposedBy, ...people.map((person) => person.id)].filter(
    (id): id is number => id !== null && id !== actorId,
  );
}

/** In the transaction of the decision, so the notices exist exactly when it commits. */
export async function tellProposers(db: DB, kind: "activity_approved" | "activity_returned", decision: Decision) {
  const params: Record<string, string> = { activity: decision.activity.title };
  if (decision.note) Object.assign(params, { note: decision.note, detail: "activity_returned" });
  await notify(db, {
    kind,
    recipients: await proposers(db, decision),
    params,
    link: `/work/activities/${decision.activity.id}`,
  });
}
