// The portal's database connections: the most recently used is reused first, no more than the
// maximum are opened, and one the server dropped is opened again.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type DB } from "../../db/connection";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

let database: TestDatabase;
let db: DB;

beforeAll(async () => {
  database = await createTestDatabase();
  db = openDatabase(database.url, { max: 3 });
});

afterAll(async () => {
  await db.destroy();
  await database.drop();
});

const backend = async (pause = 0) => {
  const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid, pg_sleep(${pause})`.execute(db);
  return rows[0]!.pid;
};

describe("database connections", () => {
  it("answers queries made one after another on the same connection, however many are open", async () => {
    // Open all three first, then ask one at a time.
    const opened = new Set(await Promise.all([backend(0.05), backend(0.05), backend(0.05)]));
    expect(opened.size).toBe(3);
    const after = new Set<number>();
    for (let i = 0; i < 6; i++) after.add(await backend());
    expect(after.size).toBe(1);
  });

  it("never opens more than the maximum: a query waits for a free connection", async () => {
    const started = performance.now();
    const pids = await Promise.all(Array.from({ length: 6 }, () => backend(0.1)));
    expect(new Set(pids).size).toBe(3);
    // Six queries of 100 ms on three connections take two turns.
    expect(performance.now() - started).toBeGreaterThanOrEqual(195);
  });

  it("opens a connection again when the server has closed it", async () => {
    const pid = await backend();
    const admin = openDatabase(database.url, { max: 1 });
    await sql`select pg_terminate_backend(${pid}::int)`.execute(admin);
    await admin.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const next = await backend();
    expect(next).not.toBe(pid);
  });

  it("keeps a transaction on one connection and leaves nothing behind when it fails", async () => {
    await sql`create table notes (body text not null)`.execute(db);
    const failed = db.transaction().execute(async (trx) => {
      await sql`insert into notes (body) values ('half-written')`.execute(trx);
      await sql`insert into notes (body) values (null)`.execute(trx);
    });
    await expect(failed).rejects.toThrow(/null value/);
    const { rows } = await sql<{ count: string }>`select count(*) from notes`.execute(db);
    expect(Number(rows[0]!.count)).toBe(0);
  });
});
