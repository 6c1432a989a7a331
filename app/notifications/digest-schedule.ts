// When a digest is due: at 08:00 in the recipient's own time zone, every day (daily) or on Mondays
// (weekly). A digest gathers what arrived before the latest such moment, so however often the job
// runs, and however late after a pause, each item goes out once, in the first digest after it.
import { TZDate } from "@date-fns/tz";
import type { DigestCadence } from "./unsubscribe.server";

export const DIGEST_HOUR = 8;

/** The latest 08:00 (daily) or Monday 08:00 (weekly) in `timeZone` at or before `now`. */
export function digestBoundary(now: Date, timeZone: string, cadence: DigestCadence): Date {
  const local = new TZDate(now.getTime(), timeZone);
  const boundary = new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), DIGEST_HOUR, 0, 0, timeZone);
  if (boundary.getTime() > now.getTime()) boundary.setDate(boundary.getDate() - 1);
  if (cadence === "weekly") {
    // getDay(): 0 is Sunday, 1 is Monday.
    const sinceMonday = (boundary.getDay() + 6) % 7;
    boundary.setDate(boundary.getDate() - sinceMonday);
  }
  return new Date(boundary.getTime());
}
