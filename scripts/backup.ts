// npm run db:backup [-- file]: a backup of the portal's database (the embedded one, or DATABASE_URL)
// while the portal keeps running. See scripts/lib/backup.ts for what it holds.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { backupDatabase } from "./lib/backup";
import { prepareEnvironment } from "./lib/environment";

const { config, cluster } = await prepareEnvironment(() => {});
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const file = process.argv[2] ?? path.join(config.DATA_DIR, "backups", `r2p-${stamp}.backup.gz`);
mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
try {
  const counts = await backupDatabase(config.DATABASE_URL!, file);
  const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
  console.log(`Backed up ${rows} rows of ${Object.keys(counts).length} tables to ${file}`);
} finally {
  await cluster?.stop();
}
