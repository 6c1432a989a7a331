// Everything that changes the discussions: one use case, one function, one transaction, with its
// policy enforced, its audit entry and its notices recorded inside it.
import { recordAudit } from "~/audit/audit.server";
import { ensure, found } from "~/auth/policy";
import type { Viewer } from "~/auth/viewer";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import { findMentions } from "./mentions";
import { postLink, tellAboutPost } from "./notify.server";
import { can } from "./policy";
import { mentionableMembers } from "./queries.server";

const postSubject = (id: number) => ({ kind: "discussion_post", id });

/** Writes a post and the members it mentions; returns its id and its place in the thread. */
async function addPost(trx: DB, viewer: Viewer, threadId: number, body: string) {
  const at = now();
  const { id } = await trx
    .insertInto("discussion_posts")
    .values({
      thread_id: threadId,
      author_id: viewer.id,
      member_id: viewer.memberId,
      body,
      language: viewer.locale,
      posted_at: at,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const { post_count: position } = await trx
    .updateTable("discussion_threads")
    .set((eb) => ({ post_count: eb("post_count", "+", 1), last_post_at: at }))
    .where("id", "=", threadId)
    .returning("post_count")
    .executeTakeFirstOrThrow();
  const mentioned = findMentions(body, await mentionableMembers(trx));
  if (mentioned.length > 0)
    await trx
      .insertInto("discussion_mentions")
      .values(mentioned.map((memberId) => ({ post_id: id, member_id: memberId })))
      .execute();
  return { id, position, mentioned };
}

export async function startThread(db: DB, viewer: Viewer, input: { topic: string; body: string }): Promise<number> {
  ensure(can(viewer, "start", null, now()));
  return db.transaction().execute(async (trx) => {
    const { id: threadId } = await trx
      .insertInto("discussion_threads")
      .values({ topic: input.topic, started_by: viewer.id, started_at: now(), last_post_at: now() })
      .returning("id")
      .executeTakeFirstOrThrow();
    const post = await addPost(trx, viewer, threadId, input.body);
    await recordAudit(trx, {
      action: "discussion_started",
      actor: viewer,
      memberId: viewer.memberId,
      subject: postSubject(post.id),
    });
    await tellAboutPost(trx, {
      thread: { id: threadId, topic: input.topic },
      post,
      actor: viewer,
      mentioned: post.mentioned,
      toThread: false,
    });
    return threadId;
  });
}

/** A reply (404 when the thread does not exist): its id and its place in the thread. */
export async function reply(
  db: DB,
  viewer: Viewer,
  threadId: number,
  body: string,
): Promise<{ id: number; position: number }> {
  ensure(can(viewer, "reply", null, now()));
  return db.transaction().execute(async (trx) => {
    // Replies take turns on the thread, so each knows its place (and so its page) in it.
    const thread = found(
      await trx
        .selectFrom("discussion_threads")
        .select(["id", "topic"])
        .where("id", "=", threadId)
        .forNoKeyUpdate()
        .executeTakeFirst(),
    );
    const post = await addPost(trx, viewer, thread.id, body);
    await recordAudit(trx, {
      action: "discussion_replied",
      actor: viewer,
      memberId: viewer.memberId,
      subject: postSubject(post.id),
    });
    await tellAboutPost(trx, { thread, post, actor: viewer, mentioned: post.mentioned, toThread: true });
    return { id: post.id, position: post.position };
  });
}

async function lockPost(trx: DB, postId: number) {
  return found(
    await trx
      .selectFrom("discussion_posts as d")
      .innerJoin("discussion_threads as t", "t.id", "d.thread_id")
      .select(["d.id", "d.thread_id as threadId", "d.author_id as authorId", "d.posted_at as postedAt", "d.body"])
      .select(["d.hidden_at as hiddenAt", "t.topic"])
      .select((eb) =>
        eb
          .selectFrom("discussion_posts as before")
          .select((inner) => inner.fn.countAll<number>().as("n"))
          .whereRef("before.thread_id", "=", "d.thread_id")
          .whereRef("before.id", "<=", "d.id")
          .as("position"),
      )
      .where("d.id", "=", postId)
      .forNoKeyUpdate("d")
      .executeTakeFirst(),
  );
}

const facts = (post: Awaited<ReturnType<typeof lockPost>>) => ({
  authorId: post.authorId,
  postedAt: post.postedAt,
  hidden: post.hiddenAt !== null,
});

/**
 * The author corrects their post within the edit window; the wording it replaces is kept. Members
 * the new wording mentions for the first time are told. Returns where the post is read.
 */
export async function editPost(db: DB, viewer: Viewer, postId: number, body: string): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const post = await lockPost(trx, postId);
    const at = now();
    ensure(can(viewer, "edit", facts(post), at));
    const link = postLink(post.threadId, postId, Number(post.position), "edited");
    if (body === post.body) return link;
    await trx
      .insertInto("discussion_post_revisions")
      .values({ post_id: postId, body: post.body, replaced_at: at })
      .execute();
    await trx.updateTable("discussion_posts").set({ body, edited_at: at }).where("id", "=", postId).execute();
    const before = await trx
      .selectFrom("discussion_mentions")
      .select("member_id")
      .where("post_id", "=", postId)
      .execute();
    const known = new Set(before.map((row) => row.member_id));
    const added = findMentions(body, await mentionableMembers(trx)).filter((id) => !known.has(id));
    if (added.length > 0)
      await trx
        .insertInto("discussion_mentions")
        .values(added.map((memberId) => ({ post_id: postId, member_id: memberId })))
        .execute();
    await recordAudit(trx, {
      action: "discussion_post_edited",
      actor: viewer,
      memberId: viewer.memberId,
      subject: postSubject(postId),
    });
    await tellAboutPost(trx, {
      thread: { id: post.threadId, topic: post.topic },
      post: { id: postId, position: Number(post.position) },
      actor: viewer,
      mentioned: added,
      toThread: false,
    });
    return link;
  });
}

/** The secretariat hides a post, saying why; everyone then reads the reason in its place. Returns where. */
export async function hidePost(db: DB, viewer: Viewer, postId: number, reason: string): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const post = await lockPost(trx, postId);
    ensure(can(viewer, "hide", facts(post), now()));
    await trx
      .updateTable("discussion_posts")
      .set({ hidden_at: now(), hidden_by: viewer.id, hidden_reason: reason })
      .where("id", "=", postId)
      .execute();
    await recordAudit(trx, {
      action: "discussion_post_hidden",
      actor: viewer,
      subject: postSubject(postId),
      details: { reason },
    });
    return postLink(post.threadId, postId, Number(post.position), "hidden");
  });
}
