// Builds the network at ten times today's scale, for `npm run bench`.
// Each copy of a member gets a numbered name ("Ghana 7"), its focal point and alternates;
// the program of work is copied too, with reports from all of them.
import { sql } from "kysely";
import type { DB } from "../db/connection";
import { insertProgram, seedMembers, seedPeople } from "../db/seed";

export async function seedScale(db: DB, factor = 10): Promise<{ members: number; people: number; reports: number }> {
  let members = 0;
  let people = 0;
  let reports = 0;
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
  // Ten times the program too: each copy of the activities and benchmarks has reports from every member.
  const today = new Date().toISOString().slice(0, 10);
  const everyone = await db.selectFrom("members").select(["id", "slug"]).orderBy("slug").execute();
  const memberId = new Map(everyone.map((row) => [row.slug, row.id]));
  for (let copy = 2; copy <= factor; copy++) reports += await insertProgram(db, memberId, today, ` (${copy})`);
  return { members, people, reports };
}

/**
 * The calendar at ten times today's scale: the seeded year copied `factor` times, over ten years
 * (about 2,900 events). Copies carry no reminders, so only the measured calls send any.
 */
export async function seedScaleCalendar(db: DB, factor = 10): Promise<{ events: number }> {
  const result = await sql`
    insert into events (title, type, starts_at, ends_at, time_zone, location, online_url, dial_in, description, agenda, member_id, created_by, reminder_offsets)
    select e.title || ' (' || c || ')', e.type, e.starts_at + make_interval(years => y), e.ends_at + make_interval(years => y),
           e.time_zone, e.location, e.online_url, e.dial_in, e.description, e.agenda, e.member_id, e.created_by, '{}'
    from events e cross join generate_series(1, ${factor}::integer) as c cross join generate_series(-4, 5) as y
    where not (c = 1 and y = 0)`.execute(db);
  return { events: Number(result.numAffectedRows ?? 0) };
}
