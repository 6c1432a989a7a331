// Which email an immediate notification becomes: a feature that writes its own (joint statements,
// with dates in the reader's zone) registers it here; every other kind gets the generic one.
import { composeStatementNotification, STATEMENT_KINDS, statementPurpose } from "~/statements/notify.server";
import type { NotificationKind } from "./categories";
import { composeNotificationEmail, type ComposedEmail, type Recipient, type StoredNotification } from "./emails.server";

export interface NotificationComposer {
  /** The purpose the email is recorded under. */
  purpose: (notification: StoredNotification) => string;
  compose: (recipient: Recipient, notification: StoredNotification) => Promise<ComposedEmail>;
}

const generic: NotificationComposer = {
  purpose: (notification) => `notification_${notification.kind}`,
  compose: (recipient, notification) => composeNotificationEmail(recipient, notification),
};

// Resolved when a job runs, not when the module loads: the statements module imports `notify`
// from delivery.server, which imports this one, so at load time it may be half-initialised.
export function composerFor(kind: string): NotificationComposer {
  if (!(STATEMENT_KINDS as readonly NotificationKind[]).includes(kind as NotificationKind)) return generic;
  return { purpose: statementPurpose, compose: composeStatementNotification };
}
