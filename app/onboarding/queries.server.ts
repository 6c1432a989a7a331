// Reads of onboarding: what a newly appointed focal point is shown first. Nothing here writes.
import type { Viewer } from "~/auth/viewer";
import { now, today } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import { openBenchmarksFor } from "~/program/queries.server";

/** The manual's section written for newcomers (seeded; the secretariat keeps it). */
export const FIRST_MONTHS_SECTION = "your-first-months";

/**
 * A newcomer's path: the manual's "Your first months", their member's benchmark reports still to file,
 * the next Global Call and the next training (three statements side by side).
 */
export async function onboardingPath(db: DB, viewer: Viewer) {
  const [firstMonths, toReport, next] = await Promise.all([
    db
      .selectFrom("manual_sections as s")
      .innerJoin("manual_chapters as c", "c.id", "s.chapter_id")
      .select(["s.slug", "s.title", "s.language", "c.slug as chapterSlug"])
      .where("s.slug", "=", FIRST_MONTHS_SECTION)
      .executeTakeFirst(),
    viewer.memberId === null ? Promise.resolve([]) : openBenchmarksFor(db, viewer.memberId, today(), viewer.locale),
    db
      .selectFrom("events")
      .select(["id", "title", "language", "type", "starts_at as startsAt", "time_zone as timeZone"])
      .distinctOn("type")
      .where("type", "in", ["global_call", "training"])
      .where("status", "=", "scheduled")
      .where("starts_at", ">", now())
      .orderBy("type")
      .orderBy("starts_at")
      .execute(),
  ]);
  return {
    firstMonths: firstMonths ?? null,
    toReport,
    nextCall: next.find((event) => event.type === "global_call") ?? null,
    nextTraining: next.find((event) => event.type === "training") ?? null,
  };
}

export type OnboardingPath = Awaited<ReturnType<typeof onboardingPath>>;
