// What a person may choose for each kind of thing they may watch or mute (shared by the server and
// the button): a statement's notices go to its group already, so it is only muted.
import type { SubscriptionKind, SubscriptionState } from "../../db/schema";

export const CHOICES: Record<SubscriptionKind, readonly SubscriptionState[]> = {
  discussion: ["watch", "mute"],
  statement: ["mute"],
};
