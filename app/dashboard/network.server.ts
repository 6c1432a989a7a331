// The dashboard's network card and the person's pairings, read in one statement: the dashboard asks
// the database no more for showing who one is paired with.
import { jsonArrayFrom } from "kysely/helpers/postgres";
import type { Viewer } from "~/auth/viewer";
import type { DB } from "~/lib/db.server";
import { groupCounts, membersByGroupQuery } from "~/members/queries.server";
import { partnersQuery, type Partner } from "~/onboarding/queries.server";

export async function networkAndPartners(db: DB, viewer: Viewer) {
  const row = await db
    .selectNoFrom([
      jsonArrayFrom(membersByGroupQuery(db)).as("groups"),
      jsonArrayFrom(partnersQuery(db, viewer.id, viewer.locale)).as("partners"),
    ])
    .executeTakeFirstOrThrow();
  return { groups: groupCounts(row.groups), partners: row.partners as Partner[] };
}
