// Reading the discussions: the threads, most recently active first, and a thread a page at a time.
import { sql } from "kysely";
import type { SubscriptionState } from "../../db/schema";
import type { Locale } from "~/i18n/config";
import type { DB } from "~/lib/db.server";
import { memberNameSql } from "~/members/names.server";
import type { MentionableMember } from "./mentions";
import { POSTS_PAGE_SIZE } from "./notify.server";

export const THREADS_PAGE_SIZE = 25;

export async function mentionableMembers(db: DB): Promise<MentionableMember[]> {
  return db.selectFrom("members").select(["id", "slug", "name", "name_fr as nameFr", "name_es as nameEs"]).execute();
}

export async function listThreads(db: DB, page: number) {
  const rows = await db
    .selectFrom("discussion_threads as t")
    .innerJoin("people as p", "p.id", "t.started_by")
    .select(["t.id", "t.topic", "t.post_count as postCount", "t.last_post_at as lastPostAt", "p.name as startedBy"])
    .orderBy("t.last_post_at", "desc")
    .orderBy("t.id", "desc")
    .limit(THREADS_PAGE_SIZE + 1)
    .offset((page - 1) * THREADS_PAGE_SIZE)
    .execute();
  return { threads: rows.slice(0, THREADS_PAGE_SIZE), hasNext: rows.length > THREADS_PAGE_SIZE };
}

/** The thread and the person's watch or mute of it, in one statement. */
export async function getThread(db: DB, personId: number, id: number) {
  return db
    .selectFrom("discussion_threads as t")
    .leftJoin("subscriptions as s", (join) =>
      join.onRef("s.subject_id", "=", "t.id").on("s.subject_kind", "=", "discussion").on("s.person_id", "=", personId),
    )
    .select(["t.id", "t.topic", "t.post_count as postCount", "s.state as subscription"])
    .where("t.id", "=", id)
    .executeTakeFirst() as Promise<
    { id: number; topic: string; postCount: number; subscription: SubscriptionState | null } | undefined
  >;
}

export interface Revision {
  body: string;
  replacedAt: string;
}

/**
 * One page of a thread's posts, oldest first, each with its author, the member they spoke for, its
 * earlier wordings and the members it mentions: one statement however many posts.
 */
export async function listPosts(db: DB, threadId: number, page: number, locale: Locale) {
  return db
    .selectFrom("discussion_posts as d")
    .innerJoin("people as p", "p.id", "d.author_id")
    .leftJoin("members as m", "m.id", "d.member_id")
    .leftJoin("people as h", "h.id", "d.hidden_by")
    .select(["d.id", "d.author_id as authorId", "d.body", "d.language", "d.posted_at as postedAt"])
    .select(["d.edited_at as editedAt", "d.hidden_at as hiddenAt", "d.hidden_reason as hiddenReason"])
    .select(["p.name as author", "m.slug as memberSlug", memberNameSql<string | null>("m", locale).as("memberName")])
    .select(["h.name as hiddenBy"])
    .select(
      sql<Revision[]>`coalesce((select json_agg(json_build_object('body', r.body, 'replacedAt', r.replaced_at)
        order by r.id) from discussion_post_revisions r where r.post_id = d.id), '[]')`.as("revisions"),
    )
    .select(
      sql<{ slug: string; name: string }[]>`coalesce((select json_agg(json_build_object('slug', mm.slug,
        'name', ${memberNameSql("mm", locale)}) order by mm.slug) from discussion_mentions x
        join members mm on mm.id = x.member_id where x.post_id = d.id), '[]')`.as("mentions"),
    )
    .where("d.thread_id", "=", threadId)
    .orderBy("d.id")
    .limit(POSTS_PAGE_SIZE)
    .offset((page - 1) * POSTS_PAGE_SIZE)
    .execute();
}

/** A post as its edit page needs it. */
export async function getPost(db: DB, id: number) {
  return db
    .selectFrom("discussion_posts as d")
    .innerJoin("discussion_threads as t", "t.id", "d.thread_id")
    .select(["d.id", "d.thread_id as threadId", "d.author_id as authorId", "d.body", "d.posted_at as postedAt"])
    .select(["d.hidden_at as hiddenAt", "t.topic"])
    .where("d.id", "=", id)
    .executeTakeFirst();
}
