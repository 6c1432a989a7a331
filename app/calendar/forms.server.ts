// The calendar's forms and query strings, validated on the server: anything odd in a query string
// reads as its default, anything odd in a form comes back with a message next to its field.
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
import { fields } from "~/lib/forms.server";
import { REMINDER_OFFSETS } from "./offsets";
import { isDay, isMonth, zonedToInstant } from "./time";
import { TIME_ZONES } from "~/lib/time-zones.server";

const eventType = z.enum(EVENT_TYPES as [EventType, ...EventType[]], "validation.choice");
const group = z.enum(REGIONAL_GROUPS as [RegionalGroup, ...RegionalGroup[]]);

export const calendarQuery = z.object({
  view: z.enum(["month", "agenda"]).catch("month"),
  month: z.string().refine(isMonth).optional().catch(undefined),
  /** The agenda from a given day (the month grid's "more" links) rather than from now. */
  from: z.string().refine(isDay).optional().catch(undefined),
  type: eventType.optional().catch(undefined),
  group: group.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type CalendarQuery = z.output<typeof calendarQuery>;

/** The zones an event may be set in: those the form offers. */
export const EVENT_ZONES: readonly string[] = ["UTC", ...TIME_ZONES];
const eventZones = new Set(EVENT_ZONES);

/**
 * Control characters (NUL and the like, but tab and line breaks) are never typed, and Postgres
 * refuses NUL in any text: such a value is refused with a message rather than failing the save.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const plain = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value, ctx) => {
    if (typeof value === "string" && CONTROL.test(value))
      ctx.addIssue({ code: "custom", message: "calendar:validation.characters", input: value });
    return value;
  }, schema);

const time = () => z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "calendar:validation.time");
const day = () => z.string().refine(isDay, "validation.date");

export const eventForm = z
  .object({
    intent: z.enum(["save", "preview"]).catch("save"),
    title: plain(fields.text(200)),
    language: z.enum(LOCALES, "validation.choice"),
    type: eventType,
    date: day(),
    startTime: time(),
    endDate: z
      .string()
      .refine((value) => value === "" || isDay(value), "validation.date")
      .optional()
      .transform((value) => value || null),
    endTime: time(),
    timeZone: z.string().refine((zone) => eventZones.has(zone), "validation.timeZone"),
    location: plain(fields.optionalText(300)),
    onlineUrl: plain(fields.optionalUrl()),
    dialIn: plain(fields.optionalText(500)),
    description: plain(fields.optionalText(10_000)),
    agenda: plain(fields.optionalText(10_000)),
    /** The organising member's address; empty for the person's own member (or the network). */
    member: plain(
      z
        .string()
        .regex(/^[a-z0-9-]{0,100}$/, "validation.choice")
        .optional()
        .transform((value) => value || null),
    ),
    /** A training's seats: empty for unlimited (and for every other type, where it is not asked). */
    capacity: z
      .string()
      .trim()
      .optional()
      .refine((value) => !value || /^\d{1,6}$/.test(value), "calendar:validation.capacity")
      .transform((value) => (value ? Number(value) : null))
      .refine((value) => value === null || (value >= 1 && value <= 100_000), "calendar:validation.capacity"),
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
    if (!startsAt || !endsAt) return z.NEVER;
    return { ...form, startsAt, endsAt, capacity: form.type === "training" ? form.capacity : null };
  });

export type EventForm = z.output<typeof eventForm>;

export const eventAction = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("rsvp"),
    response: z.enum(RSVP_RESPONSES as [RsvpResponse, ...RsvpResponse[]], "validation.choice"),
  }),
  z.object({ intent: z.literal("cancel") }),
  z.object({ intent: z.literal("register") }),
  z.object({ intent: z.literal("unregister") }),
  z.object({ intent: z.literal("remind") }),
  z.object({ intent: z.literal("minutes"), minutes: plain(fields.text(20_000)) }),
  z.object({ intent: z.literal("publicity"), public: z.enum(["on", "off"], "validation.choice") }),
]);

export const feedAction = z.object({ intent: z.enum(["create", "revoke"]) });
