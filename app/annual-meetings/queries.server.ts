// Reading the record of the annual meetings.
import { sql } from "kysely";
import type { Locale, RecommendationCategory } from "../../db/schema";
import type { DB } from "~/lib/db.server";
import { memberNameSql } from "~/members/names.server";

/** Every annual meeting, the latest first (one a year: the list stays short). */
export function listMeetings(db: DB, locale: Locale) {
  return db
    .selectFrom("annual_meetings as am")
    .innerJoin("members as m", "m.id", "am.host_member_id")
    .select((eb) => [
      "am.id",
      "am.title",
      "am.city",
      "am.starts_on as startsOn",
      "am.ends_on as endsOn",
      "am.language",
      memberNameSql("m", locale).as("host"),
      eb
        .selectFrom("annual_meeting_recommendations as r")
        .select(sql<number>`count(*)::int`.as("n"))
        .whereRef("r.meeting_id", "=", "am.id")
        .as("recommendations"),
    ])
    .orderBy("am.starts_on", "desc")
    .orderBy("am.id", "desc")
    .execute();
}

export interface RecommendationRow {
  id: number;
  position: number;
  category: RecommendationCategory;
  text: string;
  activities: { id: number; title: string }[];
  benchmarks: { id: number; title: string }[];
}

/** A meeting with its host, outcome document and recommendations (each with what answers it), in one statement. */
export async function getMeeting(db: DB, id: number, locale: Locale) {
  const row = await db
    .selectFrom("annual_meetings as am")
    .innerJoin("members as m", "m.id", "am.host_member_id")
    .leftJoin("library_files as f", "f.id", "am.outcome_file_id")
    .select([
      "am.id",
      "am.title",
      "am.city",
      "am.starts_on as startsOn",
      "am.ends_on as endsOn",
      "am.language",
      "am.summary",
      "am.outcome_file_id as outcomeFileId",
      "m.slug as hostSlug",
      memberNameSql("m", locale).as("host"),
      "f.title as outcomeTitle",
      "f.filename as outcomeFilename",
      sql<RecommendationRow[]>`coalesce((
        select json_agg(json_build_object(
          'id', r.id, 'position', r.position, 'category', r.category, 'text', r.text,
          'activities', coalesce((select json_agg(json_build_object('id', a.id, 'title', a.title) order by a.title)
            from recommendation_activities ra join activities a on a.id = ra.activity_id
            where ra.recommendation_id = r.id), '[]'),
          'benchmarks', coalesce((select json_agg(json_build_object('id', b.id, 'title', b.title) order by b.title)
            from recommendation_benchmarks rb join benchmarks b on b.id = rb.benchmark_id
            where rb.recommendation_id = r.id), '[]')
        ) order by r.position)
        from annual_meeting_recommendations r where r.meeting_id = am.id), '[]')`.as("recommendations"),
    ])
    .where("am.id", "=", id)
    .executeTakeFirst();
  return row ?? null;
}

/** What the secretariat links a recommendation to: open activities and every benchmark. */
export async function answerChoices(db: DB) {
  const [activities, benchmarks] = await Promise.all([
    db.selectFrom("activities").select(["id", "title"]).where("archived_at", "is", null).orderBy("title").execute(),
    db.selectFrom("benchmarks").select(["id", "title"]).orderBy("deadline", "desc").orderBy("id").execute(),
  ]);
  return { activities, benchmarks };
}
