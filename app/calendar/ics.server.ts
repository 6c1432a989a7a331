// iCalendar output with the `ics` library: one event to download, or a person's whole feed.
// Times are written in UTC, which calendar apps show in each reader's zone, correct on both sides of
// a daylight-saving change. UIDs are stable; SEQUENCE follows every change; cancelled events say so.
import { createHash, randomBytes } from "node:crypto";
import { createEvents, type EventAttributes } from "ics";
import { getConfig } from "~/lib/config.server";

export interface IcsEvent {
  id: number;
  uid: string;
  title: string;
  type: string;
  starts_at: Date;
  ends_at: Date;
  location: string;
  description: string;
  status: "scheduled" | "cancelled";
  sequence: number;
  created_at: Date;
  updated_at: Date;
}

const PRODUCT_ID = "-//Global Network of R2P Focal Points//Portal//EN";

function toAttributes(event: IcsEvent, typeLabel: (type: string) => string): EventAttributes {
  const url = new URL(`/calendar/${event.id}`, getConfig().APP_URL).toString();
  // The video link stays on the portal, behind sign-in; the feed only points to the event's page.
  const description = [typeLabel(event.type), event.description, url].filter(Boolean).join("\n\n");
  return {
    uid: `${event.uid}@r2p-focal-points`,
    sequence: event.sequence,
    title: event.title,
    description,
    location: event.location || undefined,
    url,
    status: event.status === "cancelled" ? "CANCELLED" : "CONFIRMED",
    start: event.starts_at.getTime(),
    startInputType: "utc",
    startOutputType: "utc",
    end: event.ends_at.getTime(),
    endInputType: "utc",
    endOutputType: "utc",
    created: event.created_at.getTime(),
    lastModified: event.updated_at.getTime(),
    categories: [typeLabel(event.type)],
  };
}

export function calendarFile(events: IcsEvent[], typeLabel: (type: string) => string, calName?: string): string {
  const { error, value } = createEvents(
    events.map((event) => toAttributes(event, typeLabel)),
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
