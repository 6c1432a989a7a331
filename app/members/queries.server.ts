// Reads of the members capability: the directory, a member's page, seats, invitations, people.
import { sql, type RawBuilder } from "kysely";
import { DIRECTORY_GROUPS, DIRECTORY_PAGE_SIZE, type GroupKey } from "./directory";
import type { Locale } from "~/i18n/config";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import { memberNameOrder, memberNameSql } from "./names.server";
import type { PersonRef, Seat } from "./policy";
import { hashInvitationToken } from "./tokens.server";
import { constant, type IdOrQuery } from "~/lib/sql";

/** More than members will ever be, so that a group's places never reach the next group's. */
const MEMBERS_PER_GROUP = 1_000_000;

/**
 * A member's place in the directory: by regional group (organisations last), then by name in the reader's
 * language, as one number (null for no member, which sorts last). Postgres compares the first key of an
 * order by fast and reads the next keys from the row for ties only: with the group first, shared by a
 * hundred people each, sorting the contact list's 730 people took 1.5 ms more.
 */
function directoryOrder(alias: string, locale: Locale): RawBuilder<number> {
  const group = sql`coalesce(${sql.ref(`${alias}.regional_group`)}, 'organisation')`;
  const groupPlace = sql`case ${group} ${sql.join(
    DIRECTORY_GROUPS.map((key, place) => sql`when ${constant(key)} then ${constant(place)}`),
    sql` `,
  )} end`;
  return sql<number>`${groupPlace} * ${constant(MEMBERS_PER_GROUP)} + ${memberNameOrder(alias, locale)}`;
}

export type { GroupKey };

/** How many members each UN regional group has; organisations are counted on their own. */
export function membersByGroupQuery(db: DB) {
  return db
    .selectFrom("members")
    .select((eb) => [
      eb.fn.coalesce("regional_group", eb.val("organisation")).as("group"),
      eb.fn.countAll<string>().as("count"),
    ])
    .groupBy("regional_group")
    .orderBy((eb) => eb("regional_group", "is", null))
    .orderBy("regional_group");
}

/** The rows of `membersByGroupQuery`, typed and counted as numbers. */
export function membersByGroup(rows: { group: string; count: string | number }[]) {
  return rows.map((row) => ({ group: row.group as GroupKey, count: Number(row.count) }));
}

export interface DirectoryFilter {
  group?: GroupKey;
  q?: string;
  page: number;
}

/**
 * Whether the member `memberId` matches what was typed: one of its three names or short names ("UK"),
 * its active focal points' names or ministries, accents aside, typos forgiven (migration 0160).
 */
export function directoryMatches(memberId: RawBuilder<unknown>, q: string): RawBuilder<boolean> {
  return sql<boolean>`${memberId} in (select member_id from directory_search(${q}))`;
}

/**
 * A page of members with their active focal points, in one query, by regional group and then by name
 * in the reader's language, with how many match in all.
 */
export async function listDirectory(db: DB, filter: DirectoryFilter, locale: Locale) {
  let query = db.selectFrom("members as m").select((eb) => [
    "m.slug",
    memberNameSql("m", locale).as("name"),
    sql<GroupKey>`coalesce(m.regional_group::text, 'organisation')`.as("group"),
    eb
      .selectFrom("people as p")
      .select(sql<string>`string_agg(p.name, ', ' order by p.is_alternate, p.name)`.as("names"))
      .whereRef("p.member_id", "=", "m.id")
      .where("p.status", "=", "active")
      .as("focalPoints"),
    sql<string>`count(*) over ()`.as("total"),
  ]);
  if (filter.group === "organisation") query = query.where("m.regional_group", "is", null);
  else if (filter.group) query = query.where("m.regional_group", "=", filter.group);
  const q = filter.q?.trim();
  if (q) query = query.where(directoryMatches(sql.ref("m.id"), q));
  const rows = await query
    .orderBy(directoryOrder("m", locale))
    .limit(DIRECTORY_PAGE_SIZE)
    .offset((filter.page - 1) * DIRECTORY_PAGE_SIZE)
    .execute();
  return {
    total: Number(rows[0]?.total ?? 0),
    members: rows.map(({ total: _total, ...row }) => row),
  };
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

/**
 * The id of the member with this slug, as a scalar subquery (null for an unknown slug), for queries asked
 * beside getMemberBySlug rather than after it.
 */
export function memberIdBySlug(db: DB, slug: string) {
  return db.selectFrom("members").select("id").where("slug", "=", slug).$asScalar();
}

/**
 * The member's people as its page shows them, in one statement: `current`, its active and invited
 * people with their addresses, seat holder first; `history`, who held its seat (its focal points, not
 * alternates) and when, latest first.
 */
export async function memberPeople(db: DB, memberId: IdOrQuery) {
  const rows = await db
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
      "p.deactivated_at as deactivatedAt",
      sql<string>`case when p.share_phone then p.phone else '' end`.as("phone"),
      sql<string>`case when p.share_address then p.postal_address else '' end`.as("postalAddress"),
      // For the secretariat's "Reset passkeys" only; the page does not pass it on.
      (eb) => eb.exists(eb.selectFrom("passkeys as k").whereRef("k.person_id", "=", "p.id")).as("hasPasskey"),
    ])
    .where("p.member_id", "=", memberId)
    .where((eb) =>
      eb.or([
        eb("p.status", "in", ["active", "invited"]),
        eb.and([eb("p.is_alternate", "=", false), eb("p.activated_at", "is not", null)]),
      ]),
    )
    .orderBy("p.status")
    .orderBy("p.is_alternate")
    .orderBy("p.name")
    .execute();
  const current = rows
    .filter((row) => row.status === "active" || row.status === "invited")
    .map(({ deactivatedAt: _deactivatedAt, ...row }) => row);
  const history = rows
    .filter((row) => !row.isAlternate && row.activatedAt)
    .sort((a, b) => b.activatedAt!.getTime() - a.activatedAt!.getTime())
    .map((row) => ({ id: row.id, name: row.name, from: row.activatedAt, until: row.deactivatedAt }));
  return { current, history };
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

/** Every member's slug and name in the reader's language, in its order: the lists below add what they need. */
export function membersInNameOrder(db: DB, locale: Locale) {
  return db
    .selectFrom("members as m")
    .select(["m.slug", memberNameSql("m", locale).as("name")])
    .orderBy(memberNameOrder("m", locale));
}

/** Every member as a choice for a form with its regional group to list it under, in the reader's language and order. */
export async function memberChoices(db: DB, locale: Locale) {
  return membersInNameOrder(db, locale).select(["m.id", "m.regional_group as regionalGroup"]).execute();
}

/** Every member by name alone, for a plain list of them (a meeting's host), in the reader's language and order. */
export async function memberNames(db: DB, locale: Locale) {
  return membersInNameOrder(db, locale).execute();
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
      "p.name",
      "p.title",
      "p.ministry",
      "p.time_zone as timeZone",
      "p.locale",
      "p.role",
      "p.member_id as memberId",
      "p.status",
      "u.email",
      "p.phone",
      "p.postal_address as postalAddress",
      "p.share_phone as sharePhone",
      "p.share_address as shareAddress",
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

/** The secretariat's active people, as the directory lists them: name, role, address. */
export async function listSecretariat(db: DB) {
  return (
    db
      .selectFrom("people as p")
      .innerJoin("User as u", "u.id", "p.user_id")
      // A title is written in its holder's language: the page marks it so.
      .select(["p.id", "p.name", "p.title", "p.locale", "u.email"])
      .where("p.role", "=", "secretariat")
      .where("p.status", "=", "active")
      .orderBy("p.name")
      .execute()
  );
}

/**
 * The network's contact list: every active person of a member and of the secretariat, members by
 * regional group and name in the reader's language, the secretariat last; a phone or address its
 * owner does not share is left empty. `personId` narrows it to one person.
 */
export async function contactList(db: DB, locale: Locale, personId?: number) {
  let query = db
    .selectFrom("people as p")
    .innerJoin("User as u", "u.id", "p.user_id")
    .leftJoin("members as m", "m.id", "p.member_id")
    .select([
      "p.name",
      "p.title",
      "p.ministry",
      "p.role",
      "p.is_alternate as isAlternate",
      "p.time_zone as timeZone",
      "u.email",
      sql<string>`case when p.share_phone then p.phone else '' end`.as("phone"),
      sql<string>`case when p.share_address then p.postal_address else '' end`.as("postalAddress"),
      memberNameSql<string | null>("m", locale).as("member"),
      sql<GroupKey | null>`case when m.id is not null then coalesce(m.regional_group::text, 'organisation') end`.as(
        "group",
      ),
    ])
    .where("p.status", "=", "active")
    .where((eb) => eb.or([eb("p.role", "=", "secretariat"), eb("p.member_id", "is not", null)]));
  if (personId !== undefined) query = query.where("p.id", "=", personId);
  return query.orderBy(directoryOrder("m", locale)).orderBy("p.is_alternate").orderBy("p.name").execute();
}
