// Who may read and who may translate a thing that has French, Spanish or English versions beside its
// original. The secretariat keeps the manual, the program of work and the calendar and speaks to the
// network, so it translates manual sections, benchmarks, activities, events and announcements; a best
// practice is its member's account, so only that member's focal points translate it. Reading follows
// the thing's own rule (a best practice under review only for its member and the secretariat). Routes
// ask `can` what to offer; commands enforce it.
import type { BestPracticeStatus, TranslatedKind } from "../../db/schema";
import { can as canInManual, type Asking } from "~/manual/policy";

/** A translatable thing as the policy sees it. */
export type TranslationFacts =
  | { kind: Exclude<TranslatedKind, "best_practice"> }
  | { kind: "best_practice"; memberId: number; status: BestPracticeStatus };

export type TranslationAction = "read" | "translate";

export function can(viewer: Asking, action: TranslationAction, thing: TranslationFacts): boolean {
  if (thing.kind === "best_practice") {
    if (action === "read") return canInManual(viewer, "read", thing);
    return viewer.role === "focal_point" && viewer.memberId === thing.memberId;
  }
  return action === "read" || viewer.role === "secretariat";
}
