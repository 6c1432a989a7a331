// What search looks through: one source per kind of document, each with its own access rule.
// To add a kind, write a source like the ones below and list it in SOURCES: the combined query,
// ranking, grouping, counts and snippets follow.
import { sql, type RawBuilder } from "kysely";
import type { CurrentPerson } from "~/auth/session.server";
import type { DB } from "~/lib/db.server";
import { visibleStatementIds } from "~/statements/statements.server";
import type { SearchKind } from "./kinds";
import { matches, rank } from "./text.server";

export interface SearchContext {
  /** What the person typed; sources read it parsed, from the `search_query q` they join. */
  q: string;
  tag?: string;
  person: Pick<CurrentPerson, "id" | "role" | "memberId">;
}

/**
 * A source returns one row per matching document the person may see, with the columns
 * kind, id, rank, title, body (markdown or plain text), language, href, context; it joins
 * `search_query q` and uses matches() and rank() from ./text.server.
 */
export interface SearchSource {
  kind: SearchKind;
  /** Whether its documents carry the manual's tags (a tag filter leaves the others out). */
  tagged: boolean;
  hits(context: SearchContext, db: DB): RawBuilder<unknown>;
}

const tagFilter = (tags: RawBuilder<unknown>, tag?: string) => (tag ? sql`${tags} @> array[${tag}]::text[]` : sql`true`);

const manualSections: SearchSource = {
  kind: "section",
  tagged: true,
  // The manual is for every signed-in person.
  hits: ({ tag }) => sql`
    select 'section' as kind, s.id, ${rank(sql`s.search`, sql`s.language`)} as rank, s.title, s.body, s.language,
      '/manual/' || c.slug || '/' || s.slug as href, c.title as context
    from search_query q, manual_sections s join manual_chapters c on c.id = s.chapter_id
    where ${matches(sql`s.search`, sql`s.language`)} and ${tagFilter(sql`s.tags`, tag)}`,
};

const bestPractices: SearchSource = {
  kind: "best_practice",
  tagged: true,
  // Published ones for everyone; before that only the contributing member and the secretariat.
  hits: ({ tag, person }) => sql`
    select 'best_practice' as kind, bp.id, ${rank(sql`bp.search`, sql`bp.language`)} as rank, bp.title, bp.body, bp.language,
      '/manual/best-practices/' || bp.id as href, m.name as context
    from search_query q, best_practices bp join members m on m.id = bp.member_id
    where ${matches(sql`bp.search`, sql`bp.language`)} and ${tagFilter(sql`bp.tags`, tag)}
      and (bp.status = 'published' or ${person.role === "secretariat"} or bp.member_id = ${person.memberId ?? -1})`,
};

const activities: SearchSource = {
  kind: "activity",
  tagged: false,
  // The program of work is for every signed-in person; archived activities are left out.
  hits: () => sql`
    select 'activity' as kind, a.id, ${rank(sql`x.search`, sql`x.language`)} as rank, a.title, a.description as body, a.language,
      '/work/activities/' || a.id as href, a.category as context
    from search_query q, activity_search x join activities a on a.id = x.activity_id
    where ${matches(sql`x.search`, sql`x.language`)} and a.archived_at is null`,
};

const statements: SearchSource = {
  kind: "statement",
  tagged: false,
  // Exactly the statements the person may open: drafts only for their drafting group (and the
  // secretariat), so a draft never shows in anyone else's results, counts or snippets.
  hits: ({ person }, db) => sql`
    select 'statement' as kind, s.id, ${rank(sql`s.search`, sql`s.language`)} as rank, s.title, s.body_text as body, s.language,
      '/statements/' || s.id as href, s.stage as context
    from search_query q, statements s
    where ${matches(sql`s.search`, sql`s.language`)} and s.id in (${visibleStatementIds(db, person)})`,
};

const events: SearchSource = {
  kind: "event",
  tagged: false,
  // The calendar is for every signed-in person; a cancelled event is still found, marked as such.
  hits: () => sql`
    select 'event' as kind, e.id, ${rank(sql`es.search`, sql`es.language`)} as rank, e.title, e.agenda || E'\n\n' || e.description as body, e.language,
      '/calendar/' || e.id as href, case when e.status = 'cancelled' then 'cancelled' else e.type end as context
    from search_query q, event_search es join events e on e.id = es.event_id
    where ${matches(sql`es.search`, sql`es.language`)}`,
};

export const SOURCES: readonly SearchSource[] = [manualSections, bestPractices, statements, events, activities];
