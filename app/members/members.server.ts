import type { DB } from "~/lib/db.server";
import type { RegionalGroup } from "../../db/schema";

export type GroupKey = RegionalGroup | "organisation";

/** How many members each UN regional group has; organisations are counted on their own. */
export async function countMembersByGroup(db: DB): Promise<{ group: GroupKey; count: number }[]> {
  const rows = await db
    .selectFrom("members")
    .select((eb) => [
      eb.fn.coalesce("regional_group", eb.val("organisation")).as("group"),
      eb.fn.countAll<string>().as("count"),
    ])
    .groupBy("regional_group")
    .orderBy((eb) => eb("regional_group", "is", null))
    .orderBy("regional_group")
    .execute();
  return rows.map((row) => ({ group: row.group as GroupKey, count: Number(row.count) }));
}
