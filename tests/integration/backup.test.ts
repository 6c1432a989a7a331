// `npm run db:backup` and `npm run db:restore`: a seeded database, backed up while in use, restored
// into a new one, holds the same rows in every table and carries on where it left off.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openDatabase, type DB } from "../../db/connection";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { TEST_AUTH_SECRET } from "../helpers/portal";

const file = path.join(os.tmpdir(), `r2p-backup-${randomBytes(4).toString("hex")}.backup.gz`);
const restoredName = `t_restored_${randomBytes(4).toString("hex")}`;
const restoredUrl = `${inject("postgresBaseUrl")}${restoredName}`;
let source: TestDatabase;
let admin: DB;
let restored: DB;

beforeAll(async () => {
  source = await createTestDatabase({ seeded: true });
  admin = openDatabase(`${inject("postgresBaseUrl")}postgres`, { max: 1 });
  await sql`create database ${sql.id(restoredName)}`.execute(admin);
  restored = openDatabase(restoredUrl, { max: 2 });
});
afterAll(async () => {
  await restored.destroy();
  await sql`drop database if exists ${sql.id(restoredName)} with (force)`.execute(admin);
  await admin.destroy();
  await source.drop();
  await rm(file, { force: true });
});

const run = (script: string, args: string[], databaseUrl: string) =>
  spawnSync(process.execPath, ["--import", "tsx", script, ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: TEST_AUTH_SECRET, RESEND_API_KEY: "" },
    encoding: "utf8",
    timeout: 60_000,
  });

/** Every table of the portal and its job queue, with its row count. */
async function rowCounts(db: DB): Promise<Record<string, number>> {
  const { rows: tables } = await sql<{ name: string }>`
    select schemaname || '.' || tablename as name from pg_tables
    where schemaname in ('public', 'graphile_worker') order by 1`.execute(db);
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [schema, table] = name.split(".");
    const { rows } = await sql<{
      n: number;
    }>`select count(*)::int as n from ${sql.table(`${schema}.${table}`)}`.execute(db);
    counts[name] = rows[0]!.n;
  }
  return counts;
}

describe("backup and restore", () => {
  it("restores a seeded database into a new one with every table's rows", async () => {
    // Something in the job queue too.
    await sql`select graphile_worker.add_job('calendar.dispatch_reminders', '{}'::json)`.execute(source.db);
    const backup = run("scripts/backup.ts", [file], source.url);
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/^Backed up \d+ rows of \d+ tables to /);

    const restore = run("scripts/restore.ts", [file], restoredUrl);
    expect(restore.status, restore.stderr).toBe(0);
    expect(restore.stdout).toContain("Restored the backup taken at");

    const before = await rowCounts(source.db);
    expect(before["public.people"]).toBeGreaterThan(50);
    expect(before["public.manual_section_search"]).toBeGreaterThan(0);
    expect(await rowCounts(restored)).toEqual(before);
  }, 120_000);

  it("carries on where the backup left off: new rows get new ids, search finds what was there", async () => {
    const next = (db: DB) =>
      db
        .insertInto("audit_log")
        .values({ action: "sign_in" })
        .returning("id")
        .executeTakeFirstOrThrow()
        .then((row) => row.id);
    expect(await next(restored)).toBe(await next(source.db));
    const search = (db: DB) =>
      sql<{ n: number }>`select count(*)::int as n from manual_section_search
        where search @@ websearch_to_tsquery('english', 'early warning')`
        .execute(db)
        .then((result) => result.rows[0]!.n);
    expect(await search(restored)).toBeGreaterThan(0);
    expect(await search(restored)).toBe(await search(source.db));
  });

  it("refuses to restore over a database that holds tables", () => {
    const again = run("scripts/restore.ts", [file], restoredUrl);
    expect(again.status).toBe(1);
    expect(again.stderr.trim()).toBe("The database is not empty: restore into a new one, or pass --replace");
  }, 60_000);
});
