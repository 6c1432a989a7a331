// Seeded people tests sign in as, and a seeded person as the session would give them, for tests
// that call capabilities directly.
import { toViewer, type Viewer } from "~/auth/viewer";
import type { DB } from "../../db/connection";

/** Republic of Korea's focal point, in Seoul (UTC+9). */
export const KOREA = "seoyeon.lee@mofa-korea.example.org";
/** Ghana's focal point, in Accra (UTC), penholder of a seeded draft. */
export const GHANA = "kwame.mensah@mfa-ghana.example.org";
/** The secretariat. */
export const SECRETARIAT = "claire.hartley@secretariat.example.org";
/** The United States' focal point, in New York. */
export const USA = "danielle.brooks@state-usa.example.org";
/** Costa Rica's focal point, penholder of a seeded draft. */
export const COSTA_RICA = "andres.solano@rree-costarica.example.org";
/** Japan's focal point, outside the seeded drafting groups. */
export const JAPAN = "haruka.nakamura@mofa-japan.example.org";

export async function viewerFor(db: DB, email: string): Promise<Viewer> {
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
    .where("u.email", "=", email)
    .executeTakeFirstOrThrow();
  const viewer = toViewer(row, "127.0.0.1");
  if (!viewer) throw new Error(`${email} is neither the secretariat nor a member's focal point`);
  return viewer;
}
