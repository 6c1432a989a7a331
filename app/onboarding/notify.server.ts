// What pairing tells people: a newcomer that they have a mentor, the mentor whom they mentor, a
// regional pairing's peers that they are in it. The email (emails/pairing.tsx) names the people of the
// pairing and their addresses, so they can write to each other at once; registered with the
// notifications module by the worker's task list.
import { createElement } from "react";
import PairingEmail from "../../emails/pairing";
import { renderEmail } from "../../emails/render";
import { i18nFor } from "~/i18n/i18next.server";
import { getConfig } from "~/lib/config.server";
import type { DB } from "~/lib/db.server";
import { emailFrame, emailTranslator } from "~/lib/email-i18n.server";
import { memberNameFacts } from "~/members/names";
import { registerComposers } from "~/notifications/composers.server";
import { notify } from "~/notifications/delivery.server";
import { describeNotification } from "~/notifications/describe";
import { optOut, type ComposedEmail, type Recipient, type StoredNotification } from "~/notifications/emails.server";
import { optOutCategory } from "~/notifications/categories";
import type { Locale } from "~/i18n/config";
import { partnersQuery } from "./queries.server";
import { relation } from "./policy";

/** Where a pairing's people find each other: their dashboard. */
export const PAIRINGS_LINK = "/#pairings";

const KIND = { mentor: "paired_as_mentor", newcomer: "paired_with_mentor", peer: "paired_regionally" } as const;

/** Tells each person of a pairing who they are paired with; pass the transaction that made it. */
export async function tellPaired(trx: DB, pairingId: number): Promise<void> {
  const people = await trx
    .selectFrom("pairing_people as pp")
    .innerJoin("pairings as g", "g.id", "pp.pairing_id")
    .innerJoin("people as p", "p.id", "pp.person_id")
    .leftJoin("members as m", "m.id", "p.member_id")
    .select([
      "pp.person_id as id",
      "pp.role",
      "p.name",
      "g.name as pairing",
      "m.name as member",
      "m.name_fr as nameFr",
      "m.name_es as nameEs",
    ])
    .where("pp.pairing_id", "=", pairingId)
    .orderBy("pp.person_id")
    .execute();
  for (const person of people) {
    // In a mentor pair each is told of the other; in a regional pairing of the pairing itself.
    const other = people.find((candidate) => candidate.id !== person.id)!;
    const otherMember = other.member ? { name: other.member, nameFr: other.nameFr!, nameEs: other.nameEs! } : null;
    await notify(trx, {
      kind: KIND[person.role],
      recipients: [person.id],
      params: {
        pairingId: String(pairingId),
        pairing: person.pairing ?? "",
        name: other.name,
        ...memberNameFacts("member", otherMember),
      },
      link: PAIRINGS_LINK,
      occurrence: `pairing-${pairingId}`,
    });
  }
}

/** The email: who one is paired with, their member and address, in the reader's language. */
export async function composePairingEmail(
  recipient: Recipient,
  notification: StoredNotification,
  partners: { name: string; memberName: string | null; email: string; mine: string; theirs: string }[],
): Promise<ComposedEmail> {
  const [emails, i18n] = await Promise.all([emailTranslator(recipient.locale), i18nFor(recipient.locale)]);
  const t = i18n.getFixedT(recipient.locale, "notifications");
  const members = i18n.getFixedT(recipient.locale, "members");
  const headline = describeNotification(t, notification.kind, notification.params, recipient.locale);
  const { links, headers } = optOut(t, recipient, optOutCategory(notification.kind));
  const url = new URL(notification.link, getConfig().APP_URL).toString();
  const { html, text } = await renderEmail(
    createElement(PairingEmail, {
      frame: emailFrame(emails, recipient.locale, { title: headline, preview: headline }, links),
      greeting: t("email.greeting", { name: recipient.name }),
      headline,
      intro: members("pairing.emailIntro"),
      people: partners.map((partner) => ({
        name: partner.name,
        member: partner.memberName ?? "",
        email: partner.email,
        relation: members(`pairing.relation.${relation(partner.mine as never, partner.theirs as never)}`),
      })),
      button: members("pairing.emailButton"),
      fallback: t("email.fallback"),
      url,
    }),
  );
  return { to: recipient.email, subject: headline, html, text, headers };
}

const composer = {
  compose: async (recipient: Recipient, notification: StoredNotification, db: DB) => {
    const pairingId = Number(notification.params.pairingId);
    const partners = (await partnersQuery(db, recipient.id, recipient.locale as Locale).execute()).filter(
      (partner) => partner.pairingId === pairingId,
    );
    // An ended pairing, or one whose other people left: nothing to introduce any more.
    return partners.length ? composePairingEmail(recipient, notification, partners) : null;
  },
};

registerComposers(Object.fromEntries(Object.values(KIND).map((kind) => [kind, composer])));
