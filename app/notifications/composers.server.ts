// Which email an immediate notification becomes: a feature that writes its own (joint statements
// with dates in the reader's zone, the calendar's Global Call emails) registers it here; every
// other kind gets the generic one.
import { CALENDAR_COMPOSERS } from "~/calendar/notify.server";
import type { DB } from "~/lib/db.server";
import { composeStatementNotification, STATEMENT_KINDS, statementPurpose } from "~/statements/notify.server";
import type { NotificationKind } from "./categories";
import { composeNotificationEmail, type ComposedEmail, type Recipient, type StoredNotification } from "./emails.server";

export interface NotificationComposer {
  /** The purpose the email is recorded under. */
  purpose: (notification: StoredNotification) => string;
  /** The email, or null when there is nothing to send any more (the call it reminds of was cancelled, say). */
  compose: (recipient: Recipient, notification: StoredNotification, db: DB) => Promise<ComposedEmail | null>;
}

const generic: NotificationComposer = {
  purpose: (notification) => `notification_${notification.kind}`,
  compose: (recipient, notification) => composeNotificationEmail(recipient, notification),
};

// Resolved when a job runs, not when the module loads: the statements and calendar modules import
// `notify` from delivery.server, which imports this one, so at load time they may be half-initialised.
export function composerFor(kind: string): NotificationComposer {
  if ((STATEMENT_KINDS as readonly NotificationKind[]).includes(kind as NotificationKind)) {
    return { purpose: statementPurpose, compose: composeStatementNotification };
  }
  return { ...generic, ...CALENDAR_COMPOSERS[kind] };
}
