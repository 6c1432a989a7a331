// Reads of the members capability: the directory, a member's page, seats, invitations, people.
import { sql } from "kysely";
import type { RegionalGroup } from "../../db/schema";
import type { Locale } from "~/i18n/config";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import { containsPattern } from "~/lib/sql";
import { memberNameOrder, memberNameSql } from "./names.server";
import type { PersonRef, Seat } from "./policy";
import { hashInvitationToken } from "./tokens.server";

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

/**
 * Members with their active focal points, in one query, named and sorted in the reader's language; the
 * search finds a member by any of its three names and forgives typos (trigrams).
 */
export async function listDirectory(db: DB, filter: DirectoryFilter, locale: Locale) {
  let query = db.selectFrom("members as m").select((eb) => [
    "m.id",
    "m.slug",
    memberNameSql("m", locale).as("name"),
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
      eb.or(
        (["m.name", "m.name_fr", "m.name_es"] as const).flatMap((name) => [
          eb(name, "ilike", containsPattern(q)),
          eb(sql`word_similarity(${q}, ${sql.ref(name)})`, ">", 0.45),
        ]),
      ),
    );
  }
  const rows = await query.orderBy(memberNameOrder("m", locale)).execute();
  return rows.map((row) => ({ ...row, focalPoints: row.focalPoints ?? [] }));
}

/**
 * A member by its address on the portal, `name` in the reader's language (its three names apart, for the
 * secretariat's form); anything that cannot be a slug is no member (no query).
 */
export async function getMemberBySlug(db: DB, slug: string, locale: Locale) {
  if (!/^[a-z0-9-]{1,200}$/.test(slug)) return undefined;
  return db
    .selectFrom("members as m")
    .select([
      "m.id",
      "m.slug",
      memberNameSql("m", locale).as("name"),
      "m.name as nameEn",
      "m.name_fr as nameFr",
      "m.name_es as nameEs",
      "m.kind",
      "m.regional_group",
      "m.capital",
      "m.time_zone",
      "m.joined_on",
    ])
    .where("m.slug", "=", slug)
    .executeTakeFirst();
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
      "p.activated_at as activatedAt",
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

/** The member's current seat holder: its most recently activated focal point (not an alternate). */
export async function seatHolder(db: DB, memberId: number) {
  return db
    .selectFrom("people")
    .select(["id", "name"])
    .where("member_id", "=", memberId)
    .where("is_alternate", "=", false)
    .where("status", "=", "active")
    .orderBy("activated_at", "desc")
    .orderBy("id", "desc")
    .executeTakeFirst();
}

/** The member's seat, as the handover rule needs it. */
/**
 * The seat as `seatHolder` finds it, from a member's people already read (`listMemberPeople`): the
 * active focal point, not an alternate, seated last. Saves the member page a statement.
 */
export function seatAmong(
  memberId: number,
  people: { id: number; status: string; isAlternate: boolean; activatedAt: Date | null }[],
): Seat {
  const seated = people
    .filter((person) => person.status === "active" && !person.isAlternate)
    .sort((a, b) => (b.activatedAt?.getTime() ?? 0) - (a.activatedAt?.getTime() ?? 0) || b.id - a.id);
  return { memberId, holderId: seated[0]?.id ?? null };
}

export async function seatOf(db: DB, memberId: number): Promise<Seat> {
  const holder = await seatHolder(db, memberId);
  return { memberId, holderId: holder?.id ?? null };
}

/** Every member as a choice for a form with its regional group to list it under, in the reader's language and order. */
export async function memberChoices(db: DB, locale: Locale) {
  return db
    .selectFrom("members as m")
    .select(["m.id", "m.slug", memberNameSql("m", locale).as("name"), "m.regional_group as regionalGroup"])
    .orderBy(memberNameOrder("m", locale))
    .execute();
}

/** Member slugs from a form, as ids; unknown slugs are dropped. */
export async function memberIdsFromSlugs(db: DB, slugs: string[]): Promise<number[]> {
  if (slugs.length === 0) return [];
  const rows = await db.selectFrom("members").select("id").where("slug", "in", slugs).execute();
  return rows.map((row) => row.id);
}

/** A person as the policy needs them (undefined if there is no such person). */
export async function personRef(
  db: DB,
  personId: number,
): Promise<(PersonRef & { memberId: number | null }) | undefined> {
  return db
    .selectFrom("people")
    .select(["id", "status", "member_id as memberId"])
    .where("id", "=", personId)
    .executeTakeFirst();
}

export async function getPerson(db: DB, personId: number) {
  return db
    .selectFrom("people as p")
    .innerJoin("User as u", "u.id", "p.user_id")
    .select([
      "p.id",
      "p.name",
      "p.title",
      "p.ministry",
      "p.time_zone as timeZone",
      "p.locale",
      "p.role",
      "p.member_id as memberId",
      "p.status",
      "u.email",
    ])
    .where("p.id", "=", personId)
    .executeTakeFirst();
}

/** Pending invitations, for the secretariat's overview. */
export async function listPendingInvitations(db: DB, locale: Locale) {
  return db
    .selectFrom("people as p")
    .innerJoin("User as u", "u.id", "p.user_id")
    .leftJoin("members as m", "m.id", "p.member_id")
    .select([
      "p.id",
      "p.name",
      "u.email",
      "p.role",
      "p.status",
      "p.is_alternate as isAlternate",
      "p.invited_at as invitedAt",
      memberNameSql<string | null>("m", locale).as("memberName"),
      "m.slug as memberSlug",
    ])
    .where("p.status", "=", "invited")
    .orderBy("p.invited_at", "desc")
    .execute();
}

/** An invitation that can still be accepted, found by its token, without using it (the page before accepting). */
export async function findInvitation(db: DB, token: string, locale: Locale) {
  return db
    .selectFrom("invitations as i")
    .innerJoin("people as p", "p.id", "i.person_id")
    .innerJoin("User as u", "u.id", "p.user_id")
    .leftJoin("members as m", "m.id", "p.member_id")
    .leftJoin("people as predecessor", "predecessor.id", "i.handover_from")
    .select([
      "p.name",
      "p.role",
      "p.is_alternate as isAlternate",
      "u.email",
      memberNameSql<string | null>("m", locale).as("memberName"),
      "predecessor.name as predecessorName",
    ])
    .where("i.token_hash", "=", hashInvitationToken(token))
    .where("i.accepted_at", "is", null)
    .where("i.revoked_at", "is", null)
    .where("i.expires_at", ">", now())
    .where("p.status", "=", "invited")
    .executeTakeFirst();
}
