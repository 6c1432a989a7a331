// The record of the annual meetings against a real database: the seeded sixth meeting reads back
// with its outcome document and its recommendations answered by the program of work; only the
// secretariat records, each change audited; an outcome document must be a file of that meeting.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { KOREA, SECRETARIAT, viewerFor } from "../helpers/people";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
});
afterAll(() => database?.drop());

const db = () => database.db;
const commands = () => import("~/annual-meetings/commands.server");
const queries = () => import("~/annual-meetings/queries.server");

async function statusOf(promise: Promise<unknown>): Promise<number | "ok"> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof Response) return error.status;
    throw error;
  }
}

const sixth = () =>
  db().selectFrom("annual_meetings").selectAll().where("city", "=", "Seoul").executeTakeFirstOrThrow();

describe("the annual meetings", () => {
  it("lists the last two meetings, latest first, and reads the sixth whole in one statement", async () => {
    const { listMeetings, getMeeting } = await queries();
    const meetings = await listMeetings(db(), "en");
    expect(meetings.map((meeting) => meeting.city)).toEqual(["Copenhagen", "Seoul"]);
    const meeting = (await getMeeting(db(), (await sixth()).id, "fr"))!;
    expect(meeting.host).toBe("République de Corée");
    expect(meeting.outcomeTitle).toBe("Summary of the Sixth Annual Meeting (outcome document)");
    expect(meeting.recommendations).toHaveLength(11);
    const translation = meeting.recommendations[0]!;
    expect(translation.category).toBe("national");
    expect(translation.activities.map((activity) => activity.title)).toEqual([
      "Translate the UN Framework of Analysis for Atrocity Crimes into national languages",
    ]);
    expect(translation.benchmarks[0]!.title).toMatch(/^30 members have translated/);
  });

  it("is recorded by the secretariat only, each change audited", async () => {
    const { addRecommendation, createMeeting, removeRecommendation } = await commands();
    const [secretariat, korea] = await Promise.all([viewerFor(db(), SECRETARIAT), viewerFor(db(), KOREA)]);
    const input = {
      title: "Seventh annual meeting",
      city: "Brussels",
      startsOn: "2027-06-02",
      endsOn: "2027-06-03",
      host: "republic-of-korea",
      language: "en" as const,
      summary: "",
      outcome: null,
    };
    expect(await statusOf(createMeeting(db(), korea, input))).toBe(403);
    expect(await createMeeting(db(), secretariat, { ...input, host: "atlantis" })).toEqual({ field: "host" });
    const id = (await createMeeting(db(), secretariat, input)) as number;
    const activity = await db().selectFrom("activities").select("id").orderBy("id").executeTakeFirstOrThrow();
    const recommendation = { category: "national" as const, text: "Train every desk officer.", benchmarks: [] };
    expect(
      await statusOf(addRecommendation(db(), korea, id, { ...recommendation, intent: "add", activities: [] })),
    ).toBe(403);
    // An activity that does not exist is not linked.
    await addRecommendation(db(), secretariat, id, {
      ...recommendation,
      intent: "add",
      activities: [activity.id, 999999],
    });
    const { getMeeting } = await queries();
    const added = (await getMeeting(db(), id, "en"))!.recommendations;
    expect(added.map((row) => [row.position, row.activities.map((a) => a.id)])).toEqual([[1, [activity.id]]]);
    await removeRecommendation(db(), secretariat, id, added[0]!.id);
    const audit = await db()
      .selectFrom("audit_log")
      .select("action")
      .where("subject_kind", "=", "annual_meeting")
      .where("subject_id", "=", id)
      .orderBy("id")
      .execute();
    expect(audit.map((row) => row.action)).toEqual([
      "annual_meeting_recorded",
      "recommendation_added",
      "recommendation_removed",
    ]);
  });

  it("takes as outcome document only a file attached to the meeting", async () => {
    const { updateMeeting } = await commands();
    const secretariat = await viewerFor(db(), SECRETARIAT);
    const meeting = await sixth();
    const elsewhere = await db()
      .selectFrom("library_files")
      .select("id")
      .where("owner_kind", "=", "situation_group")
      .executeTakeFirstOrThrow();
    const input = {
      title: meeting.title,
      city: meeting.city,
      startsOn: meeting.starts_on,
      endsOn: meeting.ends_on,
      host: "republic-of-korea",
      language: "en" as const,
      summary: meeting.summary,
    };
    expect(await updateMeeting(db(), secretariat, meeting.id, { ...input, outcome: elsewhere.id })).toEqual({
      field: "outcome",
    });
    expect(await updateMeeting(db(), secretariat, meeting.id, { ...input, outcome: null })).toBe(true);
    expect((await sixth()).outcome_file_id).toBeNull();
  });
});
