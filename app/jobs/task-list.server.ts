// Every task the worker runs, in one place, with the schedule of the recurring ones.
// Payloads are validated: a job may outlive the code that queued it.
import type { CronItem, TaskList } from "graphile-worker";
import { z } from "zod";
import { sendSignInLink } from "~/auth/sign-in.server";
import { announce, ANNOUNCEMENTS } from "~/calendar/notify.server";
import { SEND_CODE_TASK, sendStepUpCode } from "~/confirmation/commands.server";
import { dispatchDueReminders, sendReminders } from "~/calendar/reminders.server";
import { today } from "~/lib/clock.server";
import { getDb } from "~/lib/db.server";
import { SEND_ANSWER_TASK } from "~/inquiries/commands.server";
import { sendInquiryAnswer } from "~/inquiries/emails.server";
import { DELETE_OBJECT_TASK, deleteObject } from "~/library/storage.server";
import { sendInvitation } from "~/members/invitation-email.server";
import { dispatchDigests, sendDigest, sendNotificationEmails } from "~/notifications/delivery.server";
import { nudgeSilentMembers } from "~/program/nudges.server";
import { applyRetention } from "~/retention/commands.server";
import { sweepEndedSessions } from "~/sessions/commands.server";
import { ADOPT_SILENCE_TASK, adoptSilence, sweepSilences } from "~/statements/commands.server";
// Registers the joint statements' email composers (the calendar's come with its import above).
import "~/statements/notify.server";
// And the announcements' own, which carry their text.
import "~/announcements/notify.server";
// And pairing's, which introduce the people paired.
import "~/onboarding/notify.server";
// And the training's, which tells who moved up from a waiting list.
import "~/training/notify.server";

const sendRemindersPayload = z.object({ ids: z.array(z.number().int()).max(100) });
const notificationsPayload = z.object({ ids: z.array(z.number().int()).max(100) });
const digestPayload = z.object({
  personId: z.number().int(),
  cadence: z.enum(["daily", "weekly"]),
  ids: z.array(z.number().int()),
  key: z.string(),
});
const invitationPayload = z.object({ invitationId: z.number().int() });
const signInLinkPayload = z.object({ email: z.string(), callbackPath: z.string() });
const stepUpCodePayload = z.object({ codeId: z.number().int() });
const inquiryAnswerPayload = z.object({ inquiryId: z.number().int() });
const deleteObjectPayload = z.object({ key: z.string().startsWith("library/") });
const adoptSilencePayload = z.object({ statementId: z.number().int() });
const announcePayload = z.object({
  eventId: z.number().int(),
  kind: z.enum(ANNOUNCEMENTS),
  version: z.number().int(),
  actorId: z.number().int().nullable(),
  changed: z.array(z.string()).optional(),
  urgent: z.boolean().optional(),
});

export const taskList: TaskList = {
  "auth.send_sign_in_link": async (payload) => {
    await sendSignInLink(getDb(), signInLinkPayload.parse(payload));
  },
  "members.send_invitation": async (payload) => {
    await sendInvitation(invitationPayload.parse(payload).invitationId);
  },
  [SEND_CODE_TASK]: async (payload) => {
    await sendStepUpCode(stepUpCodePayload.parse(payload).codeId);
  },
  [SEND_ANSWER_TASK]: async (payload) => {
    await sendInquiryAnswer(inquiryAnswerPayload.parse(payload).inquiryId);
  },
  "notifications.send": async (payload) => {
    await sendNotificationEmails(notificationsPayload.parse(payload).ids);
  },
  "notifications.dispatch_digests": async () => {
    await dispatchDigests();
  },
  "notifications.send_digest": async (payload) => {
    await sendDigest(digestPayload.parse(payload));
  },
  "program.nudge_benchmarks": async () => {
    await nudgeSilentMembers(getDb(), today());
  },
  "calendar.dispatch_reminders": async () => {
    await dispatchDueReminders();
  },
  "calendar.send_reminders": async (payload) => {
    await sendReminders(sendRemindersPayload.parse(payload).ids);
  },
  "calendar.announce": async (payload) => {
    await announce(announcePayload.parse(payload));
  },
  // At a silence deadline: adopts the text if silence still stands, and tells the group.
  [DELETE_OBJECT_TASK]: async (payload) => {
    await deleteObject(deleteObjectPayload.parse(payload).key);
  },
  [ADOPT_SILENCE_TASK]: async (payload) => {
    await adoptSilence(getDb(), adoptSilencePayload.parse(payload).statementId);
  },
  "statements.sweep_silences": async () => {
    await sweepSilences(getDb());
  },
  "sessions.sweep_ended": async () => {
    await sweepEndedSessions(getDb());
  },
  "people.apply_retention": async () => {
    await applyRetention(getDb());
  },
};

export const cron: CronItem[] = [
  // Digests go at 08:00 in each person's zone; zones differ by quarter hours at most.
  {
    task: "notifications.dispatch_digests",
    match: "*/15 * * * *",
    identifier: "notifications.dispatch_digests",
    options: { backfillPeriod: 0, jobKey: "notifications.dispatch_digests" },
  },
  {
    task: "program.nudge_benchmarks",
    match: "0 * * * *",
    identifier: "program.nudge_benchmarks",
    options: { backfillPeriod: 0, jobKey: "program.nudge_benchmarks" },
  },
  // Behind each deadline's own job: adopts any silence whose job was lost (a restored backup, a deleted job).
  {
    task: "statements.sweep_silences",
    match: "*/5 * * * *",
    identifier: "statements.sweep_silences",
    options: { backfillPeriod: 0, jobKey: "statements.sweep_silences" },
  },
  // Sessions idle for 30 days (or otherwise past their end) are deleted, not just refused.
  {
    task: "sessions.sweep_ended",
    match: "30 * * * *",
    identifier: "sessions.sweep_ended",
    options: { backfillPeriod: 0, jobKey: "sessions.sweep_ended" },
  },
  // Once a day: stepped-down people warned a month ahead, then reduced to their name and member.
  {
    task: "people.apply_retention",
    match: "20 3 * * *",
    identifier: "people.apply_retention",
    options: { backfillPeriod: 0, jobKey: "people.apply_retention" },
  },
  // Reminders are due to the minute; the dispatcher queues send jobs for those that are due.
  {
    task: "calendar.dispatch_reminders",
    match: "* * * * *",
    identifier: "calendar.dispatch_reminders",
    options: { backfillPeriod: 0, jobKey: "calendar.dispatch_reminders" },
  },
];
