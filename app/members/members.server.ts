// Members of the network: the directory, a member's page, and adding a member.
import { sql } from "kysely";
import type { MemberKind, RegionalGroup } from "../../db/schema";
import type { DB } from "~/lib/db.server";
import { recordAudit } from "~/audit/audit.server";
import { containsPattern } from "~/lib/sql";

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

export interface DirectoryFilter {
  group?: GroupKey;
  q?: string;
}

/** Members with their active focal points, in one query; the search forgives typos (trigrams). */
export async function listDirectory(db: DB, filter: DirectoryFilter) {
  let query = db.selectFrom("members as m").select((eb) => [
    "m.id",
    "m.slug",
    "m.name",
    "m.kind",
    "m.regional_group as regionalGroup",
    eb
      .selectFrom("people as p")
      .select(sql<string[]>`coalesce(array_agg(p.name order by p.is_alternate, p.name), '{}')`.as("names"))
      .whereRef("p.member_id", "=", "m.id")
      .where("p.status", "=", "active")
      .as("focalPoints"),
  ]);
  if (filter.group === "organisation") query = query.where("m.regional_group", "is", null);
  else if (filter.group) query = query.where("m.regional_group", "=", filter.group);
  const q = filter.q?.trim();
  if (q) {
    query = query.where((eb) =>
      eb.or([eb("m.name", "ilike", containsPattern(q)), eb(sql`word_similarity(${q}, m.name)`, ">", 0.45)]),
    );
  }
  const rows = await query.orderBy("m.name").execute();
  return rows.map((row) => ({ ...row, focalPoints: row.focalPoints ?? [] }));
}

export async function getMemberBySlug(db: DB, slug: string) {
  return db.selectFrom("members").selectAll().where("slug", "=", slug).executeTakeFirst();
}

/** The member's current people (active and invited) with their addresses, seat holder first. */
export async function listMemberPeople(db: DB, memberId: number) {
  return db
    .selectFrom("people as p")
    .innerJoin("User as u", "u.id", "p.user_id")
    .select([
      "p.id",
      "p.name",
      "u.email",
      "p.title",
      "p.ministry",
      "p.time_zone as timeZone",
      "p.is_alternate as isAlternate",
      "p.status",
    ])
    .where("p.member_id", "=", memberId)
    .where("p.status", "in", ["active", "invited"])
    .orderBy("p.status")
    .orderBy("p.is_alternate")
    .orderBy("p.name")
    .execute();
}

/** Who held the member's seat (its focal point, not alternates) and when. */
export async function seatHistory(db: DB, memberId: number) {
  return db
    .selectFrom("people")
    .select(["id", "name", "activated_at as from", "deactivated_at as until"])
    .where("member_id", "=", memberId)
    .where("is_alternate", "=", false)
    .where("activated_at", "is not", null)
    .orderBy("activated_at", "desc")
    .execute();
}

export function slugify(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export interface NewMemberInput {
  name: string;
  kind: MemberKind;
  regionalGroup: RegionalGroup | null;
  capital: string;
  timeZone: string;
  joinedOn: string;
}

/** Adds a member; null when a member of that name already exists. */
export async function addMember(db: DB, input: NewMemberInput, actorId: number, ip: string) {
  const slug = slugify(input.name);
  return db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto("members")
      .values({
        slug,
        name: input.name,
        kind: input.kind,
        regional_group: input.kind === "organisation" ? null : input.regionalGroup,
        capital: input.capital,
        time_zone: input.timeZone,
        joined_on: input.joinedOn,
      })
      .onConflict((oc) => oc.column("slug").doNothing())
      .returning(["id", "slug"])
      .executeTakeFirst();
    if (!inserted) return null;
    await recordAudit(trx, {
      action: "member_added",
      actor: { id: actorId, ip },
      memberId: inserted.id,
      details: { name: input.name },
    });
    return inserted;
  });
}

/** Every member as a choice for a form (a select of members). */
export async function memberChoices(db: DB) {
  return db.selectFrom("members").select(["id", "slug", "name"]).orderBy("name").execute();
}

/** Member slugs from a form, as ids; unknown slugs are dropped. */
export async function memberIdsFromSlugs(db: DB, slugs: string[]): Promise<number[]> {
  if (slugs.length === 0) return [];
  const rows = await db.selectFrom("members").select("id").where("slug", "in", slugs).execute();
  return rows.map((row) => row.id);
}
