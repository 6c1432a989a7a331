// Start-up shared by the server, the worker and the db scripts: config, dev secret, embedded Postgres.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import dotenv from "dotenv";
import { ConfigError, parseConfig, type Config } from "../../app/lib/config.server";
import { resolveDataDir, startEmbeddedPostgres, type EmbeddedCluster } from "../../db/embedded";

export const EMBEDDED_DATABASE = "r2p";

export interface Environment {
  config: Config;
  cluster: EmbeddedCluster | null;
}

function readConfigOrExit(): Config {
  try {
    return parseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

/** A development secret generated once and kept under the data folder, so sessions survive restarts. */
function developmentSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(33).toString("base64");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}

/**
 * Loads .env, validates the configuration (exiting with one clear line when it is wrong),
 * and fills in what development can provide by itself: an AUTH_SECRET and the embedded database.
 * The resolved values go back into process.env, which the Remix build reads.
 */
export async function prepareEnvironment(log: (line: string) => void = console.log): Promise<Environment> {
  dotenv.config({ quiet: true });
  let config = readConfigOrExit();
  if (!config.AUTH_SECRET) process.env.AUTH_SECRET = developmentSecret(config.DATA_DIR);

  let cluster: EmbeddedCluster | null = null;
  if (!config.DATABASE_URL) {
    const dataDir = resolveDataDir(path.join(config.DATA_DIR, "pg"), log);
    const started = Date.now();
    cluster = await startEmbeddedPostgres({ dataDir, port: config.EMBEDDED_PG_PORT, log });
    await cluster.ensureDatabase(EMBEDDED_DATABASE);
    process.env.DATABASE_URL = cluster.urlFor(EMBEDDED_DATABASE);
    log(`Embedded Postgres ready on port ${config.EMBEDDED_PG_PORT} (${Date.now() - started} ms), data in ${dataDir}`);
  }
  config = readConfigOrExit();
  return { config, cluster };
}
