// People of the network: invitations, acceptance, deactivation, seat handover and profiles.
import { createHash, randomBytes } from "node:crypto";
import type { Locale, Role } from "../../db/schema";
import { recordAudit } from "~/audit/audit.server";
import type { DB } from "~/lib/db.server";
import { notify } from "~/notifications/delivery.server";
import type { NoticeDetail } from "~/notifications/describe";
import { sendInvitationEmail } from "./invitation-email.server";

export const INVITATION_DAYS = 14;
const SESSION_DAYS = 30;

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export interface InviteInput {
  name: string;
  email: string;
  role: Role;
  memberId: number | null;
  isAlternate: boolean;
  locale: Locale;
  title?: string;
}

export type InviteOutcome = { ok: true; personId: number } | { ok: false; field: "email"; error: string };

interface Actor {
  id: number;
  name: string;
  ip: string;
}

/** Issues a fresh invitation token for a person, revoking earlier ones, and emails it. */
async function issueInvitation(db: DB, personId: number, actor: Actor, handoverFrom: number | null) {
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * 24 * 60 * 60 * 1000);
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("invitations")
      .set({ revoked_at: new Date() })
      .where("person_id", "=", personId)
      .where("accepted_at", "is", null)
      .where("revoked_at", "is", null)
      .execute();
    await trx
      .insertInto("invitations")
      .values({
        person_id: personId,
        token_hash: hashToken(token),
        invited_by: actor.id,
        handover_from: handoverFrom,
        expires_at: expiresAt,
      })
      .execute();
    await trx.updateTable("people").set({ invited_at: new Date() }).where("id", "=", personId).execute();
  });
  await sendInvitationEmail(db, { personId, token, expiresAt, inviterName: actor.name, handoverFrom });
}

export async function invitePerson(
  db: DB,
  input: InviteInput,
  actor: Actor,
  handoverFrom: number | null = null,
): Promise<InviteOutcome> {
  const existing = await db
    .selectFrom("User")
    .leftJoin("people", "people.user_id", "User.id")
    .select(["User.id", "people.status"])
    .where("User.email", "=", input.email)
    .executeTakeFirst();
  if (existing?.status === "active" || existing?.status === "invited") {
    return { ok: false, field: "email", error: "admin:invite.emailTaken" };
  }
  // A focal point starts in the member capital's time zone; they can change it in their profile.
  const member = input.memberId
    ? await db.selectFrom("members").select("time_zone").where("id", "=", input.memberId).executeTakeFirst()
    : undefined;
  const timeZone = member?.time_zone ?? "UTC";
  const personId = await db.transaction().execute(async (trx) => {
    // Someone deactivated earlier (a returning official) keeps their account and gets a new seat.
    // A new address may be invited twice at the same moment (a double click): the second finds it taken.
    const userId =
      existing?.id ??
      (
        await trx
          .insertInto("User")
          .values({ email: input.email, name: input.name })
          .onConflict((oc) => oc.column("email").doNothing())
          .returning("id")
          .executeTakeFirst()
      )?.id;
    if (!userId) return null;
    const person = await trx
      .insertInto("people")
      .values({
        user_id: userId,
        name: input.name,
        role: input.role,
        member_id: input.role === "secretariat" ? null : input.memberId,
        is_alternate: input.role === "focal_point" && input.isAlternate,
        title: input.title ?? "",
        locale: input.locale,
        time_zone: timeZone,
        status: "invited",
      })
      .onConflict((oc) =>
        oc.column("user_id").doUpdateSet({
          name: input.name,
          role: input.role,
          member_id: input.role === "secretariat" ? null : input.memberId,
          is_alternate: input.role === "focal_point" && input.isAlternate,
          status: "invited",
          deactivated_at: null,
          activated_at: null,
        }),
      )
      .returning(["id", "member_id"])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      action: handoverFrom ? "seat_handover" : "invitation_sent",
      actor,
      personId: person.id,
      memberId: person.member_id,
      details: { role: input.role, alternate: input.isAlternate, ...(handoverFrom ? { from: handoverFrom } : {}) },
    });
    return person.id;
  });
  if (personId === null) return { ok: false, field: "email", error: "admin:invite.emailTaken" };
  await issueInvitation(db, personId, actor, handoverFrom);
  return { ok: true, personId };
}

async function pendingInvitationOf(db: DB, personId: number) {
  return db
    .selectFrom("invitations")
    .innerJoin("people", "people.id", "invitations.person_id")
    .select(["invitations.id", "invitations.handover_from", "people.member_id"])
    .where("person_id", "=", personId)
    .where("people.status", "=", "invited")
    .where("accepted_at", "is", null)
    .where("revoked_at", "is", null)
    .orderBy("invitations.id", "desc")
    .executeTakeFirst();
}

export async function resendInvitation(db: DB, personId: number, actor: Actor): Promise<boolean> {
  const pending = await pendingInvitationOf(db, personId);
  if (!pending) return false;
  await issueInvitation(db, personId, actor, pending.handover_from);
  await recordAudit(db, {
    action: "invitation_resent",
    actor,
    personId,
    memberId: pending.member_id,
  });
  return true;
}

export async function revokeInvitation(db: DB, personId: number, actor: Actor): Promise<boolean> {
  const pending = await pendingInvitationOf(db, personId);
  if (!pending) return false;
  await db.transaction().execute(async (trx) => {
    await trx.updateTable("invitations").set({ revoked_at: new Date() }).where("id", "=", pending.id).execute();
    await trx
      .updateTable("people")
      .set({ status: "deactivated", deactivated_at: new Date() })
      .where("id", "=", personId)
      .execute();
    await recordAudit(trx, {
      action: "invitation_revoked",
      actor,
      personId,
      memberId: pending.member_id,
    });
  });
  return true;
}

/** Deactivates a person and ends their sessions in the same transaction: they are out at once. */
export async function deactivatePerson(
  db: DB,
  personId: number,
  actor: { id: number | null; ip: string },
  reason = "deactivated",
) {
  return db.transaction().execute(async (trx) => {
    const person = await trx
      .updateTable("people")
      .set({ status: "deactivated", deactivated_at: new Date() })
      .where("id", "=", personId)
      .where("status", "=", "active")
      .returning(["id", "user_id", "member_id"])
      .executeTakeFirst();
    if (!person) return false;
    await trx.deleteFrom("Session").where("userId", "=", person.user_id).execute();
    await recordAudit(trx, {
      action: "person_deactivated",
      actor,
      personId,
      memberId: person.member_id,
      details: { reason },
    });
    return true;
  });
}

export type Acceptance =
  { ok: true; sessionToken: string; expires: Date; personId: number } | { ok: false; reason: "unknown" | "expired" };

/** Looks up an invitation without using it (the page a person sees before accepting). */
export async function findInvitation(db: DB, token: string) {
  return db
    .selectFrom("invitations as i")
    .innerJoin("people as p", "p.id", "i.person_id")
    .innerJoin("User as u", "u.id", "p.user_id")
    .leftJoin("members as m", "m.id", "p.member_id")
    .leftJoin("people as predecessor", "predecessor.id", "i.handover_from")
    .select([
      "i.id",
      "i.expires_at as expiresAt",
      "i.handover_from as handoverFrom",
      "p.id as personId",
      "p.name",
      "p.role",
      "p.is_alternate as isAlternate",
      "u.email",
      "m.name as memberName",
      "predecessor.name as predecessorName",
    ])
    .where("i.token_hash", "=", hashToken(token))
    .where("i.accepted_at", "is", null)
    .where("i.revoked_at", "is", null)
    .where("p.status", "=", "invited")
    .executeTakeFirst();
}

/**
 * Accepting proves the address (the token came by email), so it activates the person and opens a
 * database session like Auth.js's own. A handover completes here: the predecessor steps down.
 */
export async function acceptInvitation(db: DB, token: string, ip: string): Promise<Acceptance> {
  const invitation = await findInvitation(db, token);
  if (!invitation) return { ok: false, reason: "unknown" };
  if (invitation.expiresAt.getTime() < Date.now()) return { ok: false, reason: "expired" };
  const sessionToken = randomBytes(32).toString("hex");
  const expires = new Date(Date.now() + SESSION_DAYS * 24 * 60 * 60 * 1000);
  await db.transaction().execute(async (trx) => {
    const person = await trx
      .updateTable("people")
      .set({ status: "active", activated_at: new Date() })
      .where("id", "=", invitation.personId)
      .returning(["user_id", "member_id"])
      .executeTakeFirstOrThrow();
    await trx.updateTable("invitations").set({ accepted_at: new Date() }).where("id", "=", invitation.id).execute();
    await trx.updateTable("User").set({ emailVerified: new Date() }).where("id", "=", person.user_id).execute();
    await trx.insertInto("Session").values({ sessionToken, userId: person.user_id, expires }).execute();
    await recordAudit(trx, {
      action: "invitation_accepted",
      actor: { id: invitation.personId, ip },
      personId: invitation.personId,
      memberId: person.member_id,
    });
  });
  if (
    invitation.handoverFrom &&
    (await deactivatePerson(db, invitation.handoverFrom, { id: invitation.personId, ip }, "handover"))
  ) {
    await tellPredecessor(db, invitation.handoverFrom, invitation.personId, "handover_stepped_down");
  }
  return { ok: true, sessionToken, expires, personId: invitation.personId };
}

/** The member's current seat holder (its focal point, not an alternate). */
export async function seatHolder(db: DB, memberId: number) {
  return db
    .selectFrom("people")
    .select(["id", "name"])
    .where("member_id", "=", memberId)
    .where("is_alternate", "=", false)
    .where("status", "=", "active")
    .orderBy("activated_at", "desc")
    .executeTakeFirst();
}

export interface HandoverInput {
  memberId: number;
  name: string;
  email: string;
  title: string;
  locale: Locale;
  /** "acceptance": the predecessor keeps the seat until the successor accepts; "now": steps down at once. */
  when: "acceptance" | "now";
}

export async function handOverSeat(db: DB, input: HandoverInput, actor: Actor): Promise<InviteOutcome> {
  const holder = await seatHolder(db, input.memberId);
  const outcome = await invitePerson(
    db,
    {
      name: input.name,
      email: input.email,
      role: "focal_point",
      memberId: input.memberId,
      isAlternate: false,
      locale: input.locale,
      title: input.title,
    },
    actor,
    holder?.id ?? null,
  );
  if (!outcome.ok || !holder) return outcome;
  if (input.when === "acceptance") await tellPredecessor(db, holder.id, outcome.personId, "handover_invited");
  else if (await deactivatePerson(db, holder.id, actor, "handover"))
    await tellPredecessor(db, holder.id, outcome.personId, "handover_stepped_down");
  return outcome;
}

/**
 * Tells the outgoing focal point what the handover means for them: that a successor is invited,
 * then that they have stepped down. An account notice, so it reaches them even once their access
 * has ended, whatever their preferences.
 */
async function tellPredecessor(
  db: DB,
  predecessorId: number,
  successorId: number,
  detail: Extract<NoticeDetail, `handover_${string}`>,
) {
  const successor = await db
    .selectFrom("people as p")
    .innerJoin("members as m", "m.id", "p.member_id")
    .select(["p.name", "m.name as member", "m.slug"])
    .where("p.id", "=", successorId)
    .executeTakeFirstOrThrow();
  await notify(db, {
    kind: "handover",
    recipients: [predecessorId],
    params: { member: successor.member, successor: successor.name, detail },
    link: `/members/${successor.slug}`,
    occurrence: `${detail}:${successorId}`,
  });
}

export interface ProfileInput {
  name: string;
  title: string;
  ministry: string;
  timeZone: string;
  locale: Locale;
}

export async function updateProfile(db: DB, personId: number, input: ProfileInput): Promise<void> {
  await db
    .updateTable("people")
    .set({
      name: input.name,
      title: input.title,
      ministry: input.ministry,
      time_zone: input.timeZone,
      locale: input.locale,
    })
    .where("id", "=", personId)
    .execute();
}

/** Pending invitations, for the secretariat's overview. */
export async function listPendingInvitations(db: DB) {
  return db
    .selectFrom("people as p")
    .innerJoin("User as u", "u.id", "p.user_id")
    .leftJoin("members as m", "m.id", "p.member_id")
    .select([
      "p.id",
      "p.name",
      "u.email",
      "p.role",
      "p.is_alternate as isAlternate",
      "p.invited_at as invitedAt",
      "m.name as memberName",
      "m.slug as memberSlug",
    ])
    .where("p.status", "=", "invited")
    .orderBy("p.invited_at", "desc")
    .execute();
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

export async function setPreferredLocale(db: DB, personId: number, locale: Locale): Promise<void> {
  await db.updateTable("people").set({ locale }).where("id", "=", personId).execute();
}
