// Issue 23: how diplomats close a text. A paragraph may be "agreed ad referendum" (agreed by the
// negotiators, waiting for capitals); several competing amendments may be closed by one compromise
// text, each then "merged" into the version that compromise made.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table statement_paragraphs drop constraint statement_paragraphs_status_check`.execute(db);
  await sql`alter table statement_paragraphs add constraint statement_paragraphs_status_check
    check (status in ('open', 'bracketed', 'ad_referendum', 'agreed'))`.execute(db);
  await sql`alter table amendments drop constraint amendments_status_check`.execute(db);
  await sql`alter table amendments add constraint amendments_status_check
    check (status in ('pending', 'accepted', 'rejected', 'merged'))`.execute(db);
  await db.schema.alterTable("amendments").addColumn("merged_into_version", "integer").execute();
  await sql`alter table amendments add constraint amendments_merged_check
    check ((status = 'merged') = (merged_into_version is not null))`.execute(db);
}
