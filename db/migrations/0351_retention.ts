// Retention of a stepped-down person's details: the period the secretariat sets (one row), and on each
// person when they were warned and when their details were reduced to their name and member.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("network_settings")
    .addColumn("id", "boolean", (c) =>
      c
        .primaryKey()
        .defaultTo(true)
        .check(sql`id`),
    )
    .addColumn("retention_months", "integer", (c) =>
      c
        .notNull()
        .defaultTo(24)
        .check(sql`retention_months between 6 and 120`),
    )
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_by", "integer", (c) => c.references("people.id"))
    .execute();
  await db.insertInto("network_settings").values({ id: true }).execute();
  await db.schema
    .alterTable("people")
    .addColumn("retention_warned_at", "timestamptz")
    .addColumn("details_reduced_at", "timestamptz")
    .execute();
}
