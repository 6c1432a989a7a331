import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<any>): Promise<void> {
  // Events of the shared calendar. Start and end are instants; the event's own time zone is kept
  // to show its local time and to write correct iCalendar times across daylight-saving changes.
  await db.schema
    .createTable("events")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    // The iCalendar UID: stable for the life of the event, whatever the portal's address.
    .addColumn("uid", "text", (c) =>
      c
        .notNull()
        .unique()
        .defaultTo(sql`gen_random_uuid()::text`),
    )
    .addColumn("title", "text", (c) => c.notNull())
    // The language the title and texts are written in, so pages in other languages mark them.
    .addColumn("language", "text", (c) =>
      c
        .notNull()
        .defaultTo("en")
        .check(sql`language in ('en', 'fr', 'es')`),
    )
    .addColumn("type", "text", (c) =>
      c.notNull().check(
        sql`type in ('general_assembly', 'security_council', 'human_rights_council', 'regional_organisation',
            'national_forum', 'global_call', 'annual_meeting', 'regional_meeting', 'training')`,
      ),
    )
    .addColumn("starts_at", "timestamptz", (c) => c.notNull())
    .addColumn("ends_at", "timestamptz", (c) => c.notNull())
    .addColumn("time_zone", "text", (c) => c.notNull())
    .addColumn("location", "text", (c) => c.notNull().defaultTo(""))
    // Global Calls: the video/dial-in details are shown to signed-in members only.
    .addColumn("online_url", "text")
    .addColumn("dial_in", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("description", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("agenda", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("minutes", "text", (c) => c.notNull().defaultTo(""))
    .addColumn("minutes_posted_at", "timestamptz")
    .addColumn("member_id", "integer", (c) => c.references("members.id"))
    .addColumn("created_by", "integer", (c) => c.references("people.id"))
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("scheduled")
        .check(sql`status in ('scheduled', 'cancelled')`),
    )
    // iCalendar SEQUENCE: bumped on every change subscribers should see.
    .addColumn("sequence", "integer", (c) => c.notNull().defaultTo(0))
    // Minutes before the start when invited people are reminded (Global Calls).
    .addColumn("reminder_offsets", sql`integer[]`, (c) => c.notNull().defaultTo(sql`'{10080,1440,60}'`))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("cancelled_at", "timestamptz")
    .addCheckConstraint("events_end_after_start", sql`ends_at > starts_at`)
    .execute();
  await db.schema.createIndex("events_starts_index").on("events").columns(["starts_at", "ends_at"]).execute();
  await db.schema.createIndex("events_ends_index").on("events").column("ends_at").execute();

  // What changed on an event and who did it: a change or cancellation is shown, never silent.
  await db.schema
    .createTable("event_changes")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("event_id", "integer", (c) => c.notNull().references("events.id").onDelete("cascade"))
    .addColumn("person_id", "integer", (c) => c.references("people.id"))
    .addColumn("at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("kind", "text", (c) =>
      c.notNull().check(sql`kind in ('created', 'updated', 'rescheduled', 'cancelled', 'minutes_posted')`),
    )
    .addColumn("changes", "jsonb", (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .execute();
  await db.schema.createIndex("event_changes_event_index").on("event_changes").columns(["event_id", "at"]).execute();

  await db.schema
    .createTable("event_rsvps")
    .addColumn("event_id", "integer", (c) => c.notNull().references("events.id").onDelete("cascade"))
    .addColumn("person_id", "integer", (c) => c.notNull().references("people.id"))
    .addColumn("response", "text", (c) => c.notNull().check(sql`response in ('attending', 'not_attending', 'maybe')`))
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint("event_rsvps_pkey", ["event_id", "person_id"])
    .execute();

  // One row per (call, person, offset): the row is the claim that makes a reminder go out once.
  await db.schema
    .createTable("call_reminders")
    .addColumn("id", "integer", (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn("event_id", "integer", (c) => c.notNull().references("events.id").onDelete("cascade"))
    .addColumn("person_id", "integer", (c) => c.notNull().references("people.id"))
    .addColumn("offset_minutes", "integer", (c) => c.notNull().check(sql`offset_minutes > 0`))
    .addColumn("due_at", "timestamptz", (c) => c.notNull())
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("pending")
        .check(sql`status in ('pending', 'sent', 'skipped', 'cancelled')`),
    )
    .addColumn("sent_at", "timestamptz")
    .addUniqueConstraint("call_reminders_once", ["event_id", "person_id", "offset_minutes"])
    .execute();
  await sql`create index call_reminders_due_index on call_reminders (due_at) where status = 'pending'`.execute(db);

  // Any other message that must go out once per recipient and occasion: the key is claimed in the
  // same transaction that records the send (and doubles as Resend's idempotency key).
  await db.schema
    .createTable("deliveries")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("purpose", "text", (c) => c.notNull())
    .addColumn("person_id", "integer", (c) => c.references("people.id"))
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  // A private calendar subscription per person: only the token's hash is kept.
  await db.schema
    .createTable("calendar_feeds")
    .addColumn("person_id", "integer", (c) => c.primaryKey().references("people.id").onDelete("cascade"))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn("last_used_at", "timestamptz")
    .execute();
}
