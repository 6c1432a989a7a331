// Pairings (seed 004: "small regional meetings and other pairings"): the secretariat pairs a newly
// appointed focal point with an experienced one (a mentor pair), or gathers a few people of one
// regional group under a name (a regional pairing). Ending a pairing keeps it on record.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("pairings")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('mentor', 'regional')`))
    .addColumn("name", "text")
    .addColumn("regional_group", "text", (c) =>
      c.check(sql`regional_group in ('african', 'asia_pacific', 'eastern_european', 'grulac', 'weog')`),
    )
    .addColumn("created_by", "integer", (c) => c.references("people.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("ended_at", "timestamptz")
    .addColumn("ended_by", "integer", (c) => c.references("people.id"))
    .addCheckConstraint("pairings_named", sql`(kind = 'regional') = (name is not null and regional_group is not null)`)
    .execute();
  await db.schema
    .createTable("pairing_people")
    .addColumn("pairing_id", "integer", (c) => c.notNull().references("pairings.id"))
    .addColumn("person_id", "integer", (c) => c.notNull().references("people.id"))
    .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('mentor', 'newcomer', 'peer')`))
    .addPrimaryKeyConstraint("pairing_people_pk", ["pairing_id", "person_id"])
    .execute();
  // A person's pairings (their dashboard, the overview's "paired" column).
  await db.schema.createIndex("pairing_people_person").on("pairing_people").columns(["person_id"]).execute();
  // The overview's "active": a person's latest act in the audit log.
  await sql`create index audit_log_actor_index on audit_log (actor_id, at desc) where actor_id is not null`.execute(db);
}
