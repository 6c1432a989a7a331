// Who may read, attach and delete library files. A file has no audience of its own: whoever may read
// its owner (a manual section, a best practice, an activity, a benchmark report, a situation group,
// an annual meeting, a training) may read it, by that owner's own rule; whoever may change the owner
// may attach files to it. `libraryFileReadable` below is the read rule in SQL, for the library list and search
// (tests/integration/library.test.ts checks that both agree on every seeded file and person).
import { sql, type RawBuilder } from "kysely";
import type { BestPracticeStatus, EventType, LibraryOwnerKind } from "../../db/schema";
import { actsFor, isSecretariat } from "~/auth/viewer";
import { constant } from "~/lib/sql";
import { can as canInGroup, groupVisible, type GroupStanding } from "~/groups/policy";
import { bestPracticeReadable, can as canInManual, type Asking } from "~/manual/policy";
import { can as canInProgram, type ActivityState } from "~/program/policy";
import { attachesMaterials, readsMaterials } from "~/training/policy";

/** Who asks; their id tells whether they hold a seat at a training (without it, they do not). */
type Who = Asking & { id?: number };

/** A file's owner as its rules need it. */
export type LibraryOwner =
  | { kind: "manual_section" }
  | { kind: "best_practice"; memberId: number; status: BestPracticeStatus }
  | { kind: "activity"; state: ActivityState }
  | { kind: "benchmark_report"; memberId: number }
  | { kind: "situation_group"; group: Pick<GroupStanding, "memberIds"> }
  | { kind: "annual_meeting" }
  /** A training's materials: those holding a seat read them. */
  | { kind: "event"; type: EventType; registered: number[] };

/** A file: its owner, and who uploaded it (null once that person is gone). */
export interface LibraryFileFacts {
  owner: LibraryOwner;
  uploadedBy: number | null;
}

export type LibraryAction = "read" | "attach" | "delete";

const seated = (viewer: Who, owner: { registered: number[] }) =>
  viewer.id !== undefined && owner.registered.includes(viewer.id);

/** Reading the owner, by its kind's rule: a benchmark report's history is its member's and the secretariat's. */
function readsOwner(viewer: Who, owner: LibraryOwner): boolean {
  switch (owner.kind) {
    case "manual_section":
    case "activity":
    case "annual_meeting":
      return true;
    case "best_practice":
      return canInManual(viewer, "read", { kind: "best_practice", memberId: owner.memberId, status: owner.status });
    case "benchmark_report":
      return actsFor(viewer, owner.memberId);
    case "event":
      return readsMaterials(viewer, { type: owner.type, mine: seated(viewer, owner) ? "registered" : null });
    case "situation_group":
      return canInGroup(viewer, "view", {
        ...owner.group,
        listed: false,
        pendingMemberIds: [],
        agendaRequested: false,
      });
  }
}

/** Changing the owner: the secretariat keeps the manual and the meetings; the rest follow their own rules. */
function changesOwner(viewer: Who, owner: LibraryOwner): boolean {
  switch (owner.kind) {
    case "manual_section":
      return canInManual(viewer, "edit", { kind: "section" });
    case "annual_meeting":
      return isSecretariat(viewer);
    case "best_practice":
      return actsFor(viewer, owner.memberId);
    case "activity":
      return canInProgram(viewer, "edit", owner.state) || canInProgram(viewer, "revise", owner.state);
    case "benchmark_report":
      return canInProgram(viewer, "report", { memberId: owner.memberId });
    case "event":
      return attachesMaterials(viewer, owner);
    case "situation_group":
      return canInGroup(viewer, "post_update", {
        ...owner.group,
        listed: false,
        pendingMemberIds: [],
        agendaRequested: false,
      });
  }
}

export function can(viewer: Who & { id: number }, action: "delete", file: LibraryFileFacts): boolean;
export function can(viewer: Who, action: "read", file: LibraryFileFacts): boolean;
export function can(viewer: Who, action: "attach", owner: LibraryOwner): boolean;
export function can(
  viewer: Who & { id?: number },
  action: LibraryAction,
  thing: LibraryFileFacts | LibraryOwner,
): boolean {
  if (action === "attach") {
    const owner = thing as LibraryOwner;
    return readsOwner(viewer, owner) && changesOwner(viewer, owner);
  }
  const file = thing as LibraryFileFacts;
  if (!readsOwner(viewer, file.owner)) return false;
  if (action === "read") return true;
  // Deleting: the person who uploaded it, or the secretariat.
  return isSecretariat(viewer) || (file.uploadedBy !== null && file.uploadedBy === viewer.id);
}

type FileColumns = { ownerKind: RawBuilder<unknown>; ownerId: RawBuilder<unknown> };

/**
 * `can(viewer, "read", file)` in SQL, for a row with `owner_kind` and `owner_id` columns: the owner
 * exists and the viewer may read it by its own rule (the same SQL twins its pages and search use).
 */
export function libraryFileReadable(viewer: Who & { id: number }, columns: FileColumns): RawBuilder<boolean> {
  return sql<boolean>`(${sql.join(Object.values(libraryFileReadableByKind(viewer, columns)), sql` or `)})`;
}

/**
 * The same rule as one condition per owner kind, each true only for files of its kind: a count of the
 * readable files is the sum of the counts of each, which Postgres answers as joins, each kind's own,
 * rather than testing every file against all seven (0.7 ms instead of 1.25 at ten times today's scale);
 * and a list of one kind's files tests its own condition only.
 */
export function libraryFileReadableByKind(
  viewer: Who & { id: number },
  { ownerKind, ownerId }: FileColumns,
): Record<LibraryOwnerKind, RawBuilder<boolean>> {
  const exists = (kind: LibraryOwnerKind, condition: RawBuilder<unknown>) =>
    sql<boolean>`(${ownerKind} = ${constant(kind)} and exists (${condition}))`;
  const reportReadable = isSecretariat(viewer) ? sql`true` : sql`r.member_id = ${viewer.memberId ?? -1}`;
  const seatHeld = isSecretariat(viewer)
    ? sql`true`
    : sql`exists (select 1 from event_registrations er where er.event_id = e.id and er.person_id = ${viewer.id}
        and er.status = 'registered' and er.cancelled_at is null)`;
  return {
    manual_section: exists("manual_section", sql`select 1 from manual_sections s where s.id = ${ownerId}`),
    activity: exists("activity", sql`select 1 from activities a where a.id = ${ownerId}`),
    annual_meeting: exists("annual_meeting", sql`select 1 from annual_meetings m where m.id = ${ownerId}`),
    event: exists("event", sql`select 1 from events e where e.id = ${ownerId} and e.type = 'training' and ${seatHeld}`),
    best_practice: exists(
      "best_practice",
      sql`select 1 from best_practices bp where bp.id = ${ownerId} and ${bestPracticeReadable(viewer, {
        status: sql.ref("bp.status"),
        memberId: sql.ref("bp.member_id"),
      })}`,
    ),
    benchmark_report: exists(
      "benchmark_report",
      sql`select 1 from benchmark_reports r where r.id = ${ownerId} and ${reportReadable}`,
    ),
    situation_group: sql<boolean>`(${ownerKind} = ${constant("situation_group")} and ${groupVisible(viewer, ownerId)}
      and exists (select 1 from situation_groups g where g.id = ${ownerId}))`,
  };
}
