import { getDb, type DB } from "~/lib/db.server";
import { memberNameForLocaleColumn } from "~/members/names.server";
import { toViewer, type Viewer } from "./viewer";

/**
 * A person as a viewer, found by id or address rather than by a session (answering a Global Call
 * from a signed email link; tests that call capabilities directly). Only an active person acts.
 */
export async function findViewer(
  which: { personId: number } | { email: string },
  ip: string,
  db: DB = getDb(),
): Promise<Viewer | null> {
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
      // The member as the session names it: in the person's own language.
      memberNameForLocaleColumn<string | null>("m", "p.locale").as("memberName"),
      "p.is_alternate as isAlternate",
      "p.time_zone as timeZone",
      "p.locale",
    ])
    .where((eb) => ("personId" in which ? eb("p.id", "=", which.personId) : eb("u.email", "=", which.email)))
    .where("p.status", "=", "active")
    .executeTakeFirst();
  return row ? toViewer(row, ip) : null;
}
