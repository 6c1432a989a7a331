// The invitation email goes out at once and directly, not as a notification: it carries a
// single-use sign-in token that the portal keeps only as a hash, whereas a notification keeps its
// facts and link in the database and shows them in the centre, so the token would be stored in
// clear. The invitee is not active yet either (no centre to read, no preferences), and like a
// sign-in link an invitation is never held back.
import { createElement } from "react";
import type { Locale, Role } from "../../db/schema";
import InvitationEmail from "../../emails/invitation";
import { renderEmail } from "../../emails/render";
import { getConfig } from "~/lib/config.server";
import type { DB } from "~/lib/db.server";
import { emailFrame, emailTranslator } from "~/lib/email-i18n.server";
import { sendEmail } from "~/lib/mailer.server";
import { formatDate } from "~/lib/format";

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
      frame: emailFrame(t, invitee.locale, t("invitation.preview")),
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

export async function sendInvitationEmail(
  db: DB,
  input: { personId: number; token: string; expiresAt: Date; inviterName: string; handoverFrom: number | null },
): Promise<void> {
  const invitee = await db
    .selectFrom("people as p")
    .innerJoin("User as u", "u.id", "p.user_id")
    .leftJoin("members as m", "m.id", "p.member_id")
    .select([
      "p.name",
      "p.locale",
      "p.role",
      "p.is_alternate as isAlternate",
      "p.time_zone as timeZone",
      "u.email",
      "m.name as memberName",
    ])
    .where("p.id", "=", input.personId)
    .executeTakeFirstOrThrow();
  const predecessor = input.handoverFrom
    ? await db.selectFrom("people").select("name").where("id", "=", input.handoverFrom).executeTakeFirst()
    : undefined;
  const message = await composeInvitationEmail(invitee, { ...input, predecessorName: predecessor?.name ?? null });
  await sendEmail({ ...message, purpose: "invitation", secret: input.token });
}
