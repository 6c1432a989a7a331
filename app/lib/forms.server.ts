// One way to read a form: a zod schema in, typed data or field messages (i18n keys) out.
import { data } from "@remix-run/node";
import { z } from "zod";
import { messageWithLimit } from "./field-message";

/** Field name → translation key in the `common` namespace's `validation` section (see ./field-message). */
export type FieldErrors = Record<string, string>;

export type FormResult<T> =
  | { success: true; data: T; values: Record<string, string> }
  | { success: false; errors: FieldErrors; values: Record<string, string> };

/** What an action returns when a form is refused: the messages and what was typed, so nothing is lost. */
export interface FormFailure {
  errors: FieldErrors;
  values: Record<string, string>;
  limited?: boolean;
}

export function formFailure(failure: FormFailure, status = 400) {
  return data<FormFailure>(failure, { status });
}

function messageKey(issue: z.core.$ZodIssue): string {
  // A text over its limit says what the limit is, whether or not its rule named a message.
  const ownMessage =
    issue.message.startsWith("validation.") ||
    // ("calendar:validation.time")
    /^\w+:validation\./.test(issue.message);
  if (
    issue.code === "too_big" &&
    issue.origin === "string" &&
    (!ownMessage || issue.message === "validation.tooLong")
  ) {
    return messageWithLimit("validation.tooLong", Number(issue.maximum));
  }
  if (ownMessage) return issue.message;
  if (issue.code === "invalid_value") return "validation.choice";
  return "validation.invalid";
}

export function parseForm<S extends z.ZodType>(schema: S, form: FormData | URLSearchParams): FormResult<z.output<S>> {
  const values: Record<string, string> = {};
  const input: Record<string, string | string[]> = {};
  // A NUL character is no text anyone types, and the database refuses it: the field is refused instead.
  const unreadable = new Set<string>();
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string") continue;
    if (value.includes("\0")) unreadable.add(key);
    values[key] = values[key] === undefined ? value : `${values[key]},${value}`;
    const previous = input[key];
    input[key] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
  }
  const result = unreadable.size ? null : schema.safeParse(input);
  if (result?.success) return { success: true, data: result.data, values };
  const errors: FieldErrors = Object.fromEntries([...unreadable].map((key) => [key, "validation.invalid"]));
  if (!result) return { success: false, errors, values };
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= messageKey(issue);
  }
  return { success: false, errors, values };
}

/** 'YYYY-MM-DD' naming a day that exists (not 2026-02-30), in years a date column holds. */
function isCalendarDate(day: string): boolean {
  const [year, month, day_] = day.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day_));
  return year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day_;
}

/** Shared field rules, each failing with a message people understand. */
export const fields = {
  text: (max = 200) => z.string().trim().min(1, "validation.required").max(max, "validation.tooLong"),
  optionalText: (max = 200) => z.string().trim().max(max, "validation.tooLong").default(""),
  email: () =>
    z
      .string()
      .trim()
      .min(1, "validation.required")
      .max(254, "validation.tooLong")
      .toLowerCase()
      .pipe(z.email("validation.email")),
  date: () =>
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "validation.date")
      .refine(isCalendarDate, "validation.date"),
  /** A day that has come: on or before `today` ('YYYY-MM-DD' in the zone that matters to the form). */
  pastDate: (today: string) =>
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "validation.date")
      .refine(isCalendarDate, "validation.date")
      .refine((day) => day <= today, "validation.future"),
  timeZone: () =>
    z.string().refine((zone) => {
      try {
        new Intl.DateTimeFormat("en", { timeZone: zone });
        return zone.length > 0;
      } catch {
        return false;
      }
    }, "validation.timeZone"),
  checkbox: () =>
    z
      .literal("on")
      .optional()
      .transform((value) => value === "on"),
  /** A field that may repeat (a multiple select, checkboxes of the same name). */
  list: () =>
    z.preprocess(
      (value) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]),
      z.array(z.string()),
    ),
  optionalDate: () =>
    z
      .string()
      .regex(/^(\d{4}-\d{2}-\d{2})?$/, "validation.date")
      .optional()
      .transform((value) => value || null),
  optionalUrl: () =>
    z
      .string()
      .trim()
      .max(500, "validation.tooLong")
      .refine((value) => value === "" || /^https?:\/\/[^\s]+\.[^\s]+$/.test(value), "validation.url")
      .optional()
      .transform((value) => value || null),
};

/** `?page=N` of a paginated list; anything odd reads as the first page. */
export const pageQuery = z.object({ page: z.coerce.number().int().min(1).max(10_000).catch(1) });
