// What an edit changed, as the activity's history writes it: "Status: Planned → In progress".
import type { ActivityChange } from "../../db/schema";
import { nameCollator } from "~/members/names";

/** An activity's fields as the history compares them; members by id, named through `names`. */
export interface ComparableActivity {
  title: string;
  description: string;
  category: string;
  status: string;
  startOn: string | null;
  dueOn: string | null;
  leadIds: number[];
  participantIds: number[];
}

/** Members by their English names (the history is written once, for every reader), as English sorts them. */
const describeMembers = (ids: number[], names: Map<number, string>) =>
  ids
    .map((id) => names.get(id) ?? String(id))
    .sort(nameCollator("en").compare)
    .join(", ") || null;

/** Participants that are not also leads: a member takes part in an activity once. */
export const participantsBesideLeads = (activity: Pick<ComparableActivity, "leadIds" | "participantIds">) =>
  activity.participantIds.filter((id) => !activity.leadIds.includes(id));

/** Every field that differs, in the order a reader scans them. */
export function changesBetween(
  before: ComparableActivity,
  after: ComparableActivity,
  names: Map<number, string>,
): ActivityChange[] {
  const pairs: [string, string | null, string | null][] = [
    ["title", before.title, after.title],
    ["description", before.description, after.description],
    ["category", before.category, after.category],
    ["status", before.status, after.status],
    ["startOn", before.startOn, after.startOn],
    ["dueOn", before.dueOn, after.dueOn],
    ["leads", describeMembers(before.leadIds, names), describeMembers(after.leadIds, names)],
    [
      "participants",
      describeMembers(participantsBesideLeads(before), names),
      describeMembers(participantsBesideLeads(after), names),
    ],
  ];
  // The description can be long: the history notes that it changed, not the whole text.
  return pairs
    .filter(([, from, to]) => from !== to)
    .map(([field, from, to]) => (field === "description" ? { field, from: null, to: null } : { field, from, to }));
}
