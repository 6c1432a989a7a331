// Builds the network at ten times today's scale, for `npm run bench`.
// Each copy of a member gets a numbered name ("Ghana 7"), its focal point and alternates;
// the program of work is copied too, with reports from all of them.
import { sql } from "kysely";
import type { DB } from "../db/connection";
import { insertProgram, seedMembers, seedPeople } from "../db/seed";
import { manualChapters } from "../db/seed-data/manual";

export async function seedScale(db: DB, factor = 10): Promise<{ members: number; people: number; reports: number }> {
  let members = 0;
  let people = 0;
  let reports = 0;
  for (let copy = 2; copy <= factor; copy++) {
    await db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto("members")
        .values(
          seedMembers.map((member) => ({
            slug: `${member.slug}-${copy}`,
            name: `${member.name} ${copy}`,
            name_fr: `${member.nameFr} ${copy}`,
            name_es: `${member.nameEs} ${copy}`,
            kind: member.kind,
            regional_group: member.regionalGroup,
            capital: member.capital,
            time_zone: member.timeZone,
            joined_on: member.joinedOn,
          })),
        )
        .returning(["id", "slug"])
        .execute();
      const memberId = new Map(inserted.map((row) => [row.slug, row.id]));
      const copies = seedPeople.map((person) => ({ ...person, email: person.email.replace("@", `+${copy}@`) }));
      const users = await trx
        .insertInto("User")
        .values(copies.map((person) => ({ email: person.email, name: person.name })))
        .returning(["id", "email"])
        .execute();
      const userId = new Map(users.map((row) => [row.email, row.id]));
      await trx
        .insertInto("people")
        .values(
          copies.map((person) => ({
            user_id: userId.get(person.email)!,
            name: person.name,
            role: person.role,
            member_id: person.memberSlug ? memberId.get(`${person.memberSlug}-${copy}`)! : null,
            is_alternate: person.isAlternate,
            title: person.title,
            ministry: person.ministry,
            time_zone: person.timeZone,
            locale: person.locale,
          })),
        )
        .execute();
      members += inserted.length;
      people += copies.length;
    });
  }
  // Ten times the program too: each copy of the activities and benchmarks has reports from every member.
  const today = new Date().toISOString().slice(0, 10);
  const everyone = await db.selectFrom("members").select(["id", "slug"]).orderBy("slug").execute();
  const memberId = new Map(everyone.map((row) => [row.slug, row.id]));
  for (let copy = 2; copy <= factor; copy++) reports += await insertProgram(db, memberId, today, ` (${copy})`);
  return { members, people, reports };
}

/**
 * Joint statements at scale: `count` small statements across every stage (a third drafted with the
 * Republic of Korea), and one long negotiation with the Republic of Korea in its drafting group:
 * 60 paragraphs, 400 amendments with their discussion, and 100 versions. Returns that statement's id
 * and one of its paragraphs.
 */
export async function seedStatementScale(
  db: DB,
  count = 300,
): Promise<{ statementId: number; paragraphId: number; statements: number; amendments: number; versions: number }> {
  const members = await db.selectFrom("members").select(["id", "slug"]).orderBy("id").limit(60).execute();
  const korea = members.find((m) => m.slug === "republic-of-korea")!.id;
  const others = members.filter((m) => m.id !== korea);
  const words = (
    "the members of the network call on all states to prevent atrocity crimes protect populations " +
    "and act early on warning signs"
  ).split(" ");
  const sentence = (seed: number, length: number) =>
    Array.from({ length }, (_, i) => words[(seed * 7 + i * 3) % words.length]).join(" ") + ".";
  const stages = ["drafting", "silence", "adopted", "signature", "published"] as const;

  let amendments = 0;
  for (let i = 0; i < count; i += 100) {
    const batch = Array.from({ length: Math.min(100, count - i) }, (_, k) => i + k);
    const rows = await db
      .insertInto("statements")
      .values(
        batch.map((n) => {
          const stage = stages[n % stages.length]!;
          return {
            title: `Joint statement ${n + 1} on ${sentence(n, 5).slice(0, -1)}`,
            kind: n % 3 ? ("joint_statement" as const) : ("joint_letter" as const),
            penholder_member_id: others[n % others.length]!.id,
            stage,
            silence_deadline: stage === "silence" ? new Date(Date.now() + 7 * 86_400_000) : null,
            delivered_on: stage === "published" ? "2026-07-09" : null,
            venue: stage === "published" ? "New York" : null,
          };
        }),
      )
      .returning("id")
      .execute();
    await db
      .insertInto("statement_members")
      .values(
        rows.flatMap((row, k) => [
          { statement_id: row.id, member_id: others[k % others.length]!.id },
          ...((i + k) % 3 === 0 ? [{ statement_id: row.id, member_id: korea }] : []),
        ]),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
    const paragraphs = rows.flatMap((row, k) =>
      Array.from({ length: 5 }, (_, p) => ({ statement_id: row.id, position: p + 1, body: sentence(i + k + p, 30) })),
    );
    await db.insertInto("statement_paragraphs").values(paragraphs).execute();
    await db
      .insertInto("statement_versions")
      .values(
        rows.map((row, k) => ({
          statement_id: row.id,
          number: 1,
          paragraphs: Array.from({ length: 5 }, (_, p) => ({ id: 0, body: sentence(i + k + p, 30) })),
        })),
      )
      .execute();
  }

  // The long negotiation.
  const { id } = await db
    .insertInto("statements")
    .values({
      title: "Joint statement on the prevention of atrocity crimes, a long negotiation",
      kind: "joint_statement",
      penholder_member_id: others[0]!.id,
      current_version: 100,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("statement_members")
    .values([korea, ...others.slice(0, 12).map((m) => m.id)].map((member_id) => ({ statement_id: id, member_id })))
    .execute();
  const paragraphs = await db
    .insertInto("statement_paragraphs")
    .values(
      Array.from({ length: 60 }, (_, p) => ({
        statement_id: id,
        position: p + 1,
        body: sentence(p, 60),
        status: (["open", "bracketed", "agreed"] as const)[p % 3],
      })),
    )
    .returning(["id", "body"])
    .execute();
  // Its French and Spanish versions, every paragraph (issue 23): one French version in ten outdated.
  await db
    .insertInto("statement_paragraph_translations")
    .values(
      paragraphs.flatMap((p, index) =>
        (["fr", "es"] as const).map((language) => ({
          paragraph_id: p.id,
          language,
          body: `[${language}] ${p.body}`,
          source_body: language === "fr" && index % 10 === 0 ? `${p.body} (earlier)` : p.body,
        })),
      ),
    )
    .execute();
  const versions = Array.from({ length: 100 }, (_, v) => ({
    statement_id: id,
    number: v + 1,
    reason: v ? `Revision ${v}` : "",
    paragraphs: paragraphs.map((p, index) => ({
      id: p.id,
      body: index === v % 60 && v ? `${p.body} (revision ${v})` : p.body,
    })),
  }));
  for (let v = 0; v < versions.length; v += 25)
    await db
      .insertInto("statement_versions")
      .values(versions.slice(v, v + 25))
      .execute();
  const proposers = [korea, ...others.slice(0, 12).map((m) => m.id)];
  const amendmentRows = await db
    .insertInto("amendments")
    .values(
      Array.from({ length: 400 }, (_, a) => {
        const target = paragraphs[a % 60]!;
        return {
          statement_id: id,
          paragraph_id: target.id,
          kind: (["replace", "replace", "insert_after", "delete"] as const)[a % 4],
          body: a % 4 === 3 ? "" : `${target.body.slice(0, -1)} and report back to the network.`,
          rationale: sentence(a, 12),
          original: target.body,
          based_on_version: 1 + (a % 100),
          member_id: proposers[a % proposers.length]!,
          status: (["pending", "pending", "rejected", "accepted"] as const)[a % 4],
        };
      }),
    )
    .returning(["id", "member_id"])
    .execute();
  amendments += amendmentRows.length;
  await db
    .insertInto("amendment_comments")
    .values(
      amendmentRows.flatMap((row, k) =>
        [0, 1].map((c) => ({
          amendment_id: row.id,
          member_id: proposers[(k + c + 1) % proposers.length]!,
          stance: (["support", "object", "comment"] as const)[(k + c) % 3],
          body: sentence(k + c, 10),
        })),
      ),
    )
    .execute();
  return {
    statementId: id,
    paragraphId: paragraphs[7]!.id,
    statements: count + 1,
    amendments,
    versions: versions.length,
  };
}

/**
 * The manual at ten times a large real one: about `sections` sections in chapters of twenty, each
 * section a numbered copy of a starter section (with its first revision; the database keeps the
 * search vectors and the vocabulary).
 */
export async function seedManualScale(db: DB, sections = 2000): Promise<number> {
  const starter = manualChapters.flatMap((chapter) => chapter.sections);
  const existing = await db
    .selectFrom("manual_sections")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .executeTakeFirstOrThrow();
  const last = await db
    .selectFrom("manual_chapters")
    .select((eb) => eb.fn.max("position").as("position"))
    .executeTakeFirstOrThrow();
  const perChapter = 20;
  const chapters = Math.ceil((sections - Number(existing.n)) / perChapter);
  let added = 0;
  for (let index = 1; index <= chapters; index++) {
    await db.transaction().execute(async (trx) => {
      const { id } = await trx
        .insertInto("manual_chapters")
        .values({
          slug: `volume-${index}`,
          position: (last.position ?? 0) + index,
          title: `Country guidance, volume ${index}`,
          summary: "Guidance gathered from members, by theme.",
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      const rows = Array.from({ length: perChapter }, (_, position) => {
        const section = starter[(index * perChapter + position) % starter.length]!;
        return {
          chapter_id: id,
          slug: `${section.slug}-${index}-${position + 1}`,
          position: position + 1,
          title: `${section.title} (${index}.${position + 1})`,
          body: section.body,
          tags: section.tags,
        };
      });
      const inserted = await trx
        .insertInto("manual_sections")
        .values(rows)
        .returning(["id", "title", "body", "tags"])
        .execute();
      await trx
        .insertInto("manual_revisions")
        .values(
          inserted.map((row) => ({
            section_id: row.id,
            revision: 1,
            title: row.title,
            body: row.body,
            tags: row.tags,
            note: "First edition of the manual",
          })),
        )
        .execute();
      added += inserted.length;
    });
  }
  return added;
}

/**
 * The calendar at ten times today's scale: the seeded year copied `factor` times, over ten years
 * (about 2,900 events). Copies carry no reminders, so only the measured calls send any.
 */
export async function seedScaleCalendar(db: DB, factor = 10): Promise<{ events: number }> {
  const result = await sql`
    insert into events (title, type, starts_at, ends_at, time_zone, location, online_url, dial_in, description, agenda,
                        member_id, created_by, reminder_offsets, public)
    select e.title || ' (' || c || ')', e.type,
           e.starts_at + make_interval(years => y), e.ends_at + make_interval(years => y),
           e.time_zone, e.location, e.online_url, e.dial_in, e.description, e.agenda, e.member_id, e.created_by, '{}',
           e.public
    from events e cross join generate_series(1, ${factor}::integer) as c cross join generate_series(-4, 5) as y
    where not (c = 1 and y = 0)`.execute(db);
  return { events: Number(result.numAffectedRows ?? 0) };
}

/**
 * The seeded translations at the same scale: every copy of a translated manual section or Global Call
 * gets its starter's French and Spanish versions (made from the copy's own original, so none is outdated).
 */
export async function seedTranslationScale(db: DB): Promise<number> {
  const copies = [
    sql`select 'manual_section' as kind, copy.id, starter.id as starter_id,
        substring(copy.title from ' \\(\\d+\\.\\d+\\)$') as suffix, copy.title, copy.body as body, '' as agenda,
        '' as description
      from manual_sections starter join manual_sections copy on copy.slug like starter.slug || '-%-%'`,
    sql`select 'event', copy.id, starter.id, substring(copy.title from ' \\(\\d+\\)$'), copy.title, '', copy.agenda,
        copy.description
      from events starter join events copy on copy.title like starter.title || ' (%' and copy.type = starter.type
      where starter.type = 'global_call'`,
  ];
  const result = await sql`
    insert into content_translations (subject_kind, subject_id, field, locale, text, source_text, translated_by,
      translated_at)
    select t.subject_kind, copy.id, t.field, t.locale,
      case t.field when 'title' then t.text || coalesce(copy.suffix, '') else t.text end,
      case t.field when 'title' then copy.title when 'body' then copy.body when 'agenda' then copy.agenda
        else copy.description end,
      t.translated_by, t.translated_at
    from (${sql.join(copies, sql` union all `)}) copy
    join content_translations t on t.subject_kind = copy.kind and t.subject_id = copy.starter_id
    on conflict do nothing`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/**
 * Years of asking the secretariat: `count` inquiries, a third of them visitors' questions about joining,
 * the rest members' inquiries and proposals from focal points (the Republic of Korea's among them), most
 * answered long ago, a few still open.
 */
export async function seedInquiryScale(db: DB, count = 2000): Promise<number> {
  const result = await sql`
    with askers as (
      select p.id, p.member_id, row_number() over (order by p.id) as n, count(*) over () as total
      from people p where p.role = 'focal_point' and p.status = 'active'
    )
    insert into inquiries (kind, subject, body, status, member_id, asked_by, contact_name, contact_email,
                           contact_organisation, locale, answer, answered_at, created_at, updated_at)
    select
      case when i % 3 = 0 then 'membership' when i % 3 = 1 then 'inquiry' else 'project_proposal' end,
      'Question ' || i || ' about the program of work',
      'A question the secretariat was asked, with enough words to be a realistic message. ' || repeat('More. ', 40),
      case when i % 40 = 0 then 'received' when i % 40 = 1 then 'in_progress' else 'answered' end,
      case when i % 3 = 0 then null else a.member_id end,
      case when i % 3 = 0 then null else a.id end,
      case when i % 3 = 0 then 'Visitor ' || i end,
      case when i % 3 = 0 then 'visitor' || i || '@example.org' end,
      case when i % 3 = 0 then 'Ministry of Foreign Affairs ' || i end,
      'en',
      case when i % 40 > 1 then 'The secretariat answered this question. ' || repeat('Details. ', 30) else '' end,
      case when i % 40 > 1 then now() - make_interval(days => i % 1500) end,
      now() - make_interval(days => i % 1500, hours => 2),
      now() - make_interval(days => i % 1500)
    from generate_series(1, ${count}::integer) as i
    join askers a on a.n = 1 + (i % a.total)`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

/**
 * The channels at ten times what a busy year would bring: `announcements` announcements, and `posts`
 * posts across 400 threads (one long thread of 1,000, the others sharing the rest), by focal points of
 * every member, some mentioning a member, some edited. Returns the long thread's id.
 */
export async function seedChannelScale(
  db: DB,
  { announcements = 300, posts = 20_000 } = {},
): Promise<{ threadId: number; threads: number; posts: number }> {
  const authors = await db
    .selectFrom("people")
    .select(["id", "member_id as memberId"])
    .where("status", "=", "active")
    .orderBy("id")
    .execute();
  const members = await db.selectFrom("members").select(["id", "name"]).orderBy("id").limit(60).execute();
  const words = (manualChapters[0]!.sections[0]!.body.match(/[A-Za-z]{4,}/g) ?? ["prevention"]).slice(0, 200);
  const text = (seed: number, length: number) =>
    Array.from({ length }, (_, i) => words[(seed * 7 + i * 3) % words.length]).join(" ") + ".";
  const start = new Date("2026-01-05T09:00:00Z").getTime();
  const at = (n: number) => new Date(start + n * 600_000);
  const secretariat = await db
    .selectFrom("people")
    .select("id")
    .where("role", "=", "secretariat")
    .orderBy("id")
    .executeTakeFirstOrThrow();
  const groups = [null, "african", "asia_pacific", "eastern_european", "grulac", "weog"] as const;
  await db
    .insertInto("announcements")
    .values(
      Array.from({ length: announcements }, (_, n) => ({
        title: `Announcement ${n + 1}: ${text(n, 6)}`,
        body: text(n, 120),
        language: "en" as const,
        regional_group: groups[n % groups.length]!,
        posted_by: secretariat.id,
        posted_at: at(n * 30),
      })),
    )
    .execute();

  const threadCount = 400;
  const long = 1_000;
  const perThread = Math.floor((posts - long) / (threadCount - 1));
  const remainder = (posts - long) % (threadCount - 1);
  let written = 0;
  let longThread = 0;
  for (let t = 0; t < threadCount; t++) {
    const count = t === 0 ? long : perThread + (t <= remainder ? 1 : 0);
    const first = at(t * 40);
    await db.transaction().execute(async (trx) => {
      const { id } = await trx
        .insertInto("discussion_threads")
        .values({
          topic: `Thread ${t + 1}: ${text(t, 5)}`,
          started_by: authors[t % authors.length]!.id,
          started_at: first,
          post_count: count,
          last_post_at: at(t * 40 + count),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      if (t === 0) longThread = id;
      for (let from = 0; from < count; from += 1_000) {
        const rows = Array.from({ length: Math.min(1_000, count - from) }, (_, k) => {
          const n = from + k;
          const author = authors[(t * 13 + n) % authors.length]!;
          const mention = n % 25 === 0 ? `@${members[n % members.length]!.name} ` : "";
          return {
            thread_id: id,
            author_id: author.id,
            member_id: author.memberId,
            body: mention + text(t + n, 40),
            language: "en" as const,
            posted_at: at(t * 40 + n),
            edited_at: n % 10 === 0 ? at(t * 40 + n + 1) : null,
          };
        });
        const inserted = await trx.insertInto("discussion_posts").values(rows).returning(["id", "body"]).execute();
        const edited = inserted.filter((_, k) => (from + k) % 10 === 0);
        if (edited.length > 0)
          await trx
            .insertInto("discussion_post_revisions")
            .values(edited.map((post, k) => ({ post_id: post.id, body: `${post.body} (draft)`, replaced_at: at(k) })))
            .execute();
        const mentions = inserted.flatMap((post, k) =>
          (from + k) % 25 === 0 ? [{ post_id: post.id, member_id: members[(from + k) % members.length]!.id }] : [],
        );
        if (mentions.length > 0) await trx.insertInto("discussion_mentions").values(mentions).execute();
        written += inserted.length;
      }
    });
  }
  return { threadId: longThread, threads: threadCount, posts: written };
}

/**
 * The library at ten times its seeded size and more: `count` small files spread over manual sections,
 * activities, best practices, situation groups and benchmark reports (so the list's access rule meets
 * every owner kind), and twenty past annual meetings of a dozen recommendations each.
 */
export async function seedLibraryScale(db: DB, count = 1000): Promise<number> {
  const result = await sql`
    with owners as (
      select kind, id, row_number() over (order by kind, id) as n, count(*) over () as total from (
        (select 'manual_section' as kind, id from manual_sections order by id limit 300)
        union all (select 'activity', id from activities)
        union all (select 'best_practice', id from best_practices)
        union all (select 'situation_group', id from situation_groups order by id limit 100)
        union all (select 'benchmark_report', id from benchmark_reports order by id desc limit 300)
      ) o
    ), added as (
      insert into library_files (owner_kind, owner_id, title, description, language, filename, content_type, size,
                                 sha256, storage, uploaded_at)
      select o.kind, o.id, 'Briefing note ' || i || ' on atrocity prevention',
        'A note shared in the network, with enough words to be a realistic description of a document. ' || i,
        (array['en', 'fr', 'es', 'other'])[1 + i % 4], 'note-' || i || '.txt', 'text/plain; charset=utf-8', 64,
        md5(i::text), 'database', now() - make_interval(hours => i)
      from generate_series(1, ${count}::integer) as i
      join owners o on o.n = 1 + (i % o.total)
      returning id
    )
    insert into library_blobs (file_id, content)
    select id, convert_to(repeat('Briefing note. ', 4), 'UTF8') from added`.execute(db);
  await sql`
    insert into annual_meetings (title, city, starts_on, ends_on, host_member_id, summary, language,
                                 created_at, updated_at)
    select 'Annual meeting ' || y, 'City ' || y, make_date(y, 6, 1), make_date(y, 6, 3),
      (select id from members order by id offset y % 50 limit 1), 'What the meeting agreed.', 'en', now(), now()
    from generate_series(1990, 2009) as y`.execute(db);
  await sql`
    insert into annual_meeting_recommendations (meeting_id, position, category, text)
    select m.id, p, (array['national', 'international', 'global_network'])[1 + p % 3],
      'Recommendation ' || p || ' of the meeting, as its outcome document words it.'
    from annual_meetings m cross join generate_series(1, 12) as p
    where m.city like 'City %'`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}
