import { getDb, type DB } from "~/lib/db.server";
import { toViewer, type Viewer } from "./viewer";

/**
 * An active person as a viewer, found by a signed link rather than a session (answering a Global
 * Call from its email): the link is the proof, the person still has to be active.
 */
export async function viewerById(personId: number, ip: string, db: DB = getDb()): Promise<Viewer | null> {
  const row = await db
    .selectFrom("people as p")
    .innerJoin("User as u", "u.id", "p.user_id")
    .leftJoin("members as m", "m.id", "p.member_id")
    .select([
      "p.id",
      "p.user_id as userId",
      "p.name",
      "u.email",
      "p.role",
      "p.member_id as memberId",
      "m.slug as memberSlug",
      "m.name as memberName",
      "p.is_alternate as isAlternate",
      "p.time_zone as timeZone",
      "p.locale",
    ])
    .where("p.id", "=", personId)
    .where("p.status", "=", "active")
    .executeTakeFirst();
  return row ? toViewer(row, ip) : null;
}
