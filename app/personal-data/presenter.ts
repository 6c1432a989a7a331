// The person's data as a file and as a page: what is left out and why, the file's name, and how a
// value reads. Pure: the routes and the page share it.
import type { DataRow, PersonalData } from "./queries.server";

/** What the portal holds about a person but never gives out, each for a reason the page states. */
export const LEFT_OUT = [
  "sessionTokens",
  "signInLinks",
  "stepUpCodes",
  "invitationTokens",
  "calendarFeedTokens",
  "emailBodies",
  "othersWords",
] as const;

/** `r2p-my-data-2026-12-04.json`: the date is the person's own (in their time zone). */
export function dataFileName(date: string): string {
  return `r2p-my-data-${date}.json`;
}

/** The JSON file: when it was made, what was left out, then the profile and every section. */
export function dataFile(data: PersonalData, exportedAt: Date) {
  return {
    exportedAt: exportedAt.toISOString(),
    leftOut: [...LEFT_OUT],
    profile: data.profile,
    ...data.sections,
  };
}

/** A section's columns: those of its rows (a notification's facts are read into its description). */
export function columnsOf(rows: DataRow[]): string[] {
  const first = rows[0];
  return first ? Object.keys(first).filter((key) => key !== "params") : [];
}

/** How a value is shown: a moment, a calendar date, yes or no, nothing, or the text itself. */
export type Shown =
  | { kind: "moment"; value: string }
  | { kind: "date"; value: string }
  | { kind: "yes" | "no" | "none" }
  | { kind: "text"; value: string };

const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function shown(value: DataRow[string]): Shown {
  if (value === null || value === "") return { kind: "none" };
  if (typeof value === "boolean") return { kind: value ? "yes" : "no" };
  if (typeof value === "object") return { kind: "text", value: JSON.stringify(value) };
  if (typeof value === "string" && MOMENT.test(value)) return { kind: "moment", value };
  if (typeof value === "string" && DATE.test(value)) return { kind: "date", value };
  return { kind: "text", value: String(value) };
}
