// The once-a-day claim behind every "reminder to those who have not acted": one upsert on the subject's
// row in reminders_sent (migration 0230), so two clicks at once send one reminder.
import type { DB } from "~/lib/db.server";
import { REMINDER_INTERVAL_MS } from "./reminders";

/** Claims the subject's reminder at `moment` in the command's transaction; false if one went out within a day. */
export async function claimReminder(
  trx: DB,
  subject: { kind: "statement" | "event"; id: number },
  personId: number,
  moment: Date,
): Promise<boolean> {
  const claimed = await trx
    .insertInto("reminders_sent")
    .values({ subject_kind: subject.kind, subject_id: subject.id, sent_at: moment, sent_by: personId })
    .onConflict((oc) =>
      oc
        .columns(["subject_kind", "subject_id"])
        .doUpdateSet({ sent_at: moment, sent_by: personId })
        .where("reminders_sent.sent_at", "<=", new Date(moment.getTime() - REMINDER_INTERVAL_MS)),
    )
    .returning("sent_at")
    .executeTakeFirst();
  return claimed !== undefined;
}
