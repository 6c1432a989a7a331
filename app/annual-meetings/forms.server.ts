// The annual meetings' forms, checked at the edge.
import { z } from "zod";
import { LOCALES } from "~/i18n/config";
import { fields } from "~/lib/forms.server";

export const RECOMMENDATION_CATEGORIES = ["national", "international", "global_network"] as const;

export const meetingForm = z
  .object({
    title: fields.text(200),
    city: fields.text(120),
    startsOn: fields.date(),
    endsOn: fields.date(),
    host: z.string().trim().min(1, "validation.choice").max(100, "validation.choice"),
    language: z.enum(LOCALES, "validation.choice"),
    summary: fields.optionalText(5000),
    /** A file attached to the meeting, or "" for none. */
    outcome: z
      .string()
      .regex(/^\d{0,9}$/, "validation.choice")
      .optional()
      .transform((value) => (value ? Number(value) : null)),
  })
  .refine((meeting) => meeting.endsOn >= meeting.startsOn, {
    path: ["endsOn"],
    message: "meetings:validation.endsBeforeStart",
  });
export type MeetingInput = z.output<typeof meetingForm>;

const ids = fields.list().pipe(
  z
    .array(
      z
        .string()
        .regex(/^\d{1,9}$/, "validation.choice")
        .transform(Number),
    )
    .max(100, "validation.choice"),
);

export const recommendationForm = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("add"),
    category: z.enum(RECOMMENDATION_CATEGORIES, "validation.choice"),
    text: fields.text(2000),
    activities: ids,
    benchmarks: ids,
  }),
  z.object({ intent: z.literal("remove"), recommendation: z.coerce.number().int().min(1).max(2_147_483_647) }),
]);
export type RecommendationInput = Extract<z.output<typeof recommendationForm>, { intent: "add" }>;
