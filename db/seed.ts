// The realistic seeded network. Idempotent: running it twice changes nothing.
import type { DB } from "./connection";
import { members, people } from "./seed-data/network";

/**
 * Focal points rotate every few years, so today's holders took their seats recently:
 * a plausible date between 2022 and 2025, stable for each member, never before it joined.
 */
function seatTakenOn(memberSlug: string | null): Date {
  const member = members.find((m) => m.slug === memberSlug);
  let hash = 0;
  for (const char of memberSlug ?? "secretariat") hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const taken = new Date(Date.UTC(2022, 0, 1) + (hash % (4 * 365)) * 24 * 60 * 60 * 1000);
  const joined = member ? new Date(`${member.joinedOn}T00:00:00Z`) : taken;
  return taken > joined ? taken : joined;
}

export async function seedNetwork(db: DB): Promise<{ members: number; people: number }> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto("members")
      .values(
        members.map((member) => ({
          slug: member.slug,
          name: member.name,
          kind: member.kind,
          regional_group: member.regionalGroup,
          capital: member.capital,
          time_zone: member.timeZone,
          joined_on: member.joinedOn,
        })),
      )
      .onConflict((oc) => oc.column("slug").doNothing())
      .execute();

    await trx
      .insertInto("User")
      .values(people.map((person) => ({ email: person.email, name: person.name })))
      .onConflict((oc) => oc.column("email").doNothing())
      .execute();

    const [users, memberIds] = await Promise.all([
      trx.selectFrom("User").select(["id", "email"]).execute(),
      trx.selectFrom("members").select(["id", "slug"]).execute(),
    ]);
    const userIdByEmail = new Map(users.map((user) => [user.email, user.id]));
    const memberIdBySlug = new Map(memberIds.map((member) => [member.slug, member.id]));

    await trx
      .insertInto("people")
      .values(
        people.map((person) => ({
          user_id: userIdByEmail.get(person.email)!,
          name: person.name,
          role: person.role,
          member_id: person.memberSlug ? memberIdBySlug.get(person.memberSlug)! : null,
          is_alternate: person.isAlternate,
          title: person.title,
          ministry: person.ministry,
          time_zone: person.timeZone,
          locale: person.locale,
          status: "active" as const,
          activated_at: seatTakenOn(person.memberSlug),
        })),
      )
      .onConflict((oc) => oc.column("user_id").doNothing())
      .execute();
  });
  return { members: members.length, people: people.length };
}

/** True when the database has never been seeded (used to seed on the first start only). */
export async function needsSeed(db: DB): Promise<boolean> {
  const row = await db.selectFrom("members").select((eb) => eb.fn.countAll<number>().as("count")).executeTakeFirstOrThrow();
  return Number(row.count) === 0;
}

export { members as seedMembers, people as seedPeople } from "./seed-data/network";
