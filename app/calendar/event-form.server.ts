// Adding and editing an event share one form: its choices, the scheduling aid, and reading a
// submitted form into the command that saves it.
import { redirect } from "@remix-run/node";
import type { Viewer } from "~/auth/viewer";
import type { Locale } from "~/i18n/config";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import { formFailure, parseForm } from "~/lib/forms.server";
import { memberChoices } from "~/members/queries.server";
import { createEvent, updateEvent } from "./commands.server";
import { eventForm, EVENT_ZONES } from "./forms.server";
import { DEFAULT_REMINDER_OFFSETS } from "./offsets";
import { can } from "./policy";
import { memberIdBySlug, memberZones, recentCallTimes } from "./queries.server";
import { formatClock, instantToZoned, isNight } from "./time";
import { pack } from "~/lib/packed";

export async function eventFormChoices(db: DB, viewer: Viewer) {
  return {
    members: pack(await memberChoices(db, viewer.locale)),
    timeZones: EVENT_ZONES,
    // The agenda, dial-in and reminders belong to Global Calls, which only some may schedule.
    schedulesCalls: can(viewer, "create", { type: "global_call" }),
  };
}

/**
 * The proposed time in every member's local time, with those for whom it falls at night marked,
 * and how the last calls fell, so the slot can be chosen (or rotated) fairly.
 */
export async function schedulingAid(db: DB, startsAt: Date, locale: Locale) {
  const [zones, recent] = await Promise.all([memberZones(db, locale), recentCallTimes(db, startsAt)]);
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

/**
 * Handles a submitted event form: refusals and the scheduling aid come back with everything typed;
 * a save redirects to the event.
 */
export async function submitEventForm(db: DB, request: Request, viewer: Viewer, eventId?: number) {
  const parsed = parseForm(eventForm, await request.formData());
  const { values } = parsed;
  const type = parsed.success ? parsed.data.type : values.type;
  if (type === "global_call" && !can(viewer, "create", { type })) {
    return formFailure({ errors: { type: "calendar:validation.globalCallSecretariat" }, values });
  }
  if (!parsed.success) return formFailure(parsed);
  const form = parsed.data;
  if (form.intent === "preview")
    return { preview: await schedulingAid(db, form.startsAt, viewer.locale), values, errors: {} };
  // A focal point's event is organised by their member unless they name another.
  const memberId = form.member
    ? await memberIdBySlug(db, form.member)
    : viewer.role === "focal_point"
      ? viewer.memberId
      : null;
  if (form.member && memberId === null) return formFailure({ errors: { member: "validation.choice" }, values });
  const input = {
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
    capacity: form.capacity,
  };
  if (eventId === undefined) {
    const id = await createEvent(db, input, viewer);
    throw redirect(`/calendar/${id}?notice=created`);
  }
  const outcome = await updateEvent(db, eventId, input, viewer);
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
  capacity: number | null;
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
    capacity: event.capacity === null ? "" : String(event.capacity),
  };
}

/** A new event's defaults: tomorrow 14:00–15:00 in the person's own zone. */
export function newEventValues(viewer: Viewer, type: string): Record<string, string> {
  const tomorrow = instantToZoned(new Date(now().getTime() + 86_400_000), viewer.timeZone).date;
  return {
    language: viewer.locale,
    type,
    date: tomorrow,
    startTime: "14:00",
    endTime: "15:00",
    timeZone: viewer.timeZone,
    reminders: DEFAULT_REMINDER_OFFSETS.join(","),
  };
}
