import { sql, type Kysely } from "kysely";

/**
 * Joint statements and letters drafted by a group of members: paragraphs, amendments with their
 * discussion, immutable versions of the text, the workflow's events and the co-signatures.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("statements")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('joint_statement', 'joint_letter')`))
    .addColumn("topic", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("occasion", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("language", "text", (c) =>
      c
        .notNull()
        .defaultTo("en")
        .check(sql`language in ('en', 'fr', 'es')`),
    )
    .addColumn("penholder_member_id", "integer", (c) => c.notNull().references("members.id"))
    .addColumn("stage", "text", (c) =>
      c
        .notNull()
        .defaultTo("drafting")
        .check(sql`stage in ('drafting', 'silence', 'adopted', 'signature', 'published')`),
    )
    // The number of the latest version: every change to the text must name it (no lost updates).
    .addColumn("current_version", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("silence_deadline", "timestamptz")
    .addColumn("adopted_at", "timestamptz")
    .addColumn("delivered_on", "date")
    .addColumn("venue", "text")
    .addColumn("published_at", "timestamptz")
    .addColumn("created_by", "integer", (c) => c.references("people.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint("statements_silence_has_deadline", sql`stage <> 'silence' or silence_deadline is not null`)
    .addCheckConstraint(
      "statements_published_has_delivery",
      sql`stage <> 'published' or (delivered_on is not null and venue is not null)`,
    )
    .execute();
  await db.schema.createIndex("statements_stage_index").on("statements").columns(["stage", "updated_at"]).execute();

  // The drafting group: the members who may read the draft and propose amendments.
  await db.schema
    .createTable("statement_members")
    .addColumn("statement_id", "integer", (c) => c.notNull().references("statements.id").onDelete("cascade"))
    .addColumn("member_id", "integer", (c) => c.notNull().references("members.id"))
    .addColumn("added_by", "integer", (c) => c.references("people.id"))
    .addColumn("added_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("statement_members_pkey", ["statement_id", "member_id"])
    .execute();
  await db.schema.createIndex("statement_members_member_index").on("statement_members").column("member_id").execute();

  // Paragraphs in order; a deleted paragraph is kept (removed_at) so its amendments keep their target.
  await db.schema
    .createTable("statement_paragraphs")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("statement_id", "integer", (c) => c.notNull().references("statements.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("open")
        .check(sql`status in ('open', 'bracketed', 'agreed')`),
    )
    .addColumn("removed_at", "timestamptz")
    .execute();
  await db.schema
    .createIndex("statement_paragraphs_order_index")
    .on("statement_paragraphs")
    .columns(["statement_id", "position"])
    .execute();

  // Every state of the text, never changed once written: [{ id, body }, ...] in order.
  await db.schema
    .createTable("statement_versions")
    .addColumn("statement_id", "integer", (c) => c.notNull().references("statements.id").onDelete("cascade"))
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("paragraphs", "jsonb", (c) => c.notNull())
    // The accepted amendment that made this version, if any; and why, in the author's words.
    .addColumn("amendment_id", "integer")
    .addColumn("reason", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_by", "integer", (c) => c.references("people.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("statement_versions_pkey", ["statement_id", "number"])
    .execute();
  await sql`
    create function statement_version_immutable() returns trigger language plpgsql as $$
    begin
      raise exception 'statement versions are immutable';
    end;
    $$
  `.execute(db);
  await sql`
    create trigger statement_version_immutable before update on statement_versions
    for each row execute function statement_version_immutable()
  `.execute(db);

  await db.schema
    .createTable("amendments")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("statement_id", "integer", (c) => c.notNull().references("statements.id").onDelete("cascade"))
    .addColumn("paragraph_id", "integer", (c) => c.notNull().references("statement_paragraphs.id"))
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('replace', 'insert_after', 'delete')`))
    .addColumn("body", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("rationale", "text", (c) => c.notNull())
    // The paragraph as the proposer saw it, to show the diff and notice later changes.
    .addColumn("original", "text", (c) => c.notNull())
    .addColumn("based_on_version", "integer", (c) => c.notNull())
    .addColumn("member_id", "integer", (c) => c.notNull().references("members.id"))
    .addColumn("proposed_by", "integer", (c) => c.references("people.id"))
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("pending")
        .check(sql`status in ('pending', 'accepted', 'rejected')`),
    )
    .addColumn("decided_by", "integer", (c) => c.references("people.id"))
    .addColumn("decided_at", "timestamptz")
    .addColumn("decision_reason", "text")
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex("amendments_paragraph_index")
    .on("amendments")
    .columns(["paragraph_id", "status"])
    .execute();
  await db.schema
    .createIndex("amendments_statement_index")
    .on("amendments")
    .columns(["statement_id", "status"])
    .execute();

  await db.schema
    .createTable("amendment_comments")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("amendment_id", "integer", (c) => c.notNull().references("amendments.id").onDelete("cascade"))
    .addColumn("member_id", "integer", (c) => c.notNull().references("members.id"))
    .addColumn("person_id", "integer", (c) => c.references("people.id"))
    .addColumn("stance", "text", (c) => c.notNull().check(sql`stance in ('comment', 'support', 'object')`))
    .addColumn("body", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex("amendment_comments_amendment_index")
    .on("amendment_comments")
    .column("amendment_id")
    .execute();

  // What happened to the statement, in order: silence started, broken, adopted, published…
  await db.schema
    .createTable("statement_events")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("statement_id", "integer", (c) => c.notNull().references("statements.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("person_id", "integer", (c) => c.references("people.id"))
    .addColumn("member_id", "integer", (c) => c.references("members.id"))
    .addColumn("reason", "text")
    .addColumn("deadline", "timestamptz")
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex("statement_events_statement_index")
    .on("statement_events")
    .columns(["statement_id", "at"])
    .execute();

  // Co-signature: a member is invited, then signs (by one of its focal points) or withdraws.
  await db.schema
    .createTable("statement_signatures")
    .addColumn("statement_id", "integer", (c) => c.notNull().references("statements.id").onDelete("cascade"))
    .addColumn("member_id", "integer", (c) => c.notNull().references("members.id"))
    .addColumn("invited_by", "integer", (c) => c.references("people.id"))
    .addColumn("invited_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("signed_by", "integer", (c) => c.references("people.id"))
    .addColumn("signed_at", "timestamptz")
    .addPrimaryKeyConstraint("statement_signatures_pkey", ["statement_id", "member_id"])
    .execute();
  await db.schema
    .createIndex("statement_signatures_member_index")
    .on("statement_signatures")
    .column("member_id")
    .execute();
}
