// Who may do what in the network's discussions. Every signed-in person (each focal point, the
// secretariat) reads, starts threads and replies. An author may correct their post for a short
// while after writing it (every earlier wording is kept); the secretariat may hide a post, with a
// reason everyone sees in its place. The moment is passed in: the policy has no clock of its own.
import type { Viewer } from "~/auth/viewer";

/** How long after posting its author may still edit a post. */
export const EDIT_WINDOW_MS = 30 * 60_000;

export interface PostFacts {
  authorId: number;
  postedAt: Date;
  hidden: boolean;
}

export type DiscussionAction = "read" | "start" | "reply" | "edit" | "hide";

type Asking = Pick<Viewer, "id" | "role">;

export function editableUntil(post: Pick<PostFacts, "postedAt">): Date {
  return new Date(post.postedAt.getTime() + EDIT_WINDOW_MS);
}

export function can(viewer: Asking, action: DiscussionAction, post: PostFacts | null, at: Date): boolean {
  switch (action) {
    case "read":
    case "start":
    case "reply":
      return true;
    case "edit":
      return post !== null && !post.hidden && post.authorId === viewer.id && at < editableUntil(post);
    case "hide":
      return post !== null && !post.hidden && viewer.role === "secretariat";
  }
}
