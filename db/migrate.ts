import { Migrator, type Kysely } from "kysely";
import { migrations } from "./migrations";

/** Applies every pending forward-only migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    // Work done side by side takes its migration numbers from separate ranges, so a database may
    // already hold a later number when an earlier one lands; each migration stands on its own.
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === "Error");
    throw new Error(
      `Migration ${failed?.migrationName ?? "(unknown)"} failed: ${String((error as Error).message ?? error)}`,
    );
  }
  return (results ?? []).filter((result) => result.status === "Success").map((result) => result.migrationName);
}
