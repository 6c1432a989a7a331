// Ending sessions: one of one's own (a lost phone), or all but the one in use. Each is one transaction
// with its audit entry; the ended session's next request finds no one signed in.
import { randomUUID } from "node:crypto";
import { notFound } from "~/auth/policy";
import type { Viewer } from "~/auth/viewer";
import { recordAudit } from "~/audit/audit.server";
import type { DB } from "~/lib/db.server";
import { now } from "~/lib/clock.server";
import { can } from "./policy";

export async function endSession(db: DB, viewer: Viewer, sessionId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const session = await trx
      .selectFrom("Session")
      .select(["id", "userId"])
      .where("id", "=", sessionId)
      .forNoKeyUpdate()
      .executeTakeFirst();
    if (!session || !can(viewer, "end", session)) throw notFound();
    await trx.deleteFrom("Session").where("id", "=", session.id).execute();
    await recordAudit(trx, {
      action: "session_ended",
      actor: viewer,
      personId: viewer.id,
      memberId: viewer.memberId,
      details: { sessions: 1 },
    });
  });
}

/** Signs the person out everywhere but here; returns how many sessions ended. */
export async function endOtherSessions(db: DB, viewer: Viewer, currentId: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const ended = await trx
      .deleteFrom("Session")
      .where("userId", "=", viewer.userId)
      .where("id", "!=", currentId)
      .returning("id")
      .execute();
    if (ended.length) {
      await recordAudit(trx, {
        action: "session_ended",
        actor: viewer,
        personId: viewer.id,
        memberId: viewer.memberId,
        details: { sessions: ended.length },
      });
    }
    return ended.length;
  });
}

/** The hourly sweep: sessions past their end (idle too long) are deleted. */
export async function sweepEndedSessions(db: DB): Promise<number> {
  const ended = await db.deleteFrom("Session").where("expires", "<=", now()).executeTakeFirst();
  return Number(ended.numDeletedRows);
}

export interface RotatedSession {
  token: string;
  expires: Date;
}

/** Gives a session a new token (at step-up): whoever held the old one holds nothing now. */
export async function rotateSession(trx: DB, sessionId: string): Promise<RotatedSession> {
  const token = randomUUID();
  const { expires } = await trx
    .updateTable("Session")
    .set({ sessionToken: token })
    .where("id", "=", sessionId)
    .returning("expires")
    .executeTakeFirstOrThrow();
  return { token, expires };
}
