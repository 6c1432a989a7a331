// The one source of "now", so tests can move time (CLOCK_NOW pins it outside production).
import { getConfig } from "./config.server";

export function now(): Date {
  const pinned = process.env.CLOCK_NOW;
  if (pinned && getConfig().NODE_ENV !== "production") return new Date(pinned);
  return new Date();
}

/** Today's calendar date, 'YYYY-MM-DD', in a time zone (UTC by default). */
export function today(timeZone = "UTC"): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now());
}
