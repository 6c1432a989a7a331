// Notifications by email through the job queue: digests at 08:00 in each person's own zone, each
// item once; an email retried after a failure is delivered once. Only Resend's HTTP API is stubbed.
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { TEST_AUTH_SECRET } from "../helpers/portal";
import { resendSuite, setClock } from "../helpers/resend";

const resend = resendSuite({
  seeded: true,
  env: { AUTH_SECRET: TEST_AUTH_SECRET, APP_URL: "https://portal.example.org" },
});

async function personId(email: string) {
  const row = await resend.database.db
    .selectFrom("people")
    .innerJoin("User", "User.id", "people.user_id")
    .select("people.id")
    .where("User.email", "=", email)
    .executeTakeFirstOrThrow();
  return row.id;
}

const amendment = (recipients: number[], statement: string) => ({
  kind: "amendment_proposed" as const,
  recipients,
  params: { member: "Ghana", penholder: "Costa Rica", statement },
  link: "/statements/1",
});

async function queuedDigests() {
  const { rows } = await sql<{
    payload: { personId: number; cadence: "daily" | "weekly"; ids: number[]; key: string };
  }>`
    select j.payload from graphile_worker._private_jobs j join graphile_worker._private_tasks k on k.id = j.task_id
    where k.identifier = 'notifications.send_digest' order by j.id`.execute(resend.database.db);
  return rows.map((row) => row.payload);
}

describe("digests", () => {
  it(
    "go at 08:00 in Seoul and at 08:00 in New York from the same runs, " + "each item once, nothing when empty",
    async () => {
      const { notify } = await import("~/notifications/delivery.server");
      const { dispatchDigests, sendDigest } = await import("~/notifications/delivery.server");
      const { setPreferences } = await import("~/notifications/preferences.server");
      const seoul = await personId("seoyeon.lee@mofa-korea.example.org");
      const newYork = await personId("claire.hartley@secretariat.example.org");
      await setPreferences(resend.database.db, seoul, { amendments: "daily" });
      await setPreferences(resend.database.db, newYork, { amendments: "daily" });
      setClock("2026-11-24T20:00:00Z");
      await notify(resend.database.db, amendment([seoul, newYork], "Joint statement on veto restraint"));
      setClock(null);
      expect(resend.calls).toHaveLength(0); // nothing immediate

      // 23:30 UTC: 08:30 on Wednesday in Seoul, 18:30 on Tuesday in New York.
      expect(await dispatchDigests(resend.database.db, new Date("2026-11-24T23:30:00Z"))).toBe(1);
      expect(await dispatchDigests(resend.database.db, new Date("2026-11-24T23:45:00Z"))).toBe(0);
      // 13:05 UTC on Wednesday: 08:05 in New York.
      expect(await dispatchDigests(resend.database.db, new Date("2026-11-25T13:05:00Z"))).toBe(1);
      expect(await dispatchDigests(resend.database.db, new Date("2026-11-26T13:05:00Z"))).toBe(0);

      const digests = await queuedDigests();
      expect(digests.map((digest) => digest.personId)).toEqual([seoul, newYork]);
      for (const digest of digests) {
        expect(await sendDigest(digest, resend.database.db)).toBe(true);
        expect(await sendDigest(digest, resend.database.db)).toBe(false); // a retried job sends nothing more
      }
      expect(resend.calls.map((call) => call.body.to)).toEqual([
        "seoyeon.lee@mofa-korea.example.org",
        "claire.hartley@secretariat.example.org",
      ]);
      const [first] = resend.calls;
      expect(first!.body.subject).toBe("Your daily digest: 1 update");
      expect(String(first!.body.text)).toContain(
        "Ghana proposed an amendment to " + "“Joint statement on veto restraint”",
      );
      expect((first!.body.headers as Record<string, string>)["List-Unsubscribe"]).toMatch(
        /^<https:\/\/portal\.example\.org\/unsubscribe\/\d+\.daily\./,
      );
      expect((first!.body.headers as Record<string, string>)["List-Unsubscribe-Post"]).toBe(
        "List-Unsubscribe=One-Click",
      );
      expect(first!.headers.get("Idempotency-Key")).toBe(digests[0]!.key);
    },
  );
});

describe("immediate emails", () => {
  it("are delivered once when a send is retried after a failure", async () => {
    resend.calls.length = 0;
    await import("~/jobs/task-list.server"); // the worker's composition root registers every composer
    const { notify, sendNotificationEmail } = await import("~/notifications/delivery.server");
    const ghana = await personId("kwame.mensah@mfa-ghana.example.org");
    const [told] = await notify(resend.database.db, amendment([ghana], "Joint letter on early warning"));
    expect(told?.cadence).toBe("immediate");

    resend.answer = () =>
      Response.json({ name: "internal_server_error", message: "Try again", statusCode: 500 }, { status: 500 });
    await expect(sendNotificationEmail(told!.id, resend.database.db)).rejects.toThrow();
    resend.answer = () => Response.json({ id: "email_after_retry" });
    expect(await sendNotificationEmail(told!.id, resend.database.db)).toBe(true);
    expect(await sendNotificationEmail(told!.id, resend.database.db)).toBe(false);

    expect(resend.calls).toHaveLength(1);
    // a statement kind: the statement's own email
    expect(resend.calls[0]!.body.subject).toBe("New amendment: Joint letter on early warning");
    expect(resend.calls[0]!.headers.get("Idempotency-Key")).toBe(`notification:${told!.id}`);
    const row = await resend.database.db
      .selectFrom("notifications")
      .select("emailed_at")
      .where("id", "=", told!.id)
      .executeTakeFirstOrThrow();
    expect(row.emailed_at).not.toBeNull();
  });

  it(
    "about a joint statement use the statement's own email, " +
      "with the deadline in the reader's zone and a way to opt out",
    async () => {
      resend.calls.length = 0;
      await import("~/jobs/task-list.server");
      const { notify, sendNotificationEmail } = await import("~/notifications/delivery.server");
      const seoul = await personId("seoyeon.lee@mofa-korea.example.org");
      const params = {
        statementId: "1",
        statement: "Joint statement on veto restraint",
        penholder: "Costa Rica",
        actor: "Andrés Solano",
        deadline: "2026-11-26T18:00:00.000Z",
      };
      const [told] = await notify(resend.database.db, {
        kind: "silence_started",
        recipients: [seoul],
        params,
        link: "/statements/1",
      });
      expect(await sendNotificationEmail(told!.id, resend.database.db)).toBe(true);

      expect(resend.calls).toHaveLength(1);
      const { body } = resend.calls[0]!;
      expect(body.subject).toBe("Silence procedure: Joint statement on veto restraint");
      expect(String(body.text)).toContain("(Asia/Seoul)"); // 18:00 UTC is 03:00 the next morning in Seoul
      expect(String(body.text)).toMatch(/27/);
      expect(String(body.text)).toContain("https://portal.example.org/notifications/preferences");
      expect(String(body.text)).toContain("Stop emails about “Silence procedures”");
      expect((body.headers as Record<string, string>)["List-Unsubscribe"]).toMatch(
        /^<https:\/\/portal\.example\.org\/unsubscribe\/\d+\.silence_procedure\./,
      );
      const recorded = await resend.database.db
        .selectFrom("emails")
        .select("purpose")
        .where("recipient", "=", "seoyeon.lee@mofa-korea.example.org")
        .orderBy("id", "desc")
        .executeTakeFirstOrThrow();
      expect(recorded.purpose).toBe("statement_silence_started");
    },
  );
});
