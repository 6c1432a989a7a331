import { createElement } from "react";
import InvitationEmail from "../../emails/invitation";
import { renderEmail } from "../../emails/render";
import { getConfig } from "~/lib/config.server";
import type { DB } from "~/lib/db.server";
import { emailFrame, emailTranslator } from "~/lib/email-i18n.server";
import { sendEmail } from "~/lib/mailer.server";
import { formatDate } from "~/lib/format";

export async function sendInvitationEmail(
  db: DB,
  input: { personId: number; token: string; expiresAt: Date; inviterName: string; handoverFrom: number | null },
): Promise<void> {
  const person = await db
    .selectFrom("people as p")
    .innerJoin("User as u", "u.id", "p.user_id")
    .leftJoin("members as m", "m.id", "p.member_id")
    .select(["p.name", "p.locale", "p.role", "p.is_alternate as isAlternate", "p.time_zone as timeZone", "u.email", "m.name as memberName"])
    .where("p.id", "=", input.personId)
    .executeTakeFirstOrThrow();
  const predecessor = input.handoverFrom
    ? await db.selectFrom("people").select("name").where("id", "=", input.handoverFrom).executeTakeFirst()
    : undefined;
  const t = await emailTranslator(person.locale);
  const kind = person.role === "secretariat" ? "secretariat" : person.isAlternate ? "alternate" : "focal_point";
  const url = new URL(`/invitations/${input.token}`, getConfig().APP_URL).toString();
  const { html, text } = await renderEmail(
    createElement(InvitationEmail, {
      frame: emailFrame(t, person.locale, t("invitation.preview")),
      greeting: t("invitation.greeting", { name: person.name }),
      body: t(`invitation.body.${kind}`, { inviter: input.inviterName, member: person.memberName ?? "" }),
      handover: predecessor ? t("invitation.handover", { predecessor: predecessor.name, member: person.memberName ?? "" }) : undefined,
      button: t("invitation.button"),
      expiry: t("invitation.expiry", { date: formatDate(person.locale, input.expiresAt, person.timeZone) }),
      fallback: t("invitation.fallback"),
      url,
    }),
  );
  await sendEmail({ to: person.email, subject: t("invitation.subject"), html, text, purpose: "invitation" });
}
