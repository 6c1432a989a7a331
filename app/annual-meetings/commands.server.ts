// Recording the annual meetings: a meeting, its outcome document and its recommendations. Each use
// case is one transaction with its audit entry; only the secretariat records (./policy.ts).
import { sql } from "kysely";
import { recordAudit } from "~/audit/audit.server";
import { ensure, found } from "~/auth/policy";
import type { Viewer } from "~/auth/viewer";
import { now } from "~/lib/clock.server";
import type { DB } from "~/lib/db.server";
import type { MeetingInput, RecommendationInput } from "./forms.server";
import { can } from "./policy";

/** Why a meeting form was refused by what it names: an unknown host, or an outcome not attached to this meeting. */
export type MeetingRefusal = { field: "host" | "outcome" };

async function hostId(db: DB, slug: string) {
  return (await db.selectFrom("members").select("id").where("slug", "=", slug).executeTakeFirst())?.id ?? null;
}

export async function createMeeting(db: DB, viewer: Viewer, input: MeetingInput): Promise<number | MeetingRefusal> {
  ensure(can(viewer, "record"));
  const host = await hostId(db, input.host);
  if (host === null) return { field: "host" };
  // A new meeting has no files yet: its outcome document is chosen once attached.
  return db.transaction().execute(async (trx) => {
    const at = now();
    const { id } = await trx
      .insertInto("annual_meetings")
      .values({
        title: input.title,
        city: input.city,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        host_member_id: host,
        summary: input.summary,
        language: input.language,
        created_at: at,
        updated_at: at,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await recordAudit(trx, {
      action: "annual_meeting_recorded",
      actor: viewer,
      memberId: host,
      subject: { kind: "annual_meeting", id },
      details: { title: input.title },
    });
    return id;
  });
}

export async function updateMeeting(
  db: DB,
  viewer: Viewer,
  id: number,
  input: MeetingInput,
): Promise<true | MeetingRefusal> {
  ensure(can(viewer, "record"));
  found(await db.selectFrom("annual_meetings").select("id").where("id", "=", id).executeTakeFirst());
  const host = await hostId(db, input.host);
  if (host === null) return { field: "host" };
  if (input.outcome !== null) {
    const attached = await db
      .selectFrom("library_files")
      .select("id")
      .where("id", "=", input.outcome)
      .where("owner_kind", "=", "annual_meeting")
      .where("owner_id", "=", id)
      .executeTakeFirst();
    if (!attached) return { field: "outcome" };
  }
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable("annual_meetings")
      .set({
        title: input.title,
        city: input.city,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        host_member_id: host,
        summary: input.summary,
        language: input.language,
        outcome_file_id: input.outcome,
        updated_at: now(),
      })
      .where("id", "=", id)
      .execute();
    await recordAudit(trx, {
      action: "annual_meeting_updated",
      actor: viewer,
      memberId: host,
      subject: { kind: "annual_meeting", id },
      details: { title: input.title },
    });
  });
  return true;
}

/** Adds a recommendation at the end of the meeting's list, linked to the activities and benchmarks that answer it. */
export async function addRecommendation(db: DB, viewer: Viewer, meetingId: number, input: RecommendationInput) {
  ensure(can(viewer, "record"));
  found(await db.selectFrom("annual_meetings").select("id").where("id", "=", meetingId).executeTakeFirst());
  await db.transaction().execute(async (trx) => {
    // Serialises additions to one meeting, so two never take the same position.
    await trx.selectFrom("annual_meetings").select("id").where("id", "=", meetingId).forNoKeyUpdate().execute();
    const { id } = await trx
      .insertInto("annual_meeting_recommendations")
      .values((eb) => ({
        meeting_id: meetingId,
        category: input.category,
        text: input.text,
        position: eb
          .selectFrom("annual_meeting_recommendations")
          .select(sql<number>`coalesce(max(position), 0) + 1`.as("next"))
          .where("meeting_id", "=", meetingId),
      }))
      .returning("id")
      .executeTakeFirstOrThrow();
    // Only existing activities and benchmarks are linked: an id that went away meanwhile is dropped.
    if (input.activities.length)
      await trx
        .insertInto("recommendation_activities")
        .columns(["recommendation_id", "activity_id"])
        .expression((eb) =>
          eb
            .selectFrom("activities")
            .select([sql.lit(id).as("r"), "id"])
            .where("id", "in", input.activities),
        )
        .execute();
    if (input.benchmarks.length)
      await trx
        .insertInto("recommendation_benchmarks")
        .columns(["recommendation_id", "benchmark_id"])
        .expression((eb) =>
          eb
            .selectFrom("benchmarks")
            .select([sql.lit(id).as("r"), "id"])
            .where("id", "in", input.benchmarks),
        )
        .execute();
    await recordAudit(trx, {
      action: "recommendation_added",
      actor: viewer,
      subject: { kind: "annual_meeting", id: meetingId },
      details: { recommendation: id, text: input.text.slice(0, 200) },
    });
  });
}

export async function removeRecommendation(db: DB, viewer: Viewer, meetingId: number, recommendationId: number) {
  ensure(can(viewer, "record"));
  await db.transaction().execute(async (trx) => {
    const removed = await trx
      .deleteFrom("annual_meeting_recommendations")
      .where("id", "=", recommendationId)
      .where("meeting_id", "=", meetingId)
      .returning("text")
      .executeTakeFirst();
    found(removed);
    await recordAudit(trx, {
      action: "recommendation_removed",
      actor: viewer,
      subject: { kind: "annual_meeting", id: meetingId },
      details: { recommendation: recommendationId, text: removed!.text.slice(0, 200) },
    });
  });
}
