// Who hears of a post: the focal points of each member it mentions (at once, by default), and
// everyone who took part in the thread or watches it (in their daily digest, by default). A muted
// thread sends them no email; its notices still reach their notification centre.
import type { DB } from "~/lib/db.server";
import { memberNameFacts } from "~/members/names";
import { notify } from "~/notifications/delivery.server";
import { subscribers } from "~/notifications/subscriptions.server";

/** Posts on a page of a thread: each is rendered from markdown, so a page of 50 took twice the floor at 10x. */
export const POSTS_PAGE_SIZE = 25;

interface PostNotice {
  thread: { id: number; topic: string };
  post: { id: number; position: number };
  actor: { id: number; name: string };
  /** Members newly mentioned by this post (or this edit). */
  mentioned: number[];
  /** Tell the thread's participants and watchers (a reply), or only those mentioned (an edit). */
  toThread: boolean;
}

/** Where a post lives: its page of the thread, at its anchor (with a notice for the one who wrote it). */
export function postLink(threadId: number, postId: number, position: number, notice?: string): string {
  const page = Math.ceil(position / POSTS_PAGE_SIZE);
  const query = new URLSearchParams();
  if (page > 1) query.set("page", String(page));
  if (notice) query.set("notice", notice);
  const search = query.size > 0 ? `?${query}` : "";
  return `/discussions/${threadId}${search}#post-${postId}`;
}

export async function tellAboutPost(db: DB, notice: PostNotice): Promise<void> {
  const subject = { kind: "discussion" as const, id: notice.thread.id };
  const link = postLink(notice.thread.id, notice.post.id, notice.post.position);
  const facts = { thread: notice.thread.topic, threadId: String(notice.thread.id), actor: notice.actor.name };
  const mentionedPeople = new Set<number>();
  if (notice.mentioned.length > 0) {
    const members = await db
      .selectFrom("members as m")
      .select(["m.id", "m.name", "m.name_fr as nameFr", "m.name_es as nameEs"])
      .where("m.id", "in", notice.mentioned)
      .execute();
    const people = await db
      .selectFrom("people")
      .select(["id", "member_id as memberId"])
      .where("member_id", "in", notice.mentioned)
      .where("status", "=", "active")
      .where("id", "<>", notice.actor.id)
      .execute();
    for (const member of members) {
      const recipients = people.filter((person) => person.memberId === member.id).map((person) => person.id);
      recipients.forEach((id) => mentionedPeople.add(id));
      await notify(db, {
        kind: "discussion_mentioned",
        recipients,
        params: { ...facts, ...memberNameFacts("member", member) },
        link,
        subject,
      });
    }
  }
  if (!notice.toThread) return;
  const participants = await db
    .selectFrom("discussion_posts")
    .select("author_id")
    .distinct()
    .where("thread_id", "=", notice.thread.id)
    .execute();
  const watchers = await subscribers(db, subject, "watch");
  const recipients = new Set([...participants.map((row) => row.author_id), ...watchers]);
  recipients.delete(notice.actor.id);
  // Someone told of the mention of their member needs no second notice of the same post.
  for (const id of mentionedPeople) recipients.delete(id);
  await notify(db, { kind: "discussion_replied", recipients: [...recipients], params: facts, link, subject });
}
