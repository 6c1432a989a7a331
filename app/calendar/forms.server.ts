// The calendar's forms and query strings, validated on the server.
import { z } from "zod";
import {
  EVENT_TYPES,
  REGIONAL_GROUPS,
  RSVP_RESPONSES,
  type EventType,
  type RegionalGroup,
  type RsvpResponse,
} from "../../db/schema";
import { LOCALES } from "~/i18n/config";
import { fields, isCalendarDate, isCalendarMonth } from "~/lib/forms.server";
import { REMINDER_OFFSETS } from "./offsets";
import { zonedToInstant } from "./time";

const eventType = z.enum(EVENT_TYPES as [EventType, ...EventType[]], "validation.choice");
const group = z.enum(REGIONAL_GROUPS as [RegionalGroup, ...RegionalGroup[]]);

export const calendarQuery = z.object({
  view: z.enum(["month", "agenda"]).catch("month"),
  month: z.string().refine(isCalendarMonth).optional().catch(undefined),
  /** The agenda from a given day (the month grid's "more" links) rather than from now. */
  from: z.string().refine(isCalendarDate).optional().catch(undefined),
  type: eventType.optional().catch(undefined),
  group: group.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

const time = () => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "calendar:validation.time");

export const eventForm = z
  .object({
    intent: z.enum(["save", "preview"]).catch("save"),
    title: fields.text(200),
    language: z.enum(LOCALES, "validation.choice"),
    type: eventType,
    date: fields.date(),
    startTime: time(),
    endDate: fields.optionalDate(),
    endTime: time(),
    timeZone: fields.timeZone(),
    location: fields.optionalText(300),
    onlineUrl: fields.optionalUrl(),
    dialIn: fields.optionalText(500),
    description: fields.optionalText(10_000),
    agenda: fields.optionalText(10_000),
    member: z
      .string()
      .max(100)
      .optional()
      .transform((value) => value || null),
    reminders: fields
      .list()
      .transform((values) =>
        values.map(Number).filter((value) => (REMINDER_OFFSETS as readonly number[]).includes(value)),
      ),
  })
  .transform((form, ctx) => {
    const startsAt = zonedToInstant(form.date, form.startTime, form.timeZone);
    const endsAt = zonedToInstant(form.endDate ?? form.date, form.endTime, form.timeZone);
    if (!startsAt) ctx.addIssue({ code: "custom", path: ["startTime"], message: "calendar:validation.noSuchTime" });
    if (!endsAt) ctx.addIssue({ code: "custom", path: ["endTime"], message: "calendar:validation.noSuchTime" });
    if (startsAt && endsAt && endsAt <= startsAt)
      ctx.addIssue({ code: "custom", path: ["endTime"], message: "calendar:validation.endBeforeStart" });
    if (form.type === "global_call" && form.intent === "save" && form.reminders.length === 0) {
      ctx.addIssue({ code: "custom", path: ["reminders"], message: "calendar:validation.reminders" });
    }
    return { ...form, startsAt: startsAt!, endsAt: endsAt! };
  });

export const eventAction = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("rsvp"),
    response: z.enum(RSVP_RESPONSES as [RsvpResponse, ...RsvpResponse[]], "validation.choice"),
  }),
  z.object({ intent: z.literal("cancel") }),
  z.object({ intent: z.literal("minutes"), minutes: fields.text(20_000) }),
]);

export const feedAction = z.object({ intent: z.enum(["create", "revoke"]) });
