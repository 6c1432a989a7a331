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
import type { DB } from "~/lib/db.server";
import { fields } from "~/lib/forms.server";
import { memberIdsFromSlugs } from "~/members/queries.server";
import type { ActivityInput } from "./activity-rows.server";

const category = z.enum(ACTIVITY_CATEGORIES as [ActivityCategory, ...ActivityCategory[]], "validation.choice");
const activityStatus = z.enum(ACTIVITY_STATUSES as [ActivityStatus, ...ActivityStatus[]], "validation.choice");

/** No member, and no share above 100%, is anywhere near this; Postgres's integers end far above it. */
export const MAX_TARGET = 10_000;

export const activityQuery = z.object({
  category: category.optional().catch(undefined),
  status: activityStatus.optional().catch(undefined),
  // Control characters are no part of a name, and Postgres refuses NUL in a query.
  member: z
    .string()
    .max(100)
    .refine((text) => ![...text].some((character) => character < " "))
    .optional()
    .catch(undefined),
  mine: z.literal("1").optional().catch(undefined),
  archived: z.literal("1").optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

/** The secretariat's choice of status and leads; a proposal's are set by the portal (see ProposalInput). */
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

/** A valid activity form as a command takes it: members named by slug become ids (unknown ones are dropped). */
export async function activityInput(db: DB, form: z.output<typeof activityForm>): Promise<ActivityInput> {
  const { leads, participants, ...rest } = form;
  const [leadIds, participantIds] = await Promise.all([
    memberIdsFromSlugs(db, leads),
    memberIdsFromSlugs(db, participants),
  ]);
  return { ...rest, leadIds, participantIds };
}

/** The secretariat's decision on an activity; a returned proposal says what to change. */
export const activityDecision = z
  .object({
    intent: z.enum(["approve", "return", "archive"], "validation.choice"),
    note: fields.optionalText(2_000),
  })
  .refine((decision) => decision.intent !== "return" || decision.note !== "", {
    path: ["note"],
    message: "program:validation.returnNote",
  });

export const benchmarkForm = z
  .object({
    title: fields.text(200),
    language: z.enum(LOCALES, "validation.choice"),
    description: fields.optionalText(5_000),
    measure: fields.text(300),
    targetKind: z.enum(["count", "share"], "validation.choice"),
    targetValue: z.coerce
      .number("validation.number")
      .int("validation.number")
      .min(1, "validation.number")
      .max(MAX_TARGET, "program:validation.targetTooLarge"),
    setOn: fields.date(),
    deadline: fields.date(),
    activityId: z
      .string()
      .regex(/^([1-9]\d{0,8})?$/, "validation.choice")
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
    member: z.string().min(1, "validation.required").max(100, "validation.choice"),
    status: z.enum(REPORT_STATUSES as [ReportStatus, ...ReportStatus[]], "validation.choice"),
    note: fields.optionalText(2_000),
    evidenceUrl: fields.optionalUrl(),
    reportedOn: fields.pastDate(today),
  });

/** `?member=<slug>` on a benchmark page: the member the secretariat reports for. */
export const reportQuery = z.object({
  member: z
    .string()
    .regex(/^[a-z0-9-]{1,100}$/)
    .optional()
    .catch(undefined),
});

const reportQueryOn = (today: string) =>
  z
    .object({ from: fields.pastDate(today), to: fields.pastDate(today) })
    .refine((period) => period.from <= period.to, { path: ["to"], message: "program:validation.periodReversed" });

/** The schema of the day: building one costs more than checking a query with it (0.3 ms). */
let reportQueryOfDay: { today: string; schema: ReturnType<typeof reportQueryOn> } | undefined;

/** `?from=…&to=…` of the report to the annual meeting: a period that has passed, its end on or after its start. */
export function annualReportQuery(today: string) {
  if (reportQueryOfDay?.today !== today) reportQueryOfDay = { today, schema: reportQueryOn(today) };
  return reportQueryOfDay.schema;
}
