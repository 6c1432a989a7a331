// Every task the worker runs, in one place, with the schedule of the recurring ones.
// Payloads are validated: a job may outlive the code that queued it.
import type { CronItem, TaskList } from "graphile-worker";
import { z } from "zod";
import { dispatchDueReminders, notifyCall, sendReminders } from "~/calendar/reminders.server";

const sendRemindersPayload = z.object({ ids: z.array(z.number().int()).max(100) });
const notifyCallPayload = z.object({ eventId: z.number().int(), kind: z.enum(["rescheduled", "cancelled", "minutes"]), version: z.number().int() });

export const taskList: TaskList = {
  "calendar.dispatch_reminders": async () => {
    await dispatchDueReminders();
  },
  "calendar.send_reminders": async (payload) => {
    await sendReminders(sendRemindersPayload.parse(payload).ids);
  },
  "calendar.notify_call": async (payload) => {
    const { eventId, kind, version } = notifyCallPayload.parse(payload);
    await notifyCall(eventId, kind, version);
  },
};

export const cron: CronItem[] = [
  // Reminders are due to the minute; the dispatcher queues send jobs for those that are due.
  { task: "calendar.dispatch_reminders", match: "* * * * *", identifier: "calendar.dispatch_reminders", options: { backfillPeriod: 0, jobKey: "calendar.dispatch_reminders" } },
];
