// Every email about joint statements starts here: the notice becomes a notification (the centre,
// each person's email preferences, digests), and an immediate one is written with the statement
// template below. They say what happened and link to the portal: a draft's text never travels by
// email, it stays behind sign-in.
import { createElement } from "react";
import NotificationEmail from "../../emails/notification";
import { renderEmail } from "../../emails/render";
import type { DB } from "~/lib/db.server";
import { emailFrame, emailTranslator } from "~/lib/email-i18n.server";
import { formatDateTime } from "~/lib/format";
import { i18nFor } from "~/i18n/i18next.server";
import { optOutCategory, type NotificationKind } from "~/notifications/categories";
import { notify } from "~/notifications/delivery.server";
import { registerComposers } from "~/notifications/composers.server";
import { optOut, type ComposedEmail, type Recipient, type StoredNotification } from "~/notifications/emails.server";
import { getConfig } from "~/lib/config.server";
import { inReaderLanguage, memberNameFacts } from "~/members/names";

export type StatementNotice = { statementId: number; actorId: number | null } & (
  | { kind: "amendment_proposed"; memberId: number | null }
  | { kind: "amendment_decided"; decision: "accepted" | "rejected" }
  // A compromise tells only the members who proposed or supported an amendment it merged.
  | { kind: "amendment_decided"; decision: "merged"; memberIds: number[] }
  | { kind: "silence_started"; deadline: Date }
  | { kind: "silence_broken"; memberId: number | null }
  | { kind: "adopted" }
  | { kind: "signature_requested"; memberIds: number[] }
  | { kind: "signature_reminder"; memberIds: number[] }
  | { kind: "group_invited"; memberIds: number[] }
  | { kind: "published" }
);

/** The notification kind each notice is told as. */
const NOTIFICATION_KIND = {
  amendment_proposed: "amendment_proposed",
  amendment_decided: "amendment_decided",
  silence_started: "silence_started",
  silence_broken: "silence_broken",
  adopted: "silence_ended",
  signature_requested: "signature_requested",
  signature_reminder: "signature_reminder",
  group_invited: "group_invited",
  published: "statement_published",
} as const satisfies Record<StatementNotice["kind"], NotificationKind>;

export const STATEMENT_KINDS = Object.values(NOTIFICATION_KIND);

/**
 * Who hears of it: the drafting group's people; for an invitation (to draft or sign) or a reminder to
 * sign, the invited members' people.
 */
async function recipients(db: DB, notice: StatementNotice) {
  let query = db.selectFrom("people as p").select("p.id").where("p.status", "=", "active");
  if ("memberIds" in notice) {
    query = query.where("p.member_id", "in", notice.memberIds.length ? notice.memberIds : [-1]);
  } else {
    query = query.where((eb) =>
      eb.or([
        eb(
          "p.member_id",
          "in",
          eb.selectFrom("statement_members").select("member_id").where("statement_id", "=", notice.statementId),
        ),
        ...(notice.kind === "published"
          ? [
              eb(
                "p.member_id",
                "in",
                eb
                  .selectFrom("statement_signatures")
                  .select("member_id")
                  .where("statement_id", "=", notice.statementId)
                  .where("signed_at", "is not", null),
              ),
            ]
          : []),
      ]),
    );
  }
  if (notice.actorId) query = query.where("p.id", "!=", notice.actorId);
  return (await query.orderBy("p.id").execute()).map((person) => person.id);
}

/** Records the notice's notifications and queues their emails; pass the transaction of the change it tells of. */
export async function notifyStatement(db: DB, notice: StatementNotice): Promise<void> {
  const statement = await db
    .selectFrom("statements as s")
    .innerJoin("members as m", "m.id", "s.penholder_member_id")
    .select(["s.title", "m.name", "m.name_fr as nameFr", "m.name_es as nameEs"])
    .where("s.id", "=", notice.statementId)
    .executeTakeFirstOrThrow();
  const member =
    "memberId" in notice && notice.memberId !== null
      ? await db
          .selectFrom("members")
          .select(["name", "name_fr as nameFr", "name_es as nameEs"])
          .where("id", "=", notice.memberId)
          .executeTakeFirst()
      : null;
  const actor = notice.actorId
    ? await db.selectFrom("people").select("name").where("id", "=", notice.actorId).executeTakeFirst()
    : undefined;
  // Plain facts, in no language: each email and centre entry is written from them in the reader's.
  const params: Record<string, string> = {
    statementId: String(notice.statementId),
    statement: statement.title,
    ...memberNameFacts("penholder", statement),
    actor: actor?.name ?? "",
    ...("memberId" in notice ? memberNameFacts("member", member) : {}),
    ...(notice.kind === "amendment_decided" ? { decision: notice.decision } : {}),
    ...(notice.kind === "silence_started" ? { deadline: notice.deadline.toISOString() } : {}),
  };
  await notify(db, {
    kind: NOTIFICATION_KIND[notice.kind],
    recipients: await recipients(db, notice),
    params,
    link: `/statements/${notice.statementId}`,
    subject: { kind: "statement", id: notice.statementId },
  });
}

/** The statement email's own key: a decided amendment reads as accepted or rejected. */
function emailKind(notification: StoredNotification) {
  const notice = (Object.keys(NOTIFICATION_KIND) as StatementNotice["kind"][]).find(
    (kind) => NOTIFICATION_KIND[kind] === notification.kind,
  );
  if (!notice) throw new Error(`Not a statement notification: ${notification.kind}`);
  if (notice !== "amendment_decided") return notice;
  const decision = notification.params.decision;
  return decision === "accepted" || decision === "merged" ? (`amendment_${decision}` as const) : "amendment_rejected";
}

export const statementPurpose = (notification: StoredNotification) => `statement_${emailKind(notification)}`;

/** An immediate statement notification as its email, with the preferences and unsubscribe links of its category. */
export async function composeStatementNotification(
  person: Recipient,
  notification: StoredNotification,
): Promise<ComposedEmail> {
  const [frameT, i18n] = await Promise.all([emailTranslator(person.locale), i18nFor(person.locale)]);
  const t = i18n.getFixedT(person.locale, "statements");
  // The penholder and the member as the recipient's language writes them.
  const params = inReaderLanguage(notification.params, person.locale);
  const values = {
    title: params.statement,
    penholder: params.penholder,
    actor: params.actor ?? "",
    member: params.member ?? "",
    // The deadline in the recipient's own time zone, named so there is no doubt.
    deadline: params.deadline
      ? `${formatDateTime(person.locale, new Date(params.deadline), person.timeZone)} (${person.timeZone})`
      : "",
  };
  const kind = emailKind(notification);
  const { links, headers } = optOut(
    i18n.getFixedT(person.locale, "notifications"),
    person,
    optOutCategory(notification.kind),
  );
  const url = new URL(notification.link, getConfig().APP_URL).toString();
  const subject = t(`emails.${kind}.subject`, values);
  const { html, text } = await renderEmail(
    createElement(NotificationEmail, {
      frame: emailFrame(frameT, person.locale, { title: subject, preview: subject }, links),
      greeting: t("emails.greeting", { name: person.name }),
      headline: t(`emails.${kind}.body`, values),
      details: [],
      button: t("emails.button"),
      note: t("emails.privacy"),
      fallback: t("emails.fallback"),
      url,
    }),
  );
  return { to: person.email, subject, html, text, headers };
}

registerComposers(
  Object.fromEntries(
    STATEMENT_KINDS.map((kind) => [kind, { purpose: statementPurpose, compose: composeStatementNotification }]),
  ),
);
