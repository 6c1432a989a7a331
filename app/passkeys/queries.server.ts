// Reads: a person's passkeys (never their keys' bytes to a page) and the network's requirement.
import type { Locale } from "../../db/schema";
import type { DB } from "~/lib/db.server";
import { memberNameSql } from "~/members/names.server";

export function passkeysOf(db: DB, personId: number) {
  return db
    .selectFrom("passkeys")
    .select([
      "id",
      "name",
      "transports",
      "backed_up as backedUp",
      "created_at as createdAt",
      "last_used_at as lastUsedAt",
    ])
    .where("person_id", "=", personId)
    .orderBy("created_at")
    .execute();
}

export async function passkeysRequired(db: DB): Promise<boolean> {
  const row = await db.selectFrom("network_settings").select("require_passkeys").executeTakeFirst();
  return row?.require_passkeys ?? false;
}

/** Who signs in a member's name (active focal points and alternates), and which of them have no passkey yet. */
export async function signersWithoutPasskeys(db: DB, locale: Locale) {
  const signers = await db
    .selectFrom("people as p")
    .innerJoin("members as m", "m.id", "p.member_id")
    .select([
      "p.id",
      "p.name",
      memberNameSql<string>("m", locale).as("member"),
      (eb) => eb.exists(eb.selectFrom("passkeys as k").whereRef("k.person_id", "=", "p.id")).as("hasPasskey"),
    ])
    .where("p.status", "=", "active")
    .where("p.role", "=", "focal_point")
    .orderBy("member")
    .orderBy("p.name")
    .execute();
  return { total: signers.length, without: signers.filter((signer) => !signer.hasPasskey) };
}
