// A seeded person as the session would give them, for tests that call capabilities directly.
import type { CurrentPerson } from "~/auth/session.server";
import type { DB } from "../../db/connection";

export async function currentPerson(db: DB, email: string): Promise<CurrentPerson> {
  const row = await db
    .selectFrom("people as p")
    .innerJoin("User as u", "u.id", "p.user_id")
    .leftJoin("members as m", "m.id", "p.member_id")
    .select(["p.id", "p.user_id as userId", "p.name", "u.email", "p.role", "p.member_id as memberId", "m.slug as memberSlug", "m.name as memberName", "p.is_alternate as isAlternate", "p.time_zone as timeZone", "p.locale"])
    .where("u.email", "=", email)
    .executeTakeFirstOrThrow();
  return { ...row, unread: 0 };
}
