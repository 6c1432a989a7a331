// The invitation email is not a notification: it carries a single-use sign-in token that the
// portal keeps only as a hash, whereas a notification keeps its facts and link in the database and
// shows them in the centre, so the token would be stored in clear. The invitee is not active yet
// either (no centre to read, no preferences), and like a sign-in link an invitation is never held
// back. It goes through the job queue all the same: the command queues the job with the invitation,
// and the job mints the token.
import { createElement } from "react";
import type { Locale, Role } from "../../db/schema";
import InvitationEmail from "../../emails/invitation";
import { renderEmail } from "../../emails/render";
import { getConfig } from "~/lib/config.server";
import { now } from "~/lib/clock.server";
import { getDb, type DB } from "~/lib/db.server";
import { emailFrame, emailTranslator } from "~/lib/email-i18n.server";
import { sendEmail } from "~/lib/mailer.server";
import { formatDate } from "~/lib/format";
import { memberNameForLocaleColumn } from "./names.server";
import { hashInvitationToken, mintInvitationToken } from "./tokens.server";

export interface Invitee {
  name: string;
  email: string;
  locale: Locale;
  role: Role;
  isAlternate: boolean;
  timeZone: string;
  memberName: string | null;
}

export async function composeInvitationEmail(
  invitee: Invitee,
  input: { token: string; expiresAt: Date; inviterName: string; predecessorName: string | null },
) {
  const t = await emailTranslator(invitee.locale);
  const kind = invitee.role === "secretariat" ? "secretariat" : invitee.isAlternate ? "alternate" : "focal_point";
  const url = new URL(`/invitations/${input.token}`, getConfig().APP_URL).toString();
  const { html, text } = await renderEmail(
    createElement(InvitationEmail, {
      frame: emailFrame(t, invitee.locale, { title: t("invitation.subject"), preview: t("invitation.preview") }),
      greeting: t("invitation.greeting", { name: invitee.name }),
      body: t(`invitation.body.${kind}`, { inviter: input.inviterName, member: invitee.memberName ?? "" }),
      handover: input.predecessorName
        ? t("invitation.handover", { predecessor: input.predecessorName, member: invitee.memberName ?? "" })
        : undefined,
      button: t("invitation.button"),
      expiry: t("invitation.expiry", { date: formatDate(invitee.locale, input.expiresAt, invitee.timeZone) }),
      fallback: t("invitation.fallback"),
      url,
    }),
  );
  return { to: invitee.email, subject: t("invitation.subject"), html, text };
}

/**
 * The job behind an invitation: mints its token, stores the token's hash on the invitation, claims
 * the delivery and sends, in one transaction. If the send fails, all of it is undone and the retry
 * mints a fresh token: a link that may have gone out from a failed attempt never had its hash
 * stored, so it does not work. Nothing happens for an invitation already emailed, accepted, revoked
 * (a resend replaced it) or expired.
 */
export async function sendInvitation(invitationId: number, db: DB = getDb()): Promise<boolean> {
  const invitation = await db
    .selectFrom("invitations as i")
    .innerJoin("people as p", "p.id", "i.person_id")
    .innerJoin("User as u", "u.id", "p.user_id")
    .leftJoin("members as m", "m.id", "p.member_id")
    .leftJoin("people as inviter", "inviter.id", "i.invited_by")
    .leftJoin("people as predecessor", "predecessor.id", "i.handover_from")
    .select([
      "p.id as personId",
      "p.name",
      "p.locale",
      "p.role",
      "p.is_alternate as isAlternate",
      "p.time_zone as timeZone",
      "u.email",
      // In the invitee's language, like the rest of the email.
      memberNameForLocaleColumn<string | null>("m", "p.locale").as("memberName"),
      "i.expires_at as expiresAt",
      "inviter.name as inviterName",
      "predecessor.name as predecessorName",
    ])
    .where("i.id", "=", invitationId)
    .executeTakeFirst();
  if (!invitation) return false;
  const token = mintInvitationToken();
  const tokenHash = hashInvitationToken(token);
  const message = await composeInvitationEmail(invitation, {
    token,
    expiresAt: invitation.expiresAt,
    inviterName: invitation.inviterName ?? "",
    predecessorName: invitation.predecessorName,
  });
  return db.transaction().execute(async (trx) => {
    // Locks the invitation: a resend or revoke at the same moment waits for this send, or this send for it.
    const pending = await trx
      .selectFrom("invitations")
      .select("id")
      .where("id", "=", invitationId)
      .where("accepted_at", "is", null)
      .where("revoked_at", "is", null)
      .where("expires_at", ">", now())
      .forNoKeyUpdate()
      .executeTakeFirst();
    if (!pending) return false;
    const key = `invitation:${invitationId}`;
    const claimed = await trx
      .insertInto("deliveries")
      .values({ key, purpose: "invitation", person_id: invitation.personId })
      .onConflict((oc) => oc.column("key").doNothing())
      .returning("key")
      .executeTakeFirst();
    if (!claimed) return false;
    await trx.updateTable("invitations").set({ token_hash: tokenHash }).where("id", "=", invitationId).execute();
    // Keyed by the token too: Resend must not drop a retry's email, whose link is the one that works.
    await sendEmail(
      { ...message, purpose: "invitation", idempotencyKey: `${key}:${tokenHash.slice(0, 16)}`, secret: token },
      trx,
    );
    return true;
  });
}
