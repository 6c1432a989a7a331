// When a silence procedure's deadline falls for each member of the drafting group: a deadline at
// night or on a weekend in some capital leaves that member less time to react than it seems. Pure:
// the penholder is warned and may start the procedure anyway.

/** Silence lasts at least this long, so that every capital has a working day to read the text. */
export const SILENCE_MINIMUM_HOURS = 24;

/** From 22:00 to 07:00 local time is night. */
const NIGHT_STARTS = 22;
const NIGHT_ENDS = 7;

export interface MemberClock {
  name: string;
  timeZone: string;
}

export interface OddHour extends MemberClock {
  night: boolean;
  weekend: boolean;
}

const clocks = new Map<string, Intl.DateTimeFormat>();

/** The weekday (Mon…Sun as 1…7) and hour of an instant in a zone. */
function localDayAndHour(at: Date, timeZone: string): { day: number; hour: number } {
  let clock = clocks.get(timeZone);
  if (!clock) {
    clock = new Intl.DateTimeFormat("en-US", { timeZone, weekday: "short", hour: "numeric", hourCycle: "h23" });
    clocks.set(timeZone, clock);
  }
  const parts = clock.formatToParts(at);
  const weekday = parts.find((part) => part.type === "weekday")?.value ?? "";
  const hour = Number(parts.find((part) => part.type === "hour")?.value ?? 12);
  return { day: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(weekday) + 1, hour };
}

/** The members for whom the deadline falls at night or on a Saturday or Sunday, in their capital's time. */
export function oddHoursAt(deadline: Date, members: readonly MemberClock[]): OddHour[] {
  return members.flatMap((member) => {
    const { day, hour } = localDayAndHour(deadline, member.timeZone);
    const night = hour >= NIGHT_STARTS || hour < NIGHT_ENDS;
    const weekend = day >= 6;
    return night || weekend ? [{ ...member, night, weekend }] : [];
  });
}
