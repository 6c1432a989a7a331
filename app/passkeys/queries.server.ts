// Reads: a person's passkeys (never their keys' bytes to a page) and the network's requirement.
import type { DB } from "~/lib/db.server";

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
