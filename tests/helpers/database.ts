// Each test file gets its own database, cloned from a migrated template (fast), dropped afterwards.
import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import { inject } from "vitest";
import { openDatabase, type DB } from "../../db/connection";

export interface TestDatabase {
  db: DB;
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase({ seeded = false }: { seeded?: boolean } = {}): Promise<TestDatabase> {
  const base = inject("postgresBaseUrl");
  const name = `t_${randomBytes(6).toString("hex")}`;
  const admin = openDatabase(`${base}postgres`, { max: 1 });
  // Identifiers cannot be bound parameters; the name is generated above, never user input.
  await sql`create database ${sql.id(name)} template ${sql.id(seeded ? "tmpl_seeded" : "tmpl_empty")}`.execute(admin);
  const url = `${base}${name}`;
  const db = openDatabase(url, { max: 5 });
  return {
    db,
    url,
    async drop() {
      await db.destroy();
      await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin);
      await admin.destroy();
    },
  };
}
