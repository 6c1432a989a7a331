// Seeds the situation groups of db/seed-data/groups.ts: members, updates with their risk levels and
// discussion, and a waiting request to join. Into an empty table only.
import type { DB } from "./connection";
import { situationGroups } from "./seed-data/groups";

const DAY = 86_400_000;

export async function seedGroups(db: DB, now = new Date()): Promise<{ situationGroups: number }> {
  const existing = await db.selectFrom("situation_groups").select("id").limit(1).execute();
  if (existing.length) return { situationGroups: 0 };
  const [members, focalPoints] = await Promise.all([
    db.selectFrom("members").select(["id", "slug"]).execute(),
    db
      .selectFrom("people")
      .select(["id", "member_id"])
      .where("role", "=", "focal_point")
      .where("is_alternate", "=", false)
      .orderBy("id")
      .execute(),
  ]);
  const memberId = new Map(members.map((m) => [m.slug, m.id]));
  const focalPointOf = new Map<number, number>();
  for (const person of focalPoints)
    if (person.member_id && !focalPointOf.has(person.member_id)) focalPointOf.set(person.member_id, person.id);
  const idOf = (slug: string) => memberId.get(slug)!;
  const personOf = (slug: string) => focalPointOf.get(idOf(slug)) ?? null;
  const day = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);
  const isoDay = (daysAgo: number) => day(daysAgo).toISOString().slice(0, 10);

  for (const seed of situationGroups) {
    await db.transaction().execute(async (trx) => {
      const opened = seed.updates[0]!.daysAgo + 3;
      const latest = seed.updates.at(-1)!;
      const { id } = await trx
        .insertInto("situation_groups")
        .values({
          title: seed.title,
          description: seed.description,
          listed: seed.listed,
          opened_by: personOf(seed.openedBy),
          created_at: day(opened),
          risk_level: latest.riskLevel,
          last_update_on: isoDay(latest.daysAgo),
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await trx
        .insertInto("situation_group_members")
        .values(
          seed.members.map((slug) => ({
            group_id: id,
            member_id: idOf(slug),
            added_by: personOf(seed.openedBy),
            added_at: day(opened),
          })),
        )
        .execute();
      for (const update of seed.updates) {
        const { id: updateId } = await trx
          .insertInto("situation_updates")
          .values({
            group_id: id,
            occurred_on: isoDay(update.daysAgo),
            body: update.body,
            sources: update.sources,
            risk_level: update.riskLevel,
            author_id: personOf(update.by),
            member_id: idOf(update.by),
            created_at: day(update.daysAgo),
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        if (update.replies.length)
          await trx
            .insertInto("situation_replies")
            .values(
              update.replies.map((reply, index) => ({
                update_id: updateId,
                body: reply.body,
                author_id: personOf(reply.by),
                member_id: idOf(reply.by),
                created_at: new Date(day(update.daysAgo).getTime() + (index + 1) * 5 * 3_600_000),
              })),
            )
            .execute();
      }
      await trx
        .insertInto("situation_join_requests")
        .values({
          group_id: id,
          member_id: idOf(seed.pendingRequest),
          requested_by: personOf(seed.pendingRequest),
          requested_at: day(5),
        })
        .execute();
    });
  }
  return { situationGroups: situationGroups.length };
}
