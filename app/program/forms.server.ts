// The forms and query strings of the program of work, validated on the server only.
import { z } from "zod";
import {
  ACTIVITY_CATEGORIES,
  ACTIVITY_STATUSES,
  REPORT_STATUSES,
  type ActivityCategory,
  type ActivityStatus,
  type ReportStatus,
} from "../../db/schema";
import { LOCALES } from "~/i18n/config";
import { fields } from "~/lib/forms.server";

const category = z.enum(ACTIVITY_CATEGORIES as [ActivityCategory, ...ActivityCategory[]], "validation.choice");
const activityStatus = z.enum(ACTIVITY_STATUSES as [ActivityStatus, ...ActivityStatus[]], "validation.choice");

export const activityQuery = z.object({
  category: category.optional().catch(undefined),
  status: activityStatus.optional().catch(undefined),
  member: z.string().max(100).optional().catch(undefined),
  mine: z.literal("1").optional().catch(undefined),
  archived: z.literal("1").optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export const activityForm = z
  .object({
    title: fields.text(200),
    description: fields.optionalText(10_000),
    language: z.enum(LOCALES, "validation.choice"),
    category,
    status: activityStatus.default("proposed"),
    startOn: fields.optionalDate(),
    dueOn: fields.optionalDate(),
    leads: fields.list(),
    participants: fields.list(),
  })
  .refine((form) => !form.startOn || !form.dueOn || form.startOn <= form.dueOn, {
    path: ["dueOn"],
    message: "validation.dueBeforeStart",
  });

export const activityAction = z.object({ intent: z.enum(["approve", "archive"]) });

export const benchmarkForm = z
  .object({
    title: fields.text(200),
    language: z.enum(LOCALES, "validation.choice"),
    description: fields.optionalText(5_000),
    measure: fields.text(300),
    targetKind: z.enum(["count", "share"], "validation.choice"),
    targetValue: z.coerce.number("validation.number").int("validation.number").min(1, "validation.number"),
    setOn: fields.date(),
    deadline: fields.date(),
    activityId: z
      .string()
      .optional()
      .transform((value) => (value ? Number(value) : null)),
  })
  .refine((form) => form.targetKind === "count" || form.targetValue <= 100, {
    path: ["targetValue"],
    message: "validation.percent",
  })
  .refine((form) => form.deadline > form.setOn, { path: ["deadline"], message: "validation.deadlineBeforeStart" });

/** A member's report on a benchmark, dated no later than `today`. */
export const reportForm = (today: string) =>
  z.object({
    member: z.string().min(1, "validation.required"),
    status: z.enum(REPORT_STATUSES as [ReportStatus, ...ReportStatus[]], "validation.choice"),
    note: fields.optionalText(2_000),
    evidenceUrl: fields.optionalUrl(),
    reportedOn: fields.pastDate(today),
  });
