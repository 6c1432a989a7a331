// Issue 23: a member of the drafting group comments on a paragraph, or on some words of it, without
// proposing a change. The words are kept as quoted, so the comment still says what it was about after
// the text has moved on.
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("paragraph_remarks")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("statement_id", "integer", (c) => c.notNull().references("statements.id").onDelete("cascade"))
    .addColumn("paragraph_id", "integer", (c) => c.notNull().references("statement_paragraphs.id"))
    .addColumn("quote", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("member_id", "integer", (c) => c.notNull().references("members.id"))
    .addColumn("person_id", "integer", (c) => c.references("people.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex("paragraph_remarks_paragraph_index")
    .on("paragraph_remarks")
    .column("paragraph_id")
    .execute();
}
