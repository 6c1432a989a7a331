// A Global Call as the scheduling form would give it, for tests that call the calendar directly.
import type { EventInput } from "~/calendar/commands.server";

const HOUR = 3_600_000;

/** An hour-long Global Call in UTC with a video link; `overrides` make it any other event. */
export function callInput(title: string, startsAt: Date, overrides: Partial<EventInput> = {}): EventInput {
  return {
    title,
    language: "en",
    type: "global_call",
    startsAt,
    endsAt: new Date(startsAt.getTime() + HOUR),
    timeZone: "UTC",
    location: "",
    onlineUrl: "https://meet.example.org/secret-room",
    dialIn: "",
    description: "",
    agenda: "1. Kigali Principles",
    memberId: null,
    reminderOffsets: [10080, 1440, 60],
    ...overrides,
  };
}
