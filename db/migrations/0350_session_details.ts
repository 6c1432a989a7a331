// "Where you are signed in": each session's device and network as seen at sign-in, when it began and
// when it was last used. Sessions idle for 30 days end: each use moves `expires` 30 days on.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("Session")
    .addColumn("createdAt", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("lastUsedAt", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("userAgent", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("ipAddress", "text", (c) => c.notNull().defaultTo(""))
    .execute();
}
