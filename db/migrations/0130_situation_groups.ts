import { sql, type Kysely } from "kysely";

/**
 * Situation groups: members concerned by a country situation or a theme share early-warning updates
 * (dated, with sources and a risk level the group tracks), discuss each one, take in members who ask
 * to join, and ask the secretariat to put the situation on a Global Call's agenda. Confidential like a
 * draft: who may see a group is decided at query time (app/groups), never here. Search gets narrow
 * tables of their own; a group's words never feed the "Did you mean" vocabulary, which everyone reads.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const riskLevel = sql`risk_level in ('low', 'elevated', 'high', 'severe')`;
  await db.schema
    .createTable("situation_groups")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("language", "text", (c) => c.notNull().defaultTo("en"))
    // Listed: other members see its title and description and may ask to join; unlisted: by invitation only.
    .addColumn("listed", "boolean", (c) => c.notNull().defaultTo(true))
    .addColumn("opened_by", "integer", (c) => c.references("people.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    // The latest update's risk level and date, kept by the command that posts it, for lists.
    .addColumn("risk_level", "text", (c) => c.check(riskLevel))
    .addColumn("last_update_on", "date")
    .execute();

  await db.schema
    .createTable("situation_group_members")
    .addColumn("group_id", "integer", (c) => c.notNull().references("situation_groups.id").onDelete("cascade"))
    .addColumn("member_id", "integer", (c) => c.notNull().references("members.id"))
    .addColumn("added_by", "integer", (c) => c.references("people.id").onDelete("set null"))
    .addColumn("added_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("situation_group_members_pkey", ["group_id", "member_id"])
    .execute();
  await sql`create index situation_group_members_member on situation_group_members (member_id, group_id)`.execute(db);

  await db.schema
    .createTable("situation_join_requests")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("group_id", "integer", (c) => c.notNull().references("situation_groups.id").onDelete("cascade"))
    .addColumn("member_id", "integer", (c) => c.notNull().references("members.id"))
    .addColumn("requested_by", "integer", (c) => c.references("people.id").onDelete("set null"))
    .addColumn("requested_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("pending")
        .check(sql`status in ('pending', 'accepted', 'declined')`),
    )
    .addColumn("decided_by", "integer", (c) => c.references("people.id").onDelete("set null"))
    .addColumn("decided_at", "timestamptz")
    .execute();
  // One open request per member and group, however often it is asked at once.
  await sql`create unique index situation_join_requests_pending on situation_join_requests (group_id, member_id)
    where status = 'pending'`.execute(db);

  await db.schema
    .createTable("situation_updates")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("group_id", "integer", (c) => c.notNull().references("situation_groups.id").onDelete("cascade"))
    .addColumn("occurred_on", "date", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("sources", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn("risk_level", "text", (c) => c.notNull().check(riskLevel))
    .addColumn("language", "text", (c) => c.notNull().defaultTo("en"))
    .addColumn("author_id", "integer", (c) => c.references("people.id").onDelete("set null"))
    .addColumn("member_id", "integer", (c) => c.references("members.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index situation_updates_group on situation_updates (group_id, occurred_on desc, id desc)`.execute(
    db,
  );

  await db.schema
    .createTable("situation_replies")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("update_id", "integer", (c) => c.notNull().references("situation_updates.id").onDelete("cascade"))
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("author_id", "integer", (c) => c.references("people.id").onDelete("set null"))
    .addColumn("member_id", "integer", (c) => c.references("members.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index situation_replies_update on situation_replies (update_id, created_at, id)`.execute(db);

  await db.schema
    .createTable("situation_agenda_requests")
    .addColumn("id", "serial", (c) => c.primaryKey())
    .addColumn("group_id", "integer", (c) => c.notNull().references("situation_groups.id").onDelete("cascade"))
    .addColumn("note", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("requested_by", "integer", (c) => c.references("people.id").onDelete("set null"))
    .addColumn("member_id", "integer", (c) => c.references("members.id"))
    .addColumn("requested_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("handled_by", "integer", (c) => c.references("people.id").onDelete("set null"))
    .addColumn("handled_at", "timestamptz")
    .execute();
  // One open request per group: asking again while one waits changes nothing.
  await sql`create unique index situation_agenda_requests_open on situation_agenda_requests (group_id)
    where handled_at is null`.execute(db);

  // Search: narrow tables kept by triggers, as for statements (0024); the group id filters by membership.
  await db.schema
    .createTable("situation_group_search")
    .addColumn("group_id", "integer", (c) => c.primaryKey().references("situation_groups.id").onDelete("cascade"))
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("search", sql`tsvector`, (c) => c.notNull())
    .execute();
  await sql`create index situation_group_search_index on situation_group_search using gin (search)
    with (fastupdate = off)`.execute(db);
  await sql`
    create function situation_group_search_refresh() returns trigger language plpgsql as $$
    begin
      insert into public.situation_group_search (group_id, language, search)
      values (new.id, new.language, public.search_document(new.language, new.title, new.description))
      on conflict (group_id) do update set language = excluded.language, search = excluded.search;
      return null;
    end;
    $$
  `.execute(db);
  await sql`create trigger situation_group_search_refresh
    after insert or update of title, description, language on situation_groups
    for each row execute function situation_group_search_refresh()`.execute(db);

  await db.schema
    .createTable("situation_update_search")
    .addColumn("update_id", "integer", (c) => c.primaryKey().references("situation_updates.id").onDelete("cascade"))
    .addColumn("group_id", "integer", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("search", sql`tsvector`, (c) => c.notNull())
    .execute();
  await sql`create index situation_update_search_index on situation_update_search using gin (search)
    with (fastupdate = off)`.execute(db);
  await sql`
    create function situation_update_search_refresh() returns trigger language plpgsql as $$
    begin
      insert into public.situation_update_search (update_id, group_id, language, search)
      values (new.id, new.group_id, new.language, public.search_document(new.language, '', new.body))
      on conflict (update_id) do update set language = excluded.language, search = excluded.search;
      return null;
    end;
    $$
  `.execute(db);
  await sql`create trigger situation_update_search_refresh after insert or update of body, language on situation_updates
    for each row execute function situation_update_search_refresh()`.execute(db);
}
