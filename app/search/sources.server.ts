// What search looks through: one source per kind of document, each with its own access rule.
// To add a kind, write a source like the ones below and list it in SOURCE_GROUPS: the combined query,
// ranking, grouping, counts and snippets follow.
import { sql, type RawBuilder } from "kysely";
import type { Locale, TranslatedKind } from "../../db/schema";
import type { DB } from "~/lib/db.server";
import { groupVisible } from "~/groups/policy";
import { libraryFileReadable } from "~/library/policy";
import { bestPracticeReadable, type Asking } from "~/manual/policy";
import { memberNameSql } from "~/members/names.server";
import { statementVisible } from "~/statements/queries.server";
import { translatedText } from "~/translations/queries.server";
import type { SearchKind } from "./kinds";
import { perLanguage } from "./text.server";
import { POSTS_PAGE_SIZE } from "~/discussions/notify.server";

export interface SearchContext {
  /** What the person typed; sources read it parsed, from the `search_query q` they join. */
  q: string;
  tag?: string;
  /** Who searches: what they may see is each source's access rule. */
  person: Asking & { id: number; locale: Locale };
}

/**
 * What a source's matches are asked for: the search, and whether to rank them (not for a kind that shows
 * no rows on this page, only its count).
 */
export interface SourceQuery extends SearchContext {
  ranked: boolean;
}

/**
 * A source finds every matching document the person may see (`matches`: columns id and rank, one
 * arm per language through perLanguage() from ./text.server, joining `search_query q`), and describes the few
 * shown (`documents`: id, title, body as markdown or plain text, their languages, href, context, for the
 * ids in `shown`), in the reader's language where a translation exists (`inLocale`). Reading titles,
 * bodies and joins only for the page keeps the cost of a query
 * that matches hundreds of documents to ranking them.
 */
export interface SearchSource {
  kind: SearchKind;
  /** Whether its documents carry the manual's tags (a tag filter leaves the others out). */
  tagged: boolean;
  matches(query: SourceQuery, db: DB): RawBuilder<unknown>;
  documents(shown: RawBuilder<unknown>, locale: Locale): RawBuilder<unknown>;
}

/**
 * A lateral row `tt` with each field's translation into `locale` (null where there is none), and the
 * language a title and a body are shown in: the reader's where translated, else the original's.
 * The translations are read in one look-up per document: as one subquery per field, Postgres copied
 * each into every place its field is used (the text and its language), two look-ups per field.
 */
function inLocale(kind: TranslatedKind, id: RawBuilder<unknown>, fields: string[], locale: Locale) {
  const columns = fields.map((field) => sql`max(t.text) filter (where t.field = ${field}) as ${sql.ref(field)}`);
  return {
    join: sql`cross join lateral (select ${sql.join(columns)} from content_translations t
      where t.subject_kind = ${kind} and t.subject_id = ${id} and t.locale = ${locale}) tt`,
    languages: (original: RawBuilder<unknown>, bodyFields: string[]) => sql`
      case when tt.title is null then ${original} else ${locale} end as language,
      case when ${sql.join(
        bodyFields.map((field) => sql`${sql.ref(`tt.${field}`)} is null`),
        sql` and `,
      )} then ${original} else ${locale} end as body_language`,
  };
}

const tagFilter = (tags: RawBuilder<unknown>, tag?: string) =>
  tag ? sql`${tags} @> array[${tag}]::text[]` : sql`true`;

const manualSections: SearchSource = {
  kind: "section",
  tagged: true,
  // The manual is for every signed-in person.
  matches: ({ tag, ranked }) =>
    perLanguage(
      ranked,
      (arm) => sql`
        select x.section_id as id, ${arm.rank(sql`x.search`)} as rank
        from search_query q, manual_section_search x
        where ${arm.matches(sql`x.search`, sql`x.language`)} and ${tagFilter(sql`x.tags`, tag)}`,
    ),
  documents: (shown, locale) => {
    const translated = inLocale("manual_section", sql.ref("s.id"), ["title", "body"], locale);
    return sql`
    select s.id, coalesce(tt.title, s.title) as title, coalesce(tt.body, s.body) as body,
      ${translated.languages(sql.ref("s.language"), ["body"])},
      '/manual/' || c.slug || '/' || s.slug as href,
      coalesce(${translatedText("manual_chapter", "c.id", "title", locale)}, c.title) as context
    from manual_sections s join manual_chapters c on c.id = s.chapter_id ${translated.join}
    where s.id in (${shown})`;
  },
};

const bestPractices: SearchSource = {
  kind: "best_practice",
  tagged: true,
  // Exactly the best practices the person may open (the manual's rule): published ones for everyone,
  // before that only the contributing member and the secretariat.
  matches: ({ tag, person, ranked }) =>
    perLanguage(
      ranked,
      (arm) => sql`
        select x.best_practice_id as id, ${arm.rank(sql`x.search`)} as rank
        from search_query q, best_practice_search x
        where ${arm.matches(sql`x.search`, sql`x.language`)} and ${tagFilter(sql`x.tags`, tag)}
          and ${bestPracticeReadable(person, { status: sql.ref("x.status"), memberId: sql.ref("x.member_id") })}`,
    ),
  documents: (shown, locale) => {
    const translated = inLocale("best_practice", sql.ref("bp.id"), ["title", "body"], locale);
    return sql`
    select bp.id, coalesce(tt.title, bp.title) as title, coalesce(tt.body, bp.body) as body,
      ${translated.languages(sql.ref("bp.language"), ["body"])},
      '/manual/best-practices/' || bp.id as href, ${memberNameSql("m", locale)} as context
    from best_practices bp join members m on m.id = bp.member_id ${translated.join}
    where bp.id in (${shown})`;
  },
};

const activities: SearchSource = {
  kind: "activity",
  tagged: false,
  // The program of work is for every signed-in person; archived activities are left out.
  matches: ({ ranked }) =>
    perLanguage(
      ranked,
      (arm) => sql`
        select a.id, ${arm.rank(sql`x.search`)} as rank
        from search_query q, activity_search x join activities a on a.id = x.activity_id
        where ${arm.matches(sql`x.search`, sql`x.language`)} and a.archived_at is null`,
    ),
  documents: (shown, locale) => {
    const translated = inLocale("activity", sql.ref("a.id"), ["title", "description"], locale);
    return sql`
    select a.id, coalesce(tt.title, a.title) as title, coalesce(tt.description, a.description) as body,
      ${translated.languages(sql.ref("a.language"), ["description"])},
      '/work/activities/' || a.id as href, a.category as context
    from activities a ${translated.join}
    where a.id in (${shown})`;
  },
};

const statements: SearchSource = {
  kind: "statement",
  tagged: false,
  // Exactly the statements the person may open: drafts only for their drafting group (and the
  // secretariat), so a draft never shows in anyone else's results, counts or snippets.
  matches: ({ person, ranked }, db) =>
    perLanguage(
      ranked,
      (arm) => sql`
        select x.statement_id as id, ${arm.rank(sql`x.search`)} as rank
        from search_query q, statement_search x
        where ${arm.matches(sql`x.search`, sql`x.language`)}
          and ${statementVisible(db, person, sql.ref("x.stage"), sql.ref("x.statement_id"))}`,
    ),
  documents: (shown) => sql`
    select s.id, s.title, s.body_text as body, s.language, s.language as body_language,
      '/statements/' || s.id as href, s.stage as context
    from statements s
    where s.id in (${shown})`,
};

const events: SearchSource = {
  kind: "event",
  tagged: false,
  // The calendar is for every signed-in person; a cancelled event is still found, marked as such.
  matches: ({ ranked }) =>
    perLanguage(
      ranked,
      (arm) => sql`
        select es.event_id as id, ${arm.rank(sql`es.search`)} as rank
        from search_query q, event_search es
        where ${arm.matches(sql`es.search`, sql`es.language`)}`,
    ),
  documents: (shown, locale) => {
    const translated = inLocale("event", sql.ref("e.id"), ["title", "agenda", "description"], locale);
    return sql`
    select e.id, coalesce(tt.title, e.title) as title,
      coalesce(tt.agenda, e.agenda) || E'\n\n' || coalesce(tt.description, e.description) as body,
      ${translated.languages(sql.ref("e.language"), ["agenda", "description"])}, '/calendar/' || e.id as href,
      case when e.status = 'cancelled' then 'cancelled' else e.type end as context
    from events e ${translated.join}
    where e.id in (${shown})`;
  },
};

const members: SearchSource = {
  kind: "member",
  tagged: false,
  // The directory is for every signed-in person: a member by its names or short names ("UK"), its
  // active focal points' names and ministries, accents aside (the directory's own rule, migration 0160);
  // a misspelt query is corrected as for every kind ("Did you mean"), not by comparing it with every member.
  matches: ({ q }) => sql`select member_id as id, rank from directory_search(${q}, typos => false)`,
  documents: (shown, locale) => sql`
    select m.id, ${memberNameSql("m", locale)} as title,
      coalesce((select string_agg(p.name || ', ' || p.ministry, E'\n' order by p.is_alternate, p.name) from people p
        where p.member_id = m.id and p.status = 'active'), '') as body,
      ${locale} as language, ${locale} as body_language,
      '/members/' || m.slug as href, coalesce(m.regional_group::text, 'organisation') as context
    from members m
    where m.id in (${shown})`,
};

const groups: SearchSource = {
  kind: "group",
  tagged: false,
  // Exactly the groups the person may open (groups/policy.ts): their member's, every one for the
  // secretariat; never in anyone else's results, counts or snippets.
  matches: ({ person, ranked }) =>
    perLanguage(
      ranked,
      (arm) => sql`
        select x.group_id as id, ${arm.rank(sql`x.search`)} as rank
        from search_query q, situation_group_search x
        where ${arm.matches(sql`x.search`, sql`x.language`)} and ${groupVisible(person, sql.ref("x.group_id"))}`,
    ),
  documents: (shown) => sql`
    select g.id, g.title, g.description as body, g.language, g.language as body_language,
      '/groups/' || g.id as href, coalesce(g.last_update_on::text, '') as context
    from situation_groups g
    where g.id in (${shown})`,
};

const groupUpdates: SearchSource = {
  kind: "group_update",
  tagged: false,
  // An update is found by exactly those who may open its group.
  matches: ({ person, ranked }) =>
    perLanguage(
      ranked,
      (arm) => sql`
        select x.update_id as id, ${arm.rank(sql`x.search`)} as rank
        from search_query q, situation_update_search x
        where ${arm.matches(sql`x.search`, sql`x.language`)} and ${groupVisible(person, sql.ref("x.group_id"))}`,
    ),
  documents: (shown) => sql`
    select u.id, g.title, u.body, g.language, u.language as body_language,
      '/groups/' || g.id || '#update-' || u.id as href, u.occurred_on::text as context
    from situation_updates u join situation_groups g on g.id = u.group_id
    where u.id in (${shown})`,
};

const announcements: SearchSource = {
  kind: "announcement",
  tagged: false,
  // Every signed-in person reads the archive of announcements (app/announcements/policy.ts).
  matches: ({ ranked }) =>
    perLanguage(
      ranked,
      (arm) => sql`
        select x.announcement_id as id, ${arm.rank(sql`x.search`)} as rank
        from search_query q, announcement_search x
        where ${arm.matches(sql`x.search`, sql`x.language`)}`,
    ),
  documents: (shown, locale) => {
    const translated = inLocale("announcement", sql.ref("a.id"), ["title", "body"], locale);
    return sql`
    select a.id, coalesce(tt.title, a.title) as title, coalesce(tt.body, a.body) as body,
      ${translated.languages(sql.ref("a.language"), ["body"])},
      '/announcements/' || a.id as href, coalesce(a.regional_group, 'network') as context
    from announcements a ${translated.join}
    where a.id in (${shown})`;
  },
};

const discussions: SearchSource = {
  kind: "discussion",
  tagged: false,
  // Discussions are open to every signed-in person; a hidden post has left its search table.
  matches: ({ ranked }) =>
    perLanguage(
      ranked,
      (arm) => sql`
        select x.post_id as id, ${arm.rank(sql`x.search`)} as rank
        from search_query q, discussion_post_search x
        where ${arm.matches(sql`x.search`, sql`x.language`)}`,
    ),
  // Each post is found under its thread's topic, and opens at its place in the thread.
  documents: (shown) => sql`
    select d.id, t.topic as title, d.body, d.language, d.language as body_language,
      '/discussions/' || t.id || case when n.position > ${POSTS_PAGE_SIZE}
        then '?page=' || ceil(n.position::numeric / ${POSTS_PAGE_SIZE}) else '' end || '#post-' || d.id as href,
      p.name as context
    from discussion_posts d
    join discussion_threads t on t.id = d.thread_id
    join people p on p.id = d.author_id
    cross join lateral (select count(*) as position from discussion_posts b
      where b.thread_id = d.thread_id and b.id <= d.id) n
    where d.id in (${shown})`,
};

const libraryFiles: SearchSource = {
  kind: "library_file",
  tagged: false,
  // Exactly the files the person may download: each as confidential as what it is attached to
  // (library/policy.ts), so a situation group's file is found only by the group and the secretariat.
  matches: ({ person, ranked }) =>
    perLanguage(
      ranked,
      (arm) => sql`
        select x.file_id as id, ${arm.rank(sql`x.search`)} as rank
        from search_query q, library_file_search x
        where ${arm.matches(sql`x.search`, sql`x.language`)}
          and ${libraryFileReadable(person, { ownerKind: sql.ref("x.owner_kind"), ownerId: sql.ref("x.owner_id") })}`,
    ),
  // A file "in another language" is marked with no language.
  documents: (shown) => sql`
    select f.id, f.title, f.description as body, nullif(f.language, 'other') as language,
      nullif(f.language, 'other') as body_language, '/library/' || f.id as href, f.filename as context
    from library_files f
    where f.id in (${shown})`,
};

/**
 * Every source, in two groups searched by two statements side by side, so that Postgres can answer
 * them on two cores, each about half the work at ten times today's scale whatever the query: the kinds
 * a query can match by the thousand, statements (a common word), situation updates (a phrase) and the
 * manual, with the directory, in one; the calendar (as large as the manual, in more languages) and the
 * smaller kinds in the other. (One statement per source paid eleven times for a round trip; one for
 * all of them left a core idle.)
 */
export const SOURCE_GROUPS: readonly (readonly SearchSource[])[] = [
  [statements, manualSections, groupUpdates, members],
  [events, groups, activities, announcements, bestPractices, discussions, libraryFiles],
];
