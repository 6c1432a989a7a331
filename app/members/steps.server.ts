// The steps the members' commands are made of, each run in the caller's transaction: enrolling
// someone invited, issuing their invitation (and queueing its email), ending someone's access, and
// the end of a handover (the predecessor steps down and is told).
import type { Locale, Role } from "../../db/schema";
import { recordAudit, type AuditActor } from "~/audit/audit.server";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import { enqueue } from "~/lib/jobs.server";
import { notify } from "~/notifications/delivery.server";
import type { NoticeDetail } from "~/notifications/describe";
import { memberNameForLocaleColumn } from "./names.server";

const INVITATION_DAYS = 14;
const DAY = 86_400_000;

export interface Enrolment {
  name: string;
  email: string;
  role: Role;
  memberId: number | null;
  isAlternate: boolean;
  locale: Locale;
  title: string;
}

/** The person row, locked until the transaction ends, so two secretariat acts on one person take turns. */
export function lockPerson(trx: DB, personId: number) {
  return trx
    .selectFrom("people")
    .select(["id", "status", "member_id as memberId"])
    .where("id", "=", personId)
    .forNoKeyUpdate()
    .executeTakeFirst();
}

/**
 * Records someone as invited to a seat: a new account, or a returning official's (deactivated
 * earlier), who keeps their account and gets the new seat. Null when the address belongs to
 * someone active or already invited; the conditional upsert settles that even for two at once.
 */
export async function enrol(trx: DB, input: Enrolment) {
  // A focal point starts in the member capital's time zone; they can change it in their profile.
  const member = input.memberId
    ? await trx.selectFrom("members").select("time_zone").where("id", "=", input.memberId).executeTakeFirst()
    : undefined;
  const user = await trx
    .insertInto("User")
    .values({ email: input.email, name: input.name })
    .onConflict((oc) => oc.column("email").doUpdateSet((eb) => ({ email: eb.ref("excluded.email") })))
    .returning("id")
    .executeTakeFirstOrThrow();
  const seat = {
    name: input.name,
    role: input.role,
    member_id: input.role === "secretariat" ? null : input.memberId,
    is_alternate: input.role === "focal_point" && input.isAlternate,
    title: input.title,
    locale: input.locale,
    time_zone: member?.time_zone ?? "UTC",
    status: "invited" as const,
  };
  const person = await trx
    .insertInto("people")
    .values({ user_id: user.id, ...seat })
    .onConflict((oc) =>
      oc
        .column("user_id")
        .doUpdateSet({ ...seat, deactivated_at: null, activated_at: null })
        .where("people.status", "=", "deactivated"),
    )
    .returning(["id", "member_id as memberId"])
    .executeTakeFirst();
  return person ?? null;
}

/** Every link of the person's not yet accepted stops working. */
export function revokeOpenInvitations(trx: DB, personId: number) {
  return trx
    .updateTable("invitations")
    .set({ revoked_at: now() })
    .where("person_id", "=", personId)
    .where("accepted_at", "is", null)
    .where("revoked_at", "is", null)
    .execute();
}

/**
 * A new invitation for an invited person, replacing any earlier one. It has no token yet: the job
 * that emails it mints one and stores its hash (invitation-email.server.ts), so no token is kept in
 * clear, in a table or in the job queue.
 */
export async function issueInvitation(trx: DB, personId: number, invitedBy: number, handoverFrom: number | null) {
  await revokeOpenInvitations(trx, personId);
  const invitation = await trx
    .insertInto("invitations")
    .values({
      person_id: personId,
      invited_by: invitedBy,
      handover_from: handoverFrom,
      expires_at: new Date(now().getTime() + INVITATION_DAYS * DAY),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await trx.updateTable("people").set({ invited_at: now() }).where("id", "=", personId).execute();
  await enqueue(
    trx,
    "members.send_invitation",
    { invitationId: invitation.id },
    { jobKey: `invitation:${invitation.id}` },
  );
}

/** Ends an active person's access and their sessions in the caller's transaction: out at their next request. */
export async function endAccess(trx: DB, personId: number) {
  const person = await trx
    .updateTable("people")
    .set({ status: "deactivated", deactivated_at: now() })
    .where("id", "=", personId)
    .where("status", "=", "active")
    .returning(["user_id", "member_id"])
    .executeTakeFirst();
  if (person) await trx.deleteFrom("Session").where("userId", "=", person.user_id).execute();
  return person;
}

/** The end of a handover: the predecessor's access ends, it is logged, and they are told. */
export async function stepDown(trx: DB, predecessorId: number, successorId: number, actor: AuditActor) {
  const predecessor = await endAccess(trx, predecessorId);
  if (!predecessor) return;
  const successor = await trx
    .selectFrom("people")
    .select("name")
    .where("id", "=", successorId)
    .executeTakeFirstOrThrow();
  await recordAudit(trx, {
    action: "handover_completed",
    actor,
    personId: predecessorId,
    memberId: predecessor.member_id,
    details: { successor: successor.name },
  });
  await tellPredecessor(trx, predecessorId, successorId, "handover_stepped_down");
}

/**
 * Tells the outgoing focal point what the handover means for them: that a successor is invited,
 * then that they have stepped down. An account notice, so it reaches them even once their access
 * has ended, whatever their preferences.
 */
export async function tellPredecessor(
  trx: DB,
  predecessorId: number,
  successorId: number,
  detail: Extract<NoticeDetail, `handover_${string}`>,
) {
  const successor = await trx
    .selectFrom("people as p")
    .innerJoin("members as m", "m.id", "p.member_id")
    .innerJoin("people as predecessor", (join) => join.on("predecessor.id", "=", predecessorId))
    // The member as the predecessor, who reads the notice, writes it.
    .select(["p.name", memberNameForLocaleColumn("m", "predecessor.locale").as("member"), "m.slug"])
    .where("p.id", "=", successorId)
    .executeTakeFirstOrThrow();
  await notify(trx, {
    kind: "handover",
    recipients: [predecessorId],
    params: { member: successor.member, successor: successor.name, detail },
    link: `/members/${successor.slug}`,
    occurrence: `${detail}:${successorId}`,
  });
}
