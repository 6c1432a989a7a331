// Issue 22: the annual training takes registrations. A training may have a capacity (null: unlimited);
// each person holds at most one live registration per event, registered or on the waiting list,
// whose order is the time they signed up. A cancelled registration is kept (cancelled_at), so a
// person may register again, behind those already waiting.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("events")
    .addColumn("capacity", "integer", (c) => c.check(sql`capacity between 1 and 100000`))
    .execute();
  await db.schema
    .createTable("event_registrations")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("event_id", "integer", (c) => c.notNull().references("events.id").onDelete("cascade"))
    .addColumn("person_id", "integer", (c) => c.notNull().references("people.id").onDelete("cascade"))
    .addColumn("status", "text", (c) => c.notNull().check(sql`status in ('registered', 'waiting')`))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("cancelled_at", "timestamptz")
    .execute();
  await db.schema
    .createIndex("event_registrations_live")
    .on("event_registrations")
    .columns(["event_id", "person_id"])
    .unique()
    .where(sql.ref("cancelled_at"), "is", null)
    .execute();
  await db.schema.createIndex("event_registrations_person").on("event_registrations").column("person_id").execute();
}
