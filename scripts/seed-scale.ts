// Builds the network at ten times today's scale, for `npm run bench`.
// Each copy of a member gets a numbered name ("Ghana 7"), its focal point and alternates;
// the program of work is copied too, with reports from all of them.
import type { DB } from "../db/connection";
import { insertProgram, seedMembers, seedPeople } from "../db/seed";
import { manualChapters } from "../db/seed-data/manual";

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
 * The manual at ten times a large real one: about `sections` sections in chapters of twenty, each
 * section a numbered copy of a starter section (with its first revision; the database keeps the
 * search vectors and the vocabulary).
 */
export async function seedManualScale(db: DB, sections = 2000): Promise<number> {
  const starter = manualChapters.flatMap((chapter) => chapter.sections);
  const existing = await db.selectFrom("manual_sections").select((eb) => eb.fn.countAll<string>().as("n")).executeTakeFirstOrThrow();
  const last = await db.selectFrom("manual_chapters").select((eb) => eb.fn.max("position").as("position")).executeTakeFirstOrThrow();
  const perChapter = 20;
  const chapters = Math.ceil((sections - Number(existing.n)) / perChapter);
  let added = 0;
  for (let index = 1; index <= chapters; index++) {
    await db.transaction().execute(async (trx) => {
      const { id } = await trx
        .insertInto("manual_chapters")
        .values({ slug: `volume-${index}`, position: (last.position ?? 0) + index, title: `Country guidance, volume ${index}`, summary: "Guidance gathered from members, by theme." })
        .returning("id")
        .executeTakeFirstOrThrow();
      const rows = Array.from({ length: perChapter }, (_, position) => {
        const section = starter[(index * perChapter + position) % starter.length]!;
        return { chapter_id: id, slug: `${section.slug}-${index}-${position + 1}`, position: position + 1, title: `${section.title} (${index}.${position + 1})`, body: section.body, tags: section.tags };
      });
      const inserted = await trx.insertInto("manual_sections").values(rows).returning(["id", "title", "body", "tags"]).execute();
      await trx
        .insertInto("manual_revisions")
        .values(inserted.map((row) => ({ section_id: row.id, revision: 1, title: row.title, body: row.body, tags: row.tags, note: "First edition of the manual" })))
        .execute();
      added += inserted.length;
    });
  }
  return added;
}
