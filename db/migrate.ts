import { Migrator, type Kysely } from "kysely";
import { migrations } from "./migrations";

/** Applies every pending forward-only migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === "Error");
    throw new Error(
      `Migration ${failed?.migrationName ?? "(unknown)"} failed: ${String((error as Error).message ?? error)}`,
    );
  }
  return (results ?? []).filter((result) => result.status === "Success").map((result) => result.migrationName);
}
