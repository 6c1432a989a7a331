// Who may read a best practice is one rule written twice: `can(viewer, "read", practice)` for a page,
// and its SQL form `bestPracticeReadable` for lists and search. Both must answer alike, case by case.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BestPracticeStatus } from "../../db/schema";
import type { Viewer } from "~/auth/viewer";
import { bestPracticeReadable, can } from "~/manual/policy";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { GHANA, KOREA, SECRETARIAT, viewerFor } from "../helpers/people";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ seeded: true });
});
afterAll(() => database.drop());

const STATUSES: BestPracticeStatus[] = ["submitted", "returned", "published"];

describe("reading a best practice", () => {
  it("is allowed by the SQL form exactly when the policy allows it", async () => {
    const { db } = database;
    const viewers = await Promise.all([SECRETARIAT, GHANA, KOREA].map((email) => viewerFor(db, email)));
    const members = await db
      .selectFrom("members")
      .select("id")
      .where("slug", "in", ["ghana", "republic-of-korea", "japan"])
      .execute();
    // A best practice of every member (each viewer's own and one of nobody here) in every status.
    const practices = await db
      .insertInto("best_practices")
      .values(
        members.flatMap((member) =>
          STATUSES.map((status) => ({ member_id: member.id, title: `${status} ${member.id}`, body: "…", status })),
        ),
      )
      .returning(["id", "member_id as memberId", "status"])
      .execute();
    const readable = async (viewer: Viewer) =>
      (
        await db
          .selectFrom("best_practices as bp")
          .select("bp.id")
          .where(
            "bp.id",
            "in",
            practices.map((practice) => practice.id),
          )
          .where(bestPracticeReadable(viewer, { status: sql.ref("bp.status"), memberId: sql.ref("bp.member_id") }))
          .execute()
      ).map((row) => row.id);

    for (const viewer of viewers) {
      const allowed = practices
        .filter((practice) => can(viewer, "read", { kind: "best_practice", ...practice }))
        .map((practice) => practice.id);
      expect((await readable(viewer)).sort(), `${viewer.email} reads`).toEqual(allowed.sort());
    }
    // The table is not trivial: someone is refused something, and someone reads what is not theirs.
    expect(await readable(viewers[2]!)).toHaveLength(STATUSES.length + members.length - 1);
  });
});
