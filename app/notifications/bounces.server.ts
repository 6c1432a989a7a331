// Email that does not arrive: Resend reports bounces and complaints to /webhooks/resend. The latest
// problem of each address is kept until mail reaches that address again; the secretariat sees who is
// not getting mail, and each person sees it on their profile.
import type { EmailProblemKind } from "../../db/schema";
import type { Locale } from "~/i18n/config";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import { memberNameSql } from "~/members/names.server";

/** What the webhook carries that matters here (Resend's event: type, created_at, data.to, data.bounce). */
export interface DeliveryEvent {
  type: string;
  created_at?: string;
  data?: { to?: string[] | string; bounce?: { message?: string; type?: string; subType?: string } };
}

const PROBLEMS: Record<string, EmailProblemKind> = { "email.bounced": "bounced", "email.complained": "complained" };

/** The receiving server's words for a bounce, as Resend passes them on (pages say what the kind means). */
function reasonOf(event: DeliveryEvent): string {
  const bounce = event.data?.bounce;
  return [bounce?.type, bounce?.subType, bounce?.message].filter(Boolean).join(" — ").slice(0, 1000);
}

/**
 * Records one delivery event, once per webhook message id (Svix retries the same message). A bounce
 * or complaint marks its addresses; a delivery clears them. Returns false for a message seen before.
 */
export async function recordDeliveryEvent(db: DB, messageId: string, event: DeliveryEvent): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const fresh = await trx
      .insertInto("webhook_messages")
      .values({ id: messageId, received_at: now() })
      .onConflict((conflict) => conflict.column("id").doNothing())
      .returning("id")
      .executeTakeFirst();
    if (!fresh) return false;
    const to = event.data?.to;
    const addresses = (Array.isArray(to) ? to : [to])
      .filter((address): address is string => typeof address === "string" && address.length <= 254)
      .map((address) => address.trim().toLowerCase());
    if (addresses.length === 0) return true;
    const kind = PROBLEMS[event.type];
    if (event.type === "email.delivered") {
      await trx.deleteFrom("email_problems").where("email", "in", addresses).execute();
    } else if (kind) {
      const occurredAt = event.created_at && !Number.isNaN(Date.parse(event.created_at)) ? event.created_at : now();
      const reason = reasonOf(event);
      await trx
        .insertInto("email_problems")
        .values(addresses.map((email) => ({ email, kind, reason, occurred_at: occurredAt })))
        .onConflict((conflict) => conflict.column("email").doUpdateSet({ kind, reason, occurred_at: occurredAt }))
        .execute();
    }
    return true;
  });
}

/** Everyone whose address mail does not reach, most recent problem first. */
export async function peopleNotGettingMail(db: DB, locale: Locale) {
  return db
    .selectFrom("email_problems as e")
    .innerJoin("User as u", (join) => join.on((eb) => eb(eb.fn("lower", ["u.email"]), "=", eb.ref("e.email"))))
    .innerJoin("people as p", "p.user_id", "u.id")
    .leftJoin("members as m", "m.id", "p.member_id")
    .select(["p.id", "p.name", "u.email", "p.status", "m.slug as memberSlug"])
    .select(memberNameSql<string | null>("m", locale).as("memberName"))
    .select(["e.kind", "e.reason", "e.occurred_at as occurredAt"])
    .orderBy("e.occurred_at", "desc")
    .execute();
}

/** The person's own address problem, for their profile. */
export async function mailProblemOf(db: DB, email: string) {
  return db
    .selectFrom("email_problems")
    .select(["kind", "reason", "occurred_at as occurredAt"])
    .where("email", "=", email.toLowerCase())
    .executeTakeFirst();
}
