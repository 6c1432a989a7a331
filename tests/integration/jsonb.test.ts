// jsonb columns hold objects and arrays, not JSON text (a string would be encoded twice).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "~/audit/audit.server";
import { approveActivity } from "~/program/commands.server";
import { getActivity } from "~/program/queries.server";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { SECRETARIAT, viewerFor } from "../helpers/people";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});
afterAll(() => t.drop());

describe("jsonb columns", () => {
  it("store an audit entry's details as an object", async () => {
    await recordAudit(t.db, { action: "member_added", actor: null, details: { name: "Côte d'Ivoire" } });
    const row = await t.db.selectFrom("audit_log").select("details").orderBy("id", "desc").executeTakeFirstOrThrow();
    expect(row.details).toEqual({ name: "Côte d'Ivoire" });
  });

  it("store an activity's changes as an array", async () => {
    const proposed = await t.db
      .selectFrom("activities")
      .select("id")
      .where("status", "=", "proposed")
      .executeTakeFirstOrThrow();
    await approveActivity(t.db, await viewerFor(t.db, SECRETARIAT), proposed.id);
    const activity = await getActivity(t.db, proposed.id, "en");
    expect(activity!.history[0]!.changes).toEqual([{ field: "status", from: "proposed", to: "planned" }]);
  });
});
