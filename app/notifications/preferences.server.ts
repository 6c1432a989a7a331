// How each person wants to hear about each category.
import type { NotificationCadence } from "../../db/schema";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import { CATEGORIES, DEFAULT_CADENCE, isCategory, type Category } from "./categories";
import type { UnsubscribeScope } from "./unsubscribe.server";

export type Preferences = Record<Category, NotificationCadence>;

/** Each listed person's cadence per category, defaults filled in. */
export async function preferencesOf(db: DB, personIds: number[]): Promise<Map<number, Preferences>> {
  const result = new Map<number, Preferences>(personIds.map((id) => [id, { ...DEFAULT_CADENCE }]));
  if (personIds.length === 0) return result;
  const rows = await db
    .selectFrom("notification_preferences")
    .select(["person_id", "category", "cadence"])
    .where("person_id", "in", personIds)
    .execute();
  for (const row of rows) {
    const preferences = result.get(row.person_id);
    if (preferences && (CATEGORIES as readonly string[]).includes(row.category))
      preferences[row.category as Category] = row.cadence;
  }
  return result;
}

export async function setPreferences(db: DB, personId: number, changes: Partial<Preferences>): Promise<void> {
  const rows = Object.entries(changes).map(([category, cadence]) => ({
    person_id: personId,
    category,
    cadence: cadence!,
  }));
  if (rows.length === 0) return;
  await db
    .insertInto("notification_preferences")
    .values(rows)
    .onConflict((conflict) =>
      conflict
        .columns(["person_id", "category"])
        .doUpdateSet((eb) => ({ cadence: eb.ref("excluded.cadence"), updated_at: now() })),
    )
    .execute();
}

/**
 * The one-click unsubscribe: a category, or every category a digest gathers, goes quiet by email
 * (the notification centre still shows them).
 */
export async function unsubscribe(db: DB, personId: number, scope: UnsubscribeScope): Promise<void> {
  if (isCategory(scope)) {
    await setPreferences(db, personId, { [scope]: "off" });
    return;
  }
  const current = (await preferencesOf(db, [personId])).get(personId)!;
  const gathered = CATEGORIES.filter((category) => current[category] === scope);
  await setPreferences(db, personId, Object.fromEntries(gathered.map((category) => [category, "off"])));
}
