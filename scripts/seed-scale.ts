// Builds the network at ten times today's scale, for `npm run bench`.
// Each copy of a member gets a numbered name ("Ghana 7"), its focal point and alternates.
import type { DB } from "../db/connection";
import { seedMembers, seedPeople } from "../db/seed";

export async function seedScale(db: DB, factor = 10): Promise<{ members: number; people: number }> {
  let members = 0;
  let people = 0;
  for (let copy = 2; copy <= factor; copy++) {
    await db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto("members")
        .values(
          seedMembers.map((member) => ({
            slug: `${member.slug}-${copy}`,
            name: `${member.name} ${copy}`,
            kind: member.kind,
            regional_group: member.regionalGroup,
            capital: member.capital,
            time_zone: member.timeZone,
            joined_on: member.joinedOn,
          })),
        )
        .returning(["id", "slug"])
        .execute();
      const memberId = new Map(inserted.map((row) => [row.slug, row.id]));
      const copies = seedPeople.map((person) => ({ ...person, email: person.email.replace("@", `+${copy}@`) }));
      const users = await trx
        .insertInto("User")
        .values(copies.map((person) => ({ email: person.email, name: person.name })))
        .returning(["id", "email"])
        .execute();
      const userId = new Map(users.map((row) => [row.email, row.id]));
      await trx
        .insertInto("people")
        .values(
          copies.map((person) => ({
            user_id: userId.get(person.email)!,
            name: person.name,
            role: person.role,
            member_id: person.memberSlug ? memberId.get(`${person.memberSlug}-${copy}`)! : null,
            is_alternate: person.isAlternate,
            title: person.title,
            ministry: person.ministry,
            time_zone: person.timeZone,
            locale: person.locale,
          })),
        )
        .execute();
      members += inserted.length;
      people += copies.length;
    });
  }
  return { members, people };
}
