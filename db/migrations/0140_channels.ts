import { sql, type Kysely } from "kysely";

/**
 * The network's channels between calls: announcements from the secretariat (to everyone or to one
 * regional group), discussion threads open to every member (posts, their earlier wordings, the members
 * they mention), what each person watches or mutes, and the addresses mail does not reach.
 *
 * Search reads narrow tables kept by triggers, as for statements (migration 0024): one row per
 * announcement and one per visible post, in the language it was written in. A hidden post leaves search.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("announcements")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull().check(sql`language in ('en', 'fr', 'es')`))
    // Null: the whole network; otherwise the members of one UN regional group.
    .addColumn("regional_group", "text")
    .addColumn("posted_by", "integer", (c) => c.notNull().references("people.id"))
    .addColumn("posted_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("announcements_posted")
    .on("announcements")
    .columns(["posted_at desc", "id desc"])
    .execute();

  await db.schema
    .createTable("discussion_threads")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("topic", "text", (c) => c.notNull())
    .addColumn("started_by", "integer", (c) => c.notNull().references("people.id"))
    .addColumn("started_at", "timestamptz", (c) => c.notNull())
    // Kept with each post, so the list of threads reads one row per thread.
    .addColumn("post_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("last_post_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("discussion_threads_recent")
    .on("discussion_threads")
    .columns(["last_post_at desc", "id desc"])
    .execute();

  await db.schema
    .createTable("discussion_posts")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("thread_id", "integer", (c) => c.notNull().references("discussion_threads.id"))
    .addColumn("author_id", "integer", (c) => c.notNull().references("people.id"))
    // The member the author spoke for (null for the secretariat), as it was when they wrote.
    .addColumn("member_id", "integer", (c) => c.references("members.id"))
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("language", "text", (c) => c.notNull().check(sql`language in ('en', 'fr', 'es')`))
    .addColumn("posted_at", "timestamptz", (c) => c.notNull())
    .addColumn("edited_at", "timestamptz")
    .addColumn("hidden_at", "timestamptz")
    .addColumn("hidden_by", "integer", (c) => c.references("people.id"))
    .addColumn("hidden_reason", "text")
    .execute();
  await db.schema.createIndex("discussion_posts_thread").on("discussion_posts").columns(["thread_id", "id"]).execute();
  await db.schema.createIndex("discussion_posts_author").on("discussion_posts").columns(["author_id"]).execute();

  await db.schema
    .createTable("discussion_post_revisions")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("post_id", "integer", (c) => c.notNull().references("discussion_posts.id"))
    // The wording the edit replaced, and until when it stood.
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("replaced_at", "timestamptz", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("discussion_post_revisions_post")
    .on("discussion_post_revisions")
    .column("post_id")
    .execute();

  await db.schema
    .createTable("discussion_mentions")
    .addColumn("post_id", "integer", (c) => c.notNull().references("discussion_posts.id"))
    .addColumn("member_id", "integer", (c) => c.notNull().references("members.id"))
    .addPrimaryKeyConstraint("discussion_mentions_pk", ["post_id", "member_id"])
    .execute();

  // Watch or mute one thing (a thread, a statement; situation groups add their kind).
  await db.schema
    .createTable("subscriptions")
    .addColumn("person_id", "integer", (c) => c.notNull().references("people.id"))
    .addColumn("subject_kind", "text", (c) => c.notNull())
    .addColumn("subject_id", "integer", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull().check(sql`state in ('watch', 'mute')`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull())
    .addPrimaryKeyConstraint("subscriptions_pk", ["person_id", "subject_kind", "subject_id"])
    .execute();
  await db.schema
    .createIndex("subscriptions_subject")
    .on("subscriptions")
    .columns(["subject_kind", "subject_id"])
    .execute();

  // Each webhook delivery once: Svix retries and replays carry the same message id.
  await db.schema
    .createTable("webhook_messages")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("received_at", "timestamptz", (c) => c.notNull())
    .execute();
  // The latest bounce or complaint per address, until mail reaches it again.
  await db.schema
    .createTable("email_problems")
    .addColumn("email", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull().check(sql`kind in ('bounced', 'complained')`))
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("occurred_at", "timestamptz", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("announcement_search")
    .addColumn("announcement_id", "integer", (c) => c.primaryKey().references("announcements.id").onDelete("cascade"))
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("search", sql`tsvector`, (c) => c.notNull())
    .execute();
  await sql`
    create function announcement_search_refresh() returns trigger language plpgsql as $$
    begin
      insert into public.announcement_search (announcement_id, language, search)
      values (new.id, new.language, public.search_document(new.language, new.title, new.body))
      on conflict (announcement_id) do update set language = excluded.language, search = excluded.search;
      return null;
    end;
    $$
  `.execute(db);
  await sql`create trigger announcement_search_refresh after insert or update of title, body, language
    on announcements for each row execute function announcement_search_refresh()`.execute(db);
  await sql`create index announcement_search_index on announcement_search using gin (search)
    with (fastupdate = off)`.execute(db);

  await db.schema
    .createTable("discussion_post_search")
    .addColumn("post_id", "integer", (c) => c.primaryKey().references("discussion_posts.id").onDelete("cascade"))
    .addColumn("language", "text", (c) => c.notNull())
    .addColumn("search", sql`tsvector`, (c) => c.notNull())
    .execute();
  // The thread's topic is each post's title, so a post is found by the subject it answers.
  await sql`
    create function discussion_post_search_refresh() returns trigger language plpgsql as $$
    begin
      if new.hidden_at is not null then
        delete from public.discussion_post_search where post_id = new.id;
      else
        insert into public.discussion_post_search (post_id, language, search)
        select new.id, new.language, public.search_document(new.language, t.topic, new.body)
        from public.discussion_threads t where t.id = new.thread_id
        on conflict (post_id) do update set language = excluded.language, search = excluded.search;
      end if;
      return null;
    end;
    $$
  `.execute(db);
  await sql`create trigger discussion_post_search_refresh after insert or update of body, language, hidden_at
    on discussion_posts for each row execute function discussion_post_search_refresh()`.execute(db);
  await sql`create index discussion_post_search_index on discussion_post_search using gin (search)
    with (fastupdate = off)`.execute(db);
}
