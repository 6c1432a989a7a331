// "A reminder to those who have not acted" (on a statement open for signature, a Global Call not
// answered) goes out at most once a day per subject, however often anyone clicks.
export const REMINDER_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** Whether a reminder sent at `sentAt` still holds the next one back at `moment`. */
export function remindedRecently(sentAt: Date | string | null, moment: Date): boolean {
  return sentAt !== null && moment.getTime() - new Date(sentAt).getTime() < REMINDER_INTERVAL_MS;
}
