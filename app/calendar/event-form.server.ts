// Adding and editing an event share one form: reading it, the scheduling aid, and saving it.
import { redirect } from "@remix-run/node";
import type { Viewer } from "~/auth/viewer";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import { memberChoices } from "~/members/queries.server";
import {
  canCreateType,
  createEvent,
  memberZones,
  recentCallTimes,
  updateEvent,
  type EventInput,
} from "./events.server";
import { eventForm } from "./forms.server";
import { DEFAULT_REMINDER_OFFSETS } from "./offsets";
import { formatClock, instantToZoned, isNight } from "./time";

export async function eventFormChoices(db: DB) {
  return { members: await memberChoices(db), timeZones: ["UTC", ...Intl.supportedValuesOf("timeZone")] };
}

/**
 * The proposed time in every member's local time, with those for whom it falls at night marked,
 * and how the last calls fell, so the slot can be chosen (or rotated) fairly.
 */
export async function schedulingAid(db: DB, startsAt: Date, locale: string) {
  const [zones, recent] = await Promise.all([memberZones(db), recentCallTimes(db, startsAt)]);
  const rows = zones.map((member) => ({
    member: member.name,
    zone: member.timeZone,
    date: instantToZoned(startsAt, member.timeZone).date,
    time: formatClock(locale, startsAt, member.timeZone),
    night: isNight(startsAt, member.timeZone),
  }));
  return {
    rows,
    nightCount: rows.filter((row) => row.night).length,
    recent: recent.map((call) => ({
      id: call.id,
      title: call.title,
      language: call.language,
      startsAt: call.startsAt,
      nightCount: zones.filter((member) => isNight(call.startsAt, member.timeZone)).length,
    })),
  };
}

/** Handles a submitted event form: errors and the scheduling aid come back to the form; a save redirects. */
export async function submitEventForm(db: DB, request: Request, person: Viewer, eventId?: number) {
  const parsed = parseForm(eventForm, await request.formData());
  if (parsed.values.type === "global_call" && !canCreateType(person, "global_call")) {
    return formFailure({ errors: { type: "calendar:validation.globalCallSecretariat" }, values: parsed.values });
  }
  if (!parsed.success) return formFailure(parsed);
  const form = parsed.data;
  if (form.intent === "preview")
    return { preview: await schedulingAid(db, form.startsAt, person.locale), values: parsed.values, errors: {} };
  const member = form.member
    ? await db.selectFrom("members").select("id").where("slug", "=", form.member).executeTakeFirst()
    : undefined;
  // A focal point's event is organised by their member unless they name another.
  const memberId = member?.id ?? (form.member ? null : person.role === "focal_point" ? person.memberId : null);
  const input: EventInput = {
    title: form.title,
    language: form.language,
    type: form.type,
    startsAt: form.startsAt,
    endsAt: form.endsAt,
    timeZone: form.timeZone,
    location: form.location,
    onlineUrl: form.onlineUrl,
    dialIn: form.dialIn,
    description: form.description,
    agenda: form.agenda,
    memberId,
    reminderOffsets: form.reminders,
  };
  if (eventId === undefined) {
    const id = await createEvent(db, input, person);
    throw redirect(`/calendar/${id}?notice=created`);
  }
  const outcome = await updateEvent(db, eventId, input, person);
  throw redirect(`/calendar/${eventId}?notice=${outcome}`);
}

/** The form's fields for an existing event, as the person typed them (times in the event's zone). */
export function eventFormValues(event: {
  title: string;
  language: string;
  type: string;
  starts_at: Date;
  ends_at: Date;
  time_zone: string;
  location: string;
  online_url: string | null;
  dial_in: string;
  description: string;
  agenda: string;
  memberSlug: string | null;
  reminder_offsets: number[];
}): Record<string, string> {
  const start = instantToZoned(event.starts_at, event.time_zone);
  const end = instantToZoned(event.ends_at, event.time_zone);
  return {
    title: event.title,
    language: event.language,
    type: event.type,
    date: start.date,
    startTime: start.time,
    endDate: end.date === start.date ? "" : end.date,
    endTime: end.time,
    timeZone: event.time_zone,
    location: event.location,
    onlineUrl: event.online_url ?? "",
    dialIn: event.dial_in,
    description: event.description,
    agenda: event.agenda,
    member: event.memberSlug ?? "",
    reminders: event.reminder_offsets.join(","),
  };
}

/** A new event's defaults: tomorrow 14:00–15:00 in the person's own zone. */
export function newEventValues(person: Viewer, type: string): Record<string, string> {
  const tomorrow = instantToZoned(new Date(now().getTime() + 86_400_000), person.timeZone).date;
  return {
    language: person.locale,
    type,
    date: tomorrow,
    startTime: "14:00",
    endTime: "15:00",
    timeZone: person.timeZone,
    reminders: DEFAULT_REMINDER_OFFSETS.join(","),
  };
}
