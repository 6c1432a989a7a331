// Exactly-once email on top of at-least-once jobs: a delivery key (recipient + purpose + occasion)
// is claimed in the same transaction that records the send. A second worker waits on the key's
// row and then finds it taken; a crash before commit releases it, and the retry's send carries the
// same Resend idempotency key, so Resend drops the duplicate.
import { getDb, type DB } from "./db.server";
import { sendEmail, type OutgoingEmail } from "./mailer.server";

export async function deliverOnce(
  delivery: { key: string; purpose: string; personId: number | null },
  /** The message, or null when there is nothing to send any more (the recipient left, say). */
  compose: () => Promise<Omit<OutgoingEmail, "purpose" | "idempotencyKey"> | null>,
  db: DB = getDb(),
): Promise<boolean> {
  const already = await db.selectFrom("deliveries").select("key").where("key", "=", delivery.key).executeTakeFirst();
  if (already) return false;
  const email = await compose();
  if (!email) return false;
  return db.transaction().execute(async (trx) => {
    const claimed = await trx
      .insertInto("deliveries")
      .values({ key: delivery.key, purpose: delivery.purpose, person_id: delivery.personId })
      .onConflict((oc) => oc.column("key").doNothing())
      .returning("key")
      .executeTakeFirst();
    if (!claimed) return false;
    await sendEmail({ ...email, purpose: delivery.purpose, idempotencyKey: delivery.key }, trx);
    return true;
  });
}
