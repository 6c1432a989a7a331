// What a person may choose for each kind of thing they may watch or mute (shared by the server and
// the button): a statement's or a situation group's notices go to its group already, and an event's to
// everyone, so those are only muted.
import type { SubscriptionKind, SubscriptionState } from "../../db/schema";

export const CHOICES: Record<SubscriptionKind, readonly SubscriptionState[]> = {
  discussion: ["watch", "mute"],
  statement: ["mute"],
  situation_group: ["mute"],
  event: ["mute"],
};

/** Where each kind's page is: the button comes back there. */
export const SUBJECT_PATHS: Record<SubscriptionKind, string> = {
  discussion: "/discussions",
  statement: "/statements",
  situation_group: "/groups",
  event: "/calendar",
};
