// Which email an immediate notification becomes. A capability that writes its own (joint statements
// with dates in the reader's zone, the calendar's Global Call emails) registers its composers here
// when its module loads; every other kind gets the generic one. Notifications never import a
// capability: the worker's task list (the composition root) imports them, so they are registered
// before any job runs.
import type { DB } from "~/lib/db.server";
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

const registered = new Map<string, Partial<NotificationComposer>>();

/** A capability's own composers, by notification kind; what a composer leaves out stays generic. */
export function registerComposers(composers: Record<string, Partial<NotificationComposer>>): void {
  for (const [kind, composer] of Object.entries(composers)) registered.set(kind, composer);
}

export function composerFor(kind: string): NotificationComposer {
  return { ...generic, ...registered.get(kind) };
}
