// Seeded people tests sign in as, and a seeded person as the session would give them, for tests
// that call capabilities directly.
import type { Viewer } from "~/auth/viewer";
import { findViewer } from "~/auth/viewer.server";
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
  const viewer = await findViewer({ email }, "127.0.0.1", db);
  if (!viewer) throw new Error(`${email} is not active, or neither the secretariat nor a member's focal point`);
  return viewer;
}

/** These people read the portal in English: pages answer in each person's language, and assertions read English. */
export async function readingEnglish(db: DB, emails: string[]): Promise<void> {
  await db
    .updateTable("people")
    .set({ locale: "en" })
    .where("user_id", "in", db.selectFrom("User").select("id").where("email", "in", emails))
    .execute();
}
