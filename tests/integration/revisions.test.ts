// A table's revision (migration 0420) moves once for each transaction that wrote it, when it commits: what a
// page is kept under (app/lib/revisions.server.ts) changes with everything it was read from, and with nothing
// written and committed, it stays.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../db/schema";
import { revisionsOf } from "~/lib/revisions.server";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

let database: TestDatabase;
/** The tables that carry a revision, as migration 0420 installed them. */
let revised: (keyof Database)[];
beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
  const rows = await database.db.selectFrom("table_revisions").select("table_name").execute();
  revised = rows.map((row) => row.table_name as keyof Database);
});
afterAll(() => database?.drop());

const revision = async (table: keyof Database) => Number((await revisionsOf(database.db, [table])).split(":")[1]);

describe("a table's revision", () => {
  it("moves when any row of a revised table is written", async () => {
    expect(revised).toContain("benchmark_reports");
    for (const table of revised) {
      const before = await revision(table);
      // Any column that may be written, set to itself on one row: a write like any other, whatever the table's columns.
      const { column_name: column } = await database.db
        .selectFrom("information_schema.columns" as never)
        .select(sql<string>`column_name`.as("column_name"))
        .where(
          sql<boolean>`table_name = ${table} and table_schema = 'public' and is_identity = 'NO'
          and is_generated = 'NEVER'`,
        )
        .orderBy(sql`ordinal_position`)
        .executeTakeFirstOrThrow();
      const { numAffectedRows } = await sql`update ${sql.id(table)} set ${sql.id(column)} = ${sql.id(column)}
        where ctid = (select ctid from ${sql.id(table)} limit 1)`.execute(database.db);
      expect(numAffectedRows, table).toBe(1n);
      expect(await revision(table), table).toBe(before + 1);
    }
  });

  it("moves once for a transaction of many writes, when it commits", async () => {
    const before = await Promise.all([revision("benchmarks"), revision("activities")]);
    let during: number[] = [];
    await database.db.transaction().execute(async (trx) => {
      await trx
        .updateTable("benchmarks")
        .set((eb) => ({ title: eb.ref("title") }))
        .execute();
      await trx
        .updateTable("activities")
        .set((eb) => ({ title: eb.ref("title") }))
        .execute();
      await trx
        .updateTable("benchmarks")
        .set((eb) => ({ measure: eb.ref("measure") }))
        .execute();
      // Another connection, outside the transaction, sees the revisions as they were.
      during = await Promise.all([revision("benchmarks"), revision("activities")]);
    });
    expect(during).toEqual(before);
    expect(await Promise.all([revision("benchmarks"), revision("activities")])).toEqual(before.map((r) => r + 1));
  });

  it("stays where it was when the transaction is rolled back, or nothing was written", async () => {
    const before = await revision("members");
    await expect(
      database.db.transaction().execute(async (trx) => {
        await trx
          .updateTable("members")
          .set((eb) => ({ name: eb.ref("name") }))
          .execute();
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    await database.db.selectFrom("members").select("id").execute();
    expect(await revision("members")).toBe(before);
  });

  it("is refused for a table that carries none, rather than keeping a page forever", async () => {
    await expect(revisionsOf(database.db, ["benchmarks", "events"])).rejects.toThrow("No revision is kept for events");
  });

  it("moves when a table is emptied at once", async () => {
    const before = await revision("content_translations");
    await sql`truncate content_translations`.execute(database.db);
    expect(await revision("content_translations")).toBe(before + 1);
  });
});
