// Wall-clock times and instants across zones and daylight-saving changes.
import { describe, expect, it } from "vitest";
import { daysCovered, formatMoment, isNight, monthWeeks, zonedToInstant } from "~/calendar/time";

describe("event times", () => {
  it("turns a wall-clock time in the event's zone into the right instant on both sides of a DST change", () => {
    expect(zonedToInstant("2027-03-26", "10:00", "Europe/Zurich")?.toISOString()).toBe("2027-03-26T09:00:00.000Z");
    expect(zonedToInstant("2027-04-02", "10:00", "Europe/Zurich")?.toISOString()).toBe("2027-04-02T08:00:00.000Z");
    expect(zonedToInstant("2027-03-28", "02:30", "Europe/Zurich")).toBeNull(); // the clocks jump from 02:00 to 03:00
    // The clocks go back from 03:00 to 02:00: 02:30 happens twice, and the first one is meant.
    expect(zonedToInstant("2027-10-31", "02:30", "Europe/Zurich")?.toISOString()).toBe("2027-10-31T00:30:00.000Z");
    expect(zonedToInstant("2027-11-07", "01:30", "America/New_York")?.toISOString()).toBe("2027-11-07T05:30:00.000Z");
    expect(zonedToInstant("2027-01-01", "10:00", "Asia/Kathmandu")?.toISOString()).toBe("2027-01-01T04:15:00.000Z");
    expect(zonedToInstant("2027-01-01", "10:00", "America/St_Johns")?.toISOString()).toBe("2027-01-01T13:30:00.000Z");
  });

  it("writes 14:00 UTC as 23:00 in Seoul and 10:00 EDT in New York", () => {
    const call = new Date("2027-06-17T14:00:00Z");
    expect(formatMoment("en", call, "Asia/Seoul")).toBe("Thursday, June 17, 2027, 23:00 GMT+9");
    expect(formatMoment("en", call, "America/New_York")).toBe("Thursday, June 17, 2027, 10:00 EDT");
    expect(isNight(call, "Asia/Seoul")).toBe(true);
    expect(isNight(call, "America/New_York")).toBe(false);
  });

  it("lays out a month from Monday and spreads a session over the days it covers", () => {
    const weeks = monthWeeks("2027-02");
    expect(weeks[0]![0]).toBe("2027-02-01");
    expect(weeks).toHaveLength(4);
    expect(monthWeeks("2026-11")[0]![0]).toBe("2026-10-26");
    expect(daysCovered("2027-06-02T00:00:00Z", "2027-06-03T08:30:00Z", "Asia/Seoul")).toEqual([
      "2027-06-02",
      "2027-06-03",
    ]);
    // ends at midnight
    expect(daysCovered("2027-06-02T15:00:00Z", "2027-06-03T15:00:00Z", "Asia/Seoul")).toEqual(["2027-06-03"]);
  });
});
