// A thread's posts as its page shows them: markdown rendered, what each viewer may do with each post,
// and a hidden post's text only for the secretariat (everyone else reads why it was hidden).
import type { Viewer } from "~/auth/viewer";
import { renderMarkdown } from "~/lib/markdown.server";
import { can, editableUntil } from "./policy";
import type { listPosts } from "./queries.server";

type PostRow = Awaited<ReturnType<typeof listPosts>>[number];

export function presentPosts(rows: PostRow[], viewer: Viewer, at: Date) {
  return rows.map(({ body, revisions, hiddenAt, ...post }) => {
    const facts = { authorId: post.authorId, postedAt: post.postedAt, hidden: hiddenAt !== null };
    const readable = hiddenAt === null || can(viewer, "hide", { ...facts, hidden: false }, at);
    return {
      ...post,
      hidden: hiddenAt !== null,
      html: readable ? renderMarkdown(body) : null,
      revisions: readable ? revisions.map((revision) => ({ ...revision, html: renderMarkdown(revision.body) })) : [],
      canEdit: can(viewer, "edit", facts, at),
      editableUntil: editableUntil(post).toISOString(),
      canHide: can(viewer, "hide", facts, at),
    };
  });
}
export type PresentedPost = ReturnType<typeof presentPosts>[number];
