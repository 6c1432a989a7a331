// Who may do what in the manual and with best practices. Routes ask `can` what to offer; commands
// enforce it (`ensure(can(...))`). Reading a best practice is also needed as a filter on lists and
// search: `bestPracticeReadable` below is the same rule written in SQL, next to it so they change
// together (tests/integration/manual-policy.test.ts checks that both agree on a table of cases).
import { sql, type RawBuilder } from "kysely";
import type { BestPracticeStatus } from "../../db/schema";
import { actsFor, type FocalPointViewer, type SecretariatViewer } from "~/auth/viewer";

/** A best practice as the policy sees it; `status` is absent for one not contributed yet. */
export interface BestPracticeFacts {
  kind: "best_practice";
  memberId: number;
  status?: BestPracticeStatus;
}

export type ManualThing = BestPracticeFacts | { kind: "chapter" } | { kind: "section" };

interface Actions {
  best_practice: "read" | "contribute" | "revise" | "return" | "publish";
  chapter: "read" | "add";
  section: "read" | "add" | "edit" | "move";
}
export type ManualAction<T extends ManualThing> = Actions[T["kind"]];

/** Who asks: the policy needs only their role and member. */
export type Asking = Pick<SecretariatViewer, "role" | "memberId"> | Pick<FocalPointViewer, "role" | "memberId">;

/**
 * The manual is every signed-in person's to read and the secretariat's to write (add chapters and
 * sections, edit sections, move them). A best practice is contributed for a member by its people or
 * the secretariat; until it is published only they read it and may revise it; the secretariat
 * returns (with a note) or publishes one that waits for review; once published, everyone reads it.
 */
export function can<T extends ManualThing>(viewer: Asking, action: ManualAction<T>, thing: T): boolean {
  if (thing.kind !== "best_practice") return action === "read" || viewer.role === "secretariat";
  const practice = thing as BestPracticeFacts;
  switch (action as Actions["best_practice"]) {
    case "read":
      return practice.status === "published" || actsFor(viewer, practice.memberId);
    case "contribute":
      return practice.status === undefined && actsFor(viewer, practice.memberId);
    case "revise":
      return practice.status !== undefined && practice.status !== "published" && actsFor(viewer, practice.memberId);
    case "return":
    case "publish":
      return practice.status === "submitted" && viewer.role === "secretariat";
  }
}

/**
 * `can(viewer, "read", practice)` as an SQL condition on a row's status and member columns, for
 * lists and search: published, or the viewer acts for its member (the secretariat for every member).
 */
export function bestPracticeReadable(
  viewer: Asking,
  columns: { status: RawBuilder<unknown>; memberId: RawBuilder<unknown> },
): RawBuilder<boolean> {
  if (viewer.role === "secretariat") return sql<boolean>`true`;
  return sql<boolean>`(${columns.status} = 'published' or ${columns.memberId} = ${viewer.memberId})`;
}
