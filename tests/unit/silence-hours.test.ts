// When a silence deadline falls at night or on a weekend in the drafting group's capitals.
import { describe, expect, it } from "vitest";
import { oddHoursAt } from "~/statements/silence-hours";

const GROUP = [
  { name: "Costa Rica", timeZone: "America/Costa_Rica" },
  { name: "Ghana", timeZone: "Africa/Accra" },
  { name: "Republic of Korea", timeZone: "Asia/Seoul" },
  { name: "Nepal", timeZone: "Asia/Kathmandu" },
];

const odd = (iso: string) =>
  oddHoursAt(new Date(iso), GROUP).map(({ name, night, weekend }) => ({ name, night, weekend }));

describe("a silence deadline's hours in each capital", () => {
  it.each([
    // Wednesday 13:00 UTC: 07:00 in San José (morning), 22:00 in Seoul (night starts at 22:00).
    ["2026-12-09T13:00:00Z", [{ name: "Republic of Korea", night: true, weekend: false }]],
    // Wednesday 12:59 UTC: 06:59 in San José is still night; 21:59 in Seoul is not.
    ["2026-12-09T12:59:00Z", [{ name: "Costa Rica", night: true, weekend: false }]],
    // Friday 23:00 UTC: night in Accra; already Saturday morning in Seoul and Kathmandu (04:45, night too).
    [
      "2026-12-11T23:00:00Z",
      [
        { name: "Ghana", night: true, weekend: false },
        { name: "Republic of Korea", night: false, weekend: true },
        { name: "Nepal", night: true, weekend: true },
      ],
    ],
    // Monday 09:00 UTC: 03:00 in San José, 09:00 in Accra, 18:00 in Seoul, 14:45 in Kathmandu.
    ["2026-12-07T09:00:00Z", [{ name: "Costa Rica", night: true, weekend: false }]],
  ])("at %s", (iso, expected) => {
    expect(odd(iso)).toEqual(expected);
  });

  it("names nobody when the deadline is in working hours everywhere", () => {
    expect(oddHoursAt(new Date("2026-12-08T10:00:00Z"), GROUP.slice(1, 2))).toEqual([]);
  });
});
