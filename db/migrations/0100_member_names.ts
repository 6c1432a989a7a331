// A member's name as the UN writes it in French and Spanish, beside the English `name`. Existing members
// start from their English name until the secretariat (or `npm run db:seed`, for seeded members) gives
// theirs; trigram indexes let the directory's search find a member by any of its three names.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("members").addColumn("name_fr", "text").addColumn("name_es", "text").execute();
  await sql`update members set name_fr = name, name_es = name`.execute(db);
  await db.schema
    .alterTable("members")
    .alterColumn("name_fr", (c) => c.setNotNull())
    .alterColumn("name_es", (c) => c.setNotNull())
    .execute();
  await sql`create index members_name_fr_trgm on members using gin (name_fr gin_trgm_ops)`.execute(db);
  await sql`create index members_name_es_trgm on members using gin (name_es gin_trgm_ops)`.execute(db);
}
