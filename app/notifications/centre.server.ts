// The notification centre: what a person was told about, newest first, read or not.
import type { DB } from "~/lib/db.server";
import { now } from "~/lib/clock.server";

export const CENTRE_PAGE_SIZE = 30;

export async function listNotifications(db: DB, personId: number, page: number) {
  const rows = await db
    .selectFrom("notifications")
    .select(["id", "kind", "params", "link", "created_at as createdAt", "read_at as readAt"])
    .where("person_id", "=", personId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(CENTRE_PAGE_SIZE + 1)
    .offset((page - 1) * CENTRE_PAGE_SIZE)
    .execute();
  return { notifications: rows.slice(0, CENTRE_PAGE_SIZE), hasNext: rows.length > CENTRE_PAGE_SIZE };
}

/** Marks one of the person's own notifications read; the link to follow, or null if it is not theirs. */
export async function openNotification(db: DB, personId: number, id: number): Promise<string | null> {
  const row = await db
    .updateTable("notifications")
    .set((eb) => ({ read_at: eb.fn.coalesce("read_at", eb.val(now())) }))
    .where("id", "=", id)
    .where("person_id", "=", personId)
    .returning("link")
    .executeTakeFirst();
  return row?.link ?? null;
}

export async function markRead(db: DB, personId: number, ids: number[] | "all"): Promise<number> {
  let query = db
    .updateTable("notifications")
    .set({ read_at: now() })
    .where("person_id", "=", personId)
    .where("read_at", "is", null);
  if (ids !== "all") {
    if (ids.length === 0) return 0;
    query = query.where("id", "in", ids);
  }
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
