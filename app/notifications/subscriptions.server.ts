// Watching or muting one thing (a discussion thread, a statement, a situation group, an event):
// a watched thing tells the person of what happens in it even if they took no part; a muted thing
// sends them no email, though its notifications still reach the notification centre.
import type { SubscriptionKind, SubscriptionState } from "../../db/schema";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";

export interface Subject {
  kind: SubscriptionKind;
  id: number;
}

/** The person's choice for one thing as a query (a row with `state`, or none), to read alone or with other reads. */
export function subscriptionQuery(db: DB, personId: number, subject: Subject) {
  return db
    .selectFrom("subscriptions")
    .select("state")
    .where("person_id", "=", personId)
    .where("subject_kind", "=", subject.kind)
    .where("subject_id", "=", subject.id);
}

/** The person's choice for one thing, or null when they left it as it comes. */
export async function subscriptionOf(db: DB, personId: number, subject: Subject): Promise<SubscriptionState | null> {
  const row = await subscriptionQuery(db, personId, subject).executeTakeFirst();
  return row?.state ?? null;
}

/** Watch, mute, or (null) go back to what the thing's notices give by default. */
export async function setSubscription(
  db: DB,
  personId: number,
  subject: Subject,
  state: SubscriptionState | null,
): Promise<void> {
  const mine = db
    .deleteFrom("subscriptions")
    .where("person_id", "=", personId)
    .where("subject_kind", "=", subject.kind)
    .where("subject_id", "=", subject.id);
  if (state === null) {
    await mine.execute();
    return;
  }
  await db
    .insertInto("subscriptions")
    .values({ person_id: personId, subject_kind: subject.kind, subject_id: subject.id, state, updated_at: now() })
    .onConflict((conflict) =>
      conflict.columns(["person_id", "subject_kind", "subject_id"]).doUpdateSet({ state, updated_at: now() }),
    )
    .execute();
}

/** Everyone who chose `state` for the thing (among `among`, when given). */
export async function subscribers(
  db: DB,
  subject: Subject,
  state: SubscriptionState,
  among?: number[],
): Promise<number[]> {
  if (among && among.length === 0) return [];
  let query = db
    .selectFrom("subscriptions")
    .select("person_id")
    .where("subject_kind", "=", subject.kind)
    .where("subject_id", "=", subject.id)
    .where("state", "=", state);
  if (among) query = query.where("person_id", "in", among);
  return (await query.execute()).map((row) => row.person_id);
}
