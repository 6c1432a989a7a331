// The members capability's use cases. Each is one function and one transaction that enforces the
// policy, records its audit entry in its own words, and records its side effects with the change:
// the job that emails an invitation, the notices to a focal point handing over their seat.
import { randomBytes } from "node:crypto";
import type { Locale, MemberKind, RegionalGroup, Role } from "../../db/schema";
import { recordAudit } from "~/audit/audit.server";
import { ensure, found } from "~/auth/policy";
import type { Viewer } from "~/auth/viewer";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import { can } from "./policy";
import { seatHolder } from "./queries.server";
import {
  endAccess,
  enrol,
  issueInvitation,
  lockPerson,
  revokeOpenInvitations,
  stepDown,
  tellPredecessor,
} from "./steps.server";
import { hashInvitationToken } from "./tokens.server";

const SESSION_DAYS = 30;
const DAY = 86_400_000;

/** A form's answer: done, or the field to show a message next to. */
export type Outcome<T = object> = ({ ok: true } & T) | { ok: false; field: string; error: string };

const emailTaken = { ok: false, field: "email", error: "admin:invite.emailTaken" } as const;

export interface InviteInput {
  name: string;
  email: string;
  role: Role;
  /** The member's slug, for a focal point. */
  member: string;
  isAlternate: boolean;
  locale: Locale;
  title: string;
}

/** The secretariat invites a person: a focal point or alternate of a member, or the secretariat. */
export async function invitePerson(db: DB, viewer: Viewer, input: InviteInput): Promise<Outcome<{ personId: number }>> {
  ensure(can(viewer, "invite", null));
  return db.transaction().execute((trx) => invitationSteps(trx, viewer, input));
}

/** An invitation's steps inside the caller's transaction (one invitation, or a turnover import's rows). */
export async function invitationSteps(
  trx: DB,
  viewer: Viewer,
  input: InviteInput,
): Promise<Outcome<{ personId: number }>> {
  let memberId: number | null = null;
  if (input.role === "focal_point") {
    const member = await trx.selectFrom("members").select("id").where("slug", "=", input.member).executeTakeFirst();
    if (!member) return { ok: false, field: "member", error: "validation.choice" };
    memberId = member.id;
  }
  const person = await enrol(trx, { ...input, memberId });
  if (!person) return emailTaken;
  await issueInvitation(trx, person.id, viewer.id, null);
  await recordAudit(trx, {
    action: "invitation_sent",
    actor: viewer,
    personId: person.id,
    memberId: person.memberId,
    details: { role: input.role, alternate: input.role === "focal_point" && input.isAlternate },
  });
  return { ok: true, personId: person.id };
}

/** A fresh invitation (and email) for someone who has not accepted yet; the earlier link stops working. */
export async function resendInvitation(db: DB, viewer: Viewer, personId: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const person = found(await lockPerson(trx, personId));
    ensure(can(viewer, "resendInvitation", person));
    const latest = await trx
      .selectFrom("invitations")
      .select("handover_from")
      .where("person_id", "=", personId)
      .orderBy("id", "desc")
      .executeTakeFirst();
    await issueInvitation(trx, personId, viewer.id, latest?.handover_from ?? null);
    await recordAudit(trx, { action: "invitation_resent", actor: viewer, personId, memberId: person.memberId });
  });
}

/** Withdraws an invitation: its link stops working and the person is no longer expected. */
export async function revokeInvitation(db: DB, viewer: Viewer, personId: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const person = found(await lockPerson(trx, personId));
    ensure(can(viewer, "revokeInvitation", person));
    await revokeOpenInvitations(trx, personId);
    await trx
      .updateTable("people")
      .set({ status: "deactivated", deactivated_at: now() })
      .where("id", "=", personId)
      .execute();
    await recordAudit(trx, { action: "invitation_revoked", actor: viewer, personId, memberId: person.memberId });
  });
}

/** The secretariat deactivates someone: signed out at once, and they can no longer sign in. */
/** The rule of deactivating, checked before the confirmation screen is shown: a read, without the lock. */
export async function ensureMayDeactivate(db: DB, viewer: Viewer, personId: number): Promise<void> {
  const person = found(
    await db
      .selectFrom("people")
      .select(["id", "status", "member_id as memberId"])
      .where("id", "=", personId)
      .executeTakeFirst(),
  );
  ensure(can(viewer, "deactivate", person));
}

export async function deactivatePerson(db: DB, viewer: Viewer, personId: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const person = found(await lockPerson(trx, personId));
    ensure(can(viewer, "deactivate", person));
    await endAccess(trx, personId);
    await recordAudit(trx, { action: "person_deactivated", actor: viewer, personId, memberId: person.memberId });
  });
}

export interface HandoverInput {
  name: string;
  email: string;
  title: string;
  locale: Locale;
  /** "acceptance": the holder keeps the seat until the successor accepts; "now": steps down at once. */
  when: "acceptance" | "now";
}

/**
 * The holder of a member's seat (or the secretariat) invites a successor. The holder is told, and
 * steps down when the successor accepts, or at once.
 */
export async function handOverSeat(
  db: DB,
  viewer: Viewer,
  memberId: number,
  input: HandoverInput,
): Promise<Outcome<{ personId: number; viewerSteppedDown: boolean }>> {
  return db.transaction().execute((trx) => handoverSteps(trx, viewer, memberId, input));
}

/** A handover's steps inside the caller's transaction (one handover, or a turnover import's rows). */
export async function handoverSteps(
  trx: DB,
  viewer: Viewer,
  memberId: number,
  input: HandoverInput,
): Promise<Outcome<{ personId: number; viewerSteppedDown: boolean }>> {
  // The member's row is locked so that two handovers of one seat take turns.
  await trx.selectFrom("members").select("id").where("id", "=", memberId).forNoKeyUpdate().executeTakeFirst();
  const holder = await seatHolder(trx, memberId);
  ensure(can(viewer, "handOver", { memberId, holderId: holder?.id ?? null }));
  const successor = await enrol(trx, { ...input, role: "focal_point", memberId, isAlternate: false });
  if (!successor) return emailTaken;
  await issueInvitation(trx, successor.id, viewer.id, holder?.id ?? null);
  await recordAudit(trx, {
    action: "handover_started",
    actor: viewer,
    personId: successor.id,
    memberId,
    details: { successor: input.name, predecessor: holder?.name ?? null, when: input.when },
  });
  if (holder && input.when === "acceptance") await tellPredecessor(trx, holder.id, successor.id, "handover_invited");
  if (holder && input.when === "now") await stepDown(trx, holder.id, successor.id, viewer);
  return { ok: true, personId: successor.id, viewerSteppedDown: input.when === "now" && holder?.id === viewer.id };
}

/**
 * Accepting proves the address (the token came by email), so it activates the person and opens a
 * database session like Auth.js's own. One conditional update claims the invitation, so of any
 * number of simultaneous accepts exactly one succeeds. A handover completes here.
 */
export async function acceptInvitation(db: DB, token: string, ip: string) {
  const at = now();
  const sessionToken = randomBytes(32).toString("hex");
  const expires = new Date(at.getTime() + SESSION_DAYS * DAY);
  return db.transaction().execute(async (trx) => {
    const invitation = await trx
      .updateTable("invitations")
      .set({ accepted_at: at })
      .where("token_hash", "=", hashInvitationToken(token))
      .where("accepted_at", "is", null)
      .where("revoked_at", "is", null)
      .where("expires_at", ">", at)
      .where(({ exists, selectFrom }) =>
        exists(
          selectFrom("people")
            .select("people.id")
            .whereRef("people.id", "=", "invitations.person_id")
            .where("people.status", "=", "invited"),
        ),
      )
      .returning(["person_id as personId", "handover_from as handoverFrom"])
      .executeTakeFirst();
    if (!invitation) return null;
    const person = await trx
      .updateTable("people")
      .set({ status: "active", activated_at: at })
      .where("id", "=", invitation.personId)
      .returning(["user_id", "member_id"])
      .executeTakeFirstOrThrow();
    await trx.updateTable("User").set({ emailVerified: at }).where("id", "=", person.user_id).execute();
    await trx.insertInto("Session").values({ sessionToken, userId: person.user_id, expires }).execute();
    const actor = { id: invitation.personId, ip };
    await recordAudit(trx, {
      action: "invitation_accepted",
      actor,
      personId: invitation.personId,
      memberId: person.member_id,
    });
    if (invitation.handoverFrom) await stepDown(trx, invitation.handoverFrom, invitation.personId, actor);
    return { sessionToken, expires };
  });
}

export interface NewMemberInput {
  name: string;
  nameFr: string;
  nameEs: string;
  kind: MemberKind;
  regionalGroup: RegionalGroup | null;
  capital: string;
  timeZone: string;
  joinedOn: string;
}

/** The member's address on the portal: its name in lower-case ASCII words. */
export function slugify(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** The secretariat adds a member of the network. */
export async function addMember(db: DB, viewer: Viewer, input: NewMemberInput): Promise<Outcome<{ slug: string }>> {
  ensure(can(viewer, "addMember", null));
  const slug = slugify(input.name);
  if (!slug) return { ok: false, field: "name", error: "admin:newMember.latinName" };
  return db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto("members")
      .values({
        slug,
        name: input.name,
        name_fr: input.nameFr,
        name_es: input.nameEs,
        kind: input.kind,
        regional_group: input.kind === "organisation" ? null : input.regionalGroup,
        capital: input.capital,
        time_zone: input.timeZone,
        joined_on: input.joinedOn,
      })
      .onConflict((oc) => oc.column("slug").doNothing())
      .returning(["id", "slug"])
      .executeTakeFirst();
    if (!inserted) return { ok: false, field: "name", error: "admin:newMember.exists" };
    await recordAudit(trx, {
      action: "member_added",
      actor: viewer,
      memberId: inserted.id,
      details: { name: input.name },
    });
    return { ok: true, slug: inserted.slug };
  });
}

const MEMBER_COLUMNS = {
  name: "name",
  nameFr: "name_fr",
  nameEs: "name_es",
  kind: "kind",
  regionalGroup: "regional_group",
  capital: "capital",
  timeZone: "time_zone",
  joinedOn: "joined_on",
} as const satisfies Record<keyof NewMemberInput, string>;

/** The secretariat corrects a member (its names in each language, say); its address stays the same. */
export async function updateMember(db: DB, viewer: Viewer, slug: string, input: NewMemberInput): Promise<void> {
  ensure(can(viewer, "editMember", null));
  await db.transaction().execute(async (trx) => {
    const before = found(
      await trx.selectFrom("members").selectAll().where("slug", "=", slug).forNoKeyUpdate().executeTakeFirst(),
    );
    const after = { ...input, regionalGroup: input.kind === "organisation" ? null : input.regionalGroup };
    const changes = (Object.keys(MEMBER_COLUMNS) as (keyof NewMemberInput)[])
      .filter((field) => String(before[MEMBER_COLUMNS[field]]) !== String(after[field]))
      .map((field) => ({ field, from: before[MEMBER_COLUMNS[field]], to: after[field] }));
    if (changes.length === 0) return;
    await trx
      .updateTable("members")
      .set(Object.fromEntries(changes.map(({ field, to }) => [MEMBER_COLUMNS[field], to])))
      .where("id", "=", before.id)
      .execute();
    await recordAudit(trx, {
      action: "member_updated",
      actor: viewer,
      memberId: before.id,
      details: { changed: changes.map(({ field }) => field), changes },
    });
  });
}

export interface ProfileInput {
  name: string;
  title: string;
  ministry: string;
  timeZone: string;
  locale: Locale;
  phone: string;
  postalAddress: string;
  /** Whether the phone and the address appear on the member's page and in the contact list. */
  sharePhone: boolean;
  shareAddress: boolean;
}

const PROFILE_COLUMNS = {
  name: "name",
  title: "title",
  ministry: "ministry",
  timeZone: "time_zone",
  locale: "locale",
  phone: "phone",
  postalAddress: "postal_address",
  sharePhone: "share_phone",
  shareAddress: "share_address",
} as const;

/** A person updates their own profile; the log says which fields changed. */
export async function updateProfile(db: DB, viewer: Viewer, personId: number, input: ProfileInput): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = found(
      await trx
        .selectFrom("people")
        .select(["id", "status", "member_id as memberId", ...Object.values(PROFILE_COLUMNS)])
        .where("id", "=", personId)
        .forNoKeyUpdate()
        .executeTakeFirst(),
    );
    ensure(can(viewer, "editProfile", before));
    const fields = Object.keys(PROFILE_COLUMNS) as (keyof ProfileInput)[];
    const changed = fields.filter((field) => before[PROFILE_COLUMNS[field]] !== input[field]);
    if (changed.length === 0) return;
    await trx
      .updateTable("people")
      .set({
        name: input.name,
        title: input.title,
        ministry: input.ministry,
        time_zone: input.timeZone,
        locale: input.locale,
        phone: input.phone,
        postal_address: input.postalAddress,
        share_phone: input.sharePhone,
        share_address: input.shareAddress,
      })
      .where("id", "=", personId)
      .execute();
    await recordAudit(trx, {
      action: "profile_updated",
      actor: viewer,
      personId,
      memberId: before.memberId,
      details: { changed },
    });
  });
}

/** The language switcher, for someone signed in: their profile's language, which their emails follow too. */
export async function setLanguage(db: DB, viewer: Viewer, locale: Locale): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const changed = await trx
      .updateTable("people")
      .set({ locale })
      .where("id", "=", viewer.id)
      .where("locale", "<>", locale)
      .returning("id")
      .executeTakeFirst();
    if (!changed) return;
    await recordAudit(trx, {
      action: "language_changed",
      actor: viewer,
      personId: viewer.id,
      memberId: viewer.memberId,
      details: { locale },
    });
  });
}
