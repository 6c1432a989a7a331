// iCalendar output with the `ics` library: one event to download, or a person's whole feed.
// Times are written in UTC, which calendar apps show in each reader's zone, correct on both sides of
// a daylight-saving change; a session over several days is written as whole days. UIDs are stable;
// SEQUENCE follows every change; cancelled events say so; a Global Call carries its reader's reminders.
import { createHash, randomBytes } from "node:crypto";
import { createEvents, type EventAttributes } from "ics";
import { getConfig } from "~/lib/config.server";
import { daysCovered } from "./time";

export interface IcsEvent {
  id: number;
  uid: string;
  title: string;
  type: string;
  starts_at: Date;
  ends_at: Date;
  time_zone: string;
  location: string;
  description: string;
  online_url: string | null;
  dial_in: string;
  status: "scheduled" | "cancelled";
  sequence: number;
  created_at: Date;
  updated_at: Date;
  /** Minutes before the start its reader's calendar app reminds them (their Global Call reminders). */
  alarms: number[];
}

/** The words a calendar file needs, in its reader's language. */
export interface IcsLabels {
  type: (type: string) => string;
  join: string;
  dialIn: string;
}

const PRODUCT_ID = "-//Global Network of R2P Focal Points//Portal//EN";
const DAY_MS = 86_400_000;

type DateArray = [number, number, number];
const dateArray = (day: string): DateArray => day.split("-").map(Number) as DateArray;

/**
 * A session over several days (the Human Rights Council's four weeks) is a run of whole days in its own
 * zone, the last day included: a calendar app shows a banner across them, not a 600-hour block.
 */
export function allDaySpan(event: Pick<IcsEvent, "starts_at" | "ends_at" | "time_zone">) {
  const days = daysCovered(event.starts_at, event.ends_at, event.time_zone);
  if (days.length < 2 || event.ends_at.getTime() - event.starts_at.getTime() < DAY_MS) return null;
  const dayAfter = new Date(Date.parse(`${days[days.length - 1]}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
  return { start: dateArray(days[0]!), end: dateArray(dayAfter) };
}

function toAttributes(event: IcsEvent, labels: IcsLabels): EventAttributes {
  const url = new URL(`/calendar/${event.id}`, getConfig().APP_URL).toString();
  // Files reach signed-in members only (a download, or their own private feed): how to join goes in.
  const join = [
    event.online_url ? `${labels.join}: ${event.online_url}` : "",
    event.dial_in ? `${labels.dialIn}: ${event.dial_in}` : "",
  ].filter(Boolean);
  const description = [labels.type(event.type), event.description, ...join, url].filter(Boolean).join("\n\n");
  const days = allDaySpan(event);
  const when = days
    ? { start: days.start, end: days.end }
    : {
        start: event.starts_at.getTime(),
        startInputType: "utc" as const,
        startOutputType: "utc" as const,
        end: event.ends_at.getTime(),
        endInputType: "utc" as const,
        endOutputType: "utc" as const,
      };
  return {
    uid: `${event.uid}@r2p-focal-points`,
    sequence: event.sequence,
    title: event.title,
    description,
    location: event.location || undefined,
    url,
    status: event.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
    ...when,
    created: event.created_at.getTime(),
    lastModified: event.updated_at.getTime(),
    categories: [labels.type(event.type)],
    alarms: event.alarms.map((minutes) => ({
      action: "display",
      description: event.title,
      trigger: { before: true, minutes },
    })),
  };
}

export function calendarFile(events: IcsEvent[], labels: IcsLabels, calName?: string): string {
  const { error, value } = createEvents(
    events.map((event) => toAttributes(event, labels)),
    { productId: PRODUCT_ID, method: "PUBLISH", calName },
  );
  if (error || !value) throw error ?? new Error("Could not build the calendar file");
  return value;
}

/** Only a feed token's hash is kept: the address is shown once, when it is made. */
export const hashFeedToken = (token: string) => createHash("sha256").update(token).digest("hex");

export const newFeedToken = () => randomBytes(24).toString("base64url");

export function feedUrl(token: string): string {
  return new URL(`/calendar/feed/${token}.ics`, getConfig().APP_URL).toString();
}
