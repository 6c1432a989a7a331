// Every email about joint statements leaves from here, so the notifications work can later route
// them through preferences and digests. They say what happened and link to the portal: a draft's
// text never travels by email, it stays behind sign-in.
import { createElement } from "react";
import StatementNoticeEmail from "../../emails/statement-notice";
import { renderEmail } from "../../emails/render";
import { getConfig } from "~/lib/config.server";
import type { DB } from "~/lib/db.server";
import { emailFrame, emailTranslator } from "~/lib/email-i18n.server";
import { formatDateTime } from "~/lib/format";
import { sendEmail } from "~/lib/mailer.server";
import type { Locale } from "~/i18n/config";
import { i18nFor } from "~/i18n/i18next.server";

export type StatementNotice = { statementId: number; actorId: number | null } & (
  | { kind: "amendment_proposed"; memberName: string | null }
  | { kind: "amendment_decided"; decision: "accepted" | "rejected" }
  | { kind: "silence_started"; deadline: Date }
  | { kind: "silence_broken"; memberName: string | null }
  | { kind: "adopted" }
  | { kind: "signature_requested"; memberIds: number[] }
  | { kind: "group_invited"; memberIds: number[] }
  | { kind: "published" }
);

/** Who hears of it: the drafting group's people; for an invitation (to draft or sign), the invited members' people. */
async function recipients(db: DB, notice: StatementNotice) {
  let query = db
    .selectFrom("people as p")
    .innerJoin("User as u", "u.id", "p.user_id")
    .select(["p.id", "p.name", "p.locale", "p.time_zone as timeZone", "u.email"])
    .where("p.status", "=", "active");
  if (notice.kind === "signature_requested" || notice.kind === "group_invited") {
    query = query.where("p.member_id", "in", notice.memberIds.length ? notice.memberIds : [-1]);
  } else {
    query = query.where((eb) =>
      eb.or([
        eb("p.member_id", "in", eb.selectFrom("statement_members").select("member_id").where("statement_id", "=", notice.statementId)),
        ...(notice.kind === "published"
          ? [eb("p.member_id", "in", eb.selectFrom("statement_signatures").select("member_id").where("statement_id", "=", notice.statementId).where("signed_at", "is not", null))]
          : []),
      ]),
    );
  }
  if (notice.actorId) query = query.where("p.id", "!=", notice.actorId);
  return query.orderBy("p.id").execute();
}

export async function notifyStatement(db: DB, notice: StatementNotice): Promise<void> {
  const statement = await db
    .selectFrom("statements as s")
    .innerJoin("members as m", "m.id", "s.penholder_member_id")
    .select(["s.title", "m.name as penholder"])
    .where("s.id", "=", notice.statementId)
    .executeTakeFirstOrThrow();
  const actor = notice.actorId ? await db.selectFrom("people").select("name").where("id", "=", notice.actorId).executeTakeFirst() : undefined;
  const url = new URL(`/statements/${notice.statementId}`, getConfig().APP_URL).toString();
  // Each recipient on their own: one address that fails does not keep the others uninformed.
  for (const person of await recipients(db, notice)) {
    try {
      await sendNotice(person, notice, { title: statement.title, penholder: statement.penholder, actor: actor?.name ?? "", url });
    } catch (error) {
      console.error(`[statements] could not send the ${notice.kind} email to person ${person.id}:`, error);
    }
  }
}

async function sendNotice(
  person: { name: string; email: string; locale: Locale; timeZone: string },
  notice: StatementNotice,
  context: { title: string; penholder: string; actor: string; url: string },
) {
  const [frameT, i18n] = await Promise.all([emailTranslator(person.locale), i18nFor(person.locale)]);
  const t = i18n.getFixedT(person.locale, "statements");
  const values = {
    title: context.title,
    penholder: context.penholder,
    actor: context.actor,
    member: "memberName" in notice ? (notice.memberName ?? "") : "",
    // The deadline in the recipient's own time zone, named so there is no doubt.
    deadline: notice.kind === "silence_started" ? `${formatDateTime(person.locale, notice.deadline, person.timeZone)} (${person.timeZone})` : "",
  };
  const kind = notice.kind === "amendment_decided" ? (`amendment_${notice.decision}` as const) : notice.kind;
  const { html, text } = await renderEmail(
    createElement(StatementNoticeEmail, {
      frame: emailFrame(frameT, person.locale, t(`emails.${kind}.subject`, values)),
      greeting: t("emails.greeting", { name: person.name }),
      body: t(`emails.${kind}.body`, values),
      button: t("emails.button"),
      privacy: t("emails.privacy"),
      fallback: t("emails.fallback"),
      url: context.url,
    }),
  );
  await sendEmail({ to: person.email, subject: t(`emails.${kind}.subject`, values), html, text, purpose: `statement_${kind}` });
}
