// Times of events for people in every time zone: pure functions over Intl, shared by the pages, the
// emails and the scheduling aid (the browser runs them too: no time zone library travels with them).
import { formatter } from "~/lib/format";

/**
 * The instant of a wall-clock time in a zone, or null when that time does not exist there (clocks went
 * forward). When it happens twice (clocks went back), the first one.
 */
export function zonedToInstant(date: string, time: string, timeZone: string): Date | null {
  const [y, m, d] = date.split("-").map(Number);
  const [hh, mm] = time.split(":").map(Number);
  const wall = Date.UTC(y!, m! - 1, d!, hh!, mm!);
  if (Number.isNaN(wall)) return null;
  // The zone's offsets well before and after: any change of the clocks near that time lies between them.
  const candidates = [WIDEST_OFFSET, -WIDEST_OFFSET].map((shift) => wall - zoneOffset(wall - shift, timeZone));
  const found = candidates.filter((ms) => {
    const back = instantToZoned(new Date(ms), timeZone);
    return back.date === date && back.time === time;
  });
  return found.length ? new Date(Math.min(...found)) : null;
}

/** As far as any zone is ahead of UTC (+14 h): the two samples straddle the whole local day. */
const WIDEST_OFFSET = 14 * 3_600_000;
const QUARTER_HOUR = 15 * 60_000;
const offsets = new Map<string, number>();

/**
 * A zone's offset from UTC at an instant, in ms. Offsets change only on quarter hours, so one Intl
 * call serves every instant in the same quarter hour: a month of events costs a few calls, not hundreds.
 */
function zoneOffset(ms: number, timeZone: string): number {
  const key = `${timeZone}|${Math.floor(ms / QUARTER_HOUR)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const parts = formatter("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      hourCycle: "h23",
    }).formatToParts(new Date(ms));
    const get = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
    const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
    offset = wall - (ms - (((ms % 60_000) + 60_000) % 60_000));
    if (offsets.size > 50_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

/** 'YYYY-MM-DD' and 'HH:MM' (24-hour) of an instant in a zone. */
export function instantToZoned(instant: Date | string, timeZone: string): { date: string; time: string } {
  const ms = new Date(instant).getTime();
  const iso = new Date(ms + zoneOffset(ms, timeZone)).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) };
}

/** "Thursday 18 June 2026" in a zone and language. */
export function formatDay(locale: string, instant: Date | string, timeZone: string): string {
  return formatter(locale, { dateStyle: "full", timeZone }).format(new Date(instant));
}

/** "23:00": the 24-hour clock reads the same in every language of the network. */
export function formatClock(_locale: string, instant: Date | string, timeZone: string): string {
  return instantToZoned(instant, timeZone).time;
}

const zoneNames = new Map<string, string>();

/** The zone's short name at that instant ("EDT", "GMT+9"), which changes with daylight saving. */
export function zoneName(locale: string, instant: Date | string, timeZone: string): string {
  const ms = new Date(instant).getTime();
  const key = `${locale}|${timeZone}|${Math.floor(ms / QUARTER_HOUR)}`;
  let name = zoneNames.get(key);
  if (name === undefined) {
    const parts = formatter(locale, { timeZone, timeZoneName: "short", hour: "numeric" }).formatToParts(new Date(ms));
    name = parts.find((part) => part.type === "timeZoneName")?.value ?? timeZone;
    if (zoneNames.size > 50_000) zoneNames.clear();
    zoneNames.set(key, name);
  }
  return name;
}

/** "Thursday 18 June 2026, 23:00 GMT+9": the whole moment for a reader in a zone. */
export function formatMoment(locale: string, instant: Date | string, timeZone: string): string {
  const day = formatDay(locale, instant, timeZone);
  return `${day}, ${formatClock(locale, instant, timeZone)} ${zoneName(locale, instant, timeZone)}`;
}

/** "23:00–00:30 GMT+9" (with the end's day when it ends on another day). */
export function formatSpan(locale: string, start: Date | string, end: Date | string, timeZone: string): string {
  const sameDay = instantToZoned(start, timeZone).date === instantToZoned(end, timeZone).date;
  const endText = sameDay
    ? formatClock(locale, end, timeZone)
    : `${formatter(locale, { dateStyle: "medium", timeZone }).format(new Date(end))} ` +
      formatClock(locale, end, timeZone);
  return `${formatClock(locale, start, timeZone)}–${endText} ${zoneName(locale, start, timeZone)}`;
}

/** Whether two zones show the same wall-clock time at an instant (then one time is enough). */
export function sameLocalTime(instant: Date | string, zoneA: string, zoneB: string): boolean {
  const a = instantToZoned(instant, zoneA);
  const b = instantToZoned(instant, zoneB);
  return a.date === b.date && a.time === b.time;
}

/** Night for a member: 22:00 to 07:00 local time, when asking someone to join a call is unfair. */
export function isNight(instant: Date | string, timeZone: string): boolean {
  const hour = Number(instantToZoned(instant, timeZone).time.slice(0, 2));
  return hour >= 22 || hour < 7;
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The years the calendar reaches: wide enough for any event, and four-digit so every month has a
 * grid and its neighbours an address (JavaScript reads years 0–99 as 1900–1999).
 */
const YEARS = { first: 1900, last: 2999 };

/** A day that exists, as 'YYYY-MM-DD' (not 2026-02-30). */
export function isDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= YEARS.first && year <= YEARS.last && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A month the calendar shows, as 'YYYY-MM'. */
export function isMonth(value: string): boolean {
  return /^\d{4}-\d{2}$/.test(value) && isDay(`${value}-01`);
}

/** 'YYYY-MM' plus or minus some months. */
export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split("-").map(Number);
  const index = y! * 12 + (m! - 1) + by;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

/** The weeks (Monday first) of a month's grid, as 'YYYY-MM-DD' days, including the days around it. */
export function monthWeeks(month: string): string[][] {
  const [y, m] = month.split("-").map(Number);
  const first = new Date(Date.UTC(y!, m! - 1, 1));
  const start = new Date(first.getTime() - ((first.getUTCDay() + 6) % 7) * 86_400_000);
  const weeks: string[][] = [];
  for (let cursor = start; weeks.length === 0 || cursor.getUTCMonth() === m! - 1;) {
    const week: string[] = [];
    for (let i = 0; i < 7; i++) {
      week.push(cursor.toISOString().slice(0, 10));
      cursor = new Date(cursor.getTime() + 86_400_000);
    }
    weeks.push(week);
  }
  return weeks;
}

/** The days ('YYYY-MM-DD') an event covers in a zone, so a week-long session shows on each of them. */
export function daysCovered(start: Date | string, end: Date | string, timeZone: string): string[] {
  const first = instantToZoned(start, timeZone).date;
  // An event ending at midnight does not spill into the next day.
  const last = instantToZoned(new Date(new Date(end).getTime() - 1), timeZone).date;
  const days: string[] = [];
  for (let day = first; day <= last && days.length < 62;) {
    days.push(day);
    day = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  }
  return days;
}
