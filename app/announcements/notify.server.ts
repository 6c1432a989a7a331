// An announcement's email carries its text: it is the network's mailing list, and nothing in it is
// confidential. Registered with the notifications module by the worker's task list.
import { registerComposers } from "~/notifications/composers.server";
import { composeNotificationEmail } from "~/notifications/emails.server";

registerComposers({
  announcement_posted: {
    compose: async (recipient, notification, db) => {
      const announcement = await db
        .selectFrom("announcements")
        .select("body")
        .where("id", "=", Number(notification.params.announcementId))
        .executeTakeFirst();
      return composeNotificationEmail(recipient, notification, announcement ? [announcement.body] : []);
    },
  },
});
