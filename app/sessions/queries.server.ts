// The sessions a person is signed in with, newest use first, each with where it began.
import type { DB } from "~/lib/db.server";
import { now } from "~/lib/clock.server";
import { deviceOf, networkOf } from "./origin.server";

export async function sessionsOf(db: DB, userId: string, currentId: string | null) {
  const rows = await db
    .selectFrom("Session")
    .select(["id", "createdAt", "lastUsedAt", "userAgent", "ipAddress"])
    .where("userId", "=", userId)
    .where("expires", ">", now())
    .orderBy("lastUsedAt", "desc")
    .orderBy("id")
    .execute();
  return rows.map((row) => ({
    id: row.id,
    startedAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    device: deviceOf(row.userAgent),
    network: networkOf(row.ipAddress),
    current: row.id === currentId,
  }));
}

export type ShownSession = Awaited<ReturnType<typeof sessionsOf>>[number];
