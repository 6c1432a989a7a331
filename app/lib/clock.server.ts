// The one source of "now", so tests can move time (CLOCK_NOW pins it outside production).
import { getConfig } from "./config.server";
import { isoDateIn } from "./format";

export function now(): Date {
  const pinned = process.env.CLOCK_NOW;
  if (pinned && getConfig().NODE_ENV !== "production") return new Date(pinned);
  return new Date();
}

/** Today's calendar date, 'YYYY-MM-DD', in a time zone (UTC by default). */
export function today(timeZone = "UTC"): string {
  return isoDateIn(now(), timeZone);
}
