// A silence procedure ends at its deadline with nobody looking: a job queued when silence started
// adopts the text, records it and emails the group. Pages read the stage as it stands but never write.
// The portal runs with its worker off, so each test runs the queue itself, at the time it chooses.
import { Logger, runOnce } from "graphile-worker";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "~/auth/viewer";
import { COSTA_RICA, KOREA, readingEnglish, viewerFor } from "../helpers/people";
import { type Portal, sessionCookieFor, startPortal, TEST_AUTH_SECRET } from "../helpers/portal";

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal({ WORKER: "off" });
  vi.stubEnv("DATABASE_URL", portal.database.url);
  vi.stubEnv("APP_URL", portal.baseUrl);
  vi.stubEnv("RESEND_API_KEY", "");
  vi.stubEnv("AUTH_SECRET", TEST_AUTH_SECRET);
  await readingEnglish(db(), [COSTA_RICA, KOREA]);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  const { getDb } = await import("~/lib/db.server");
  await getDb().destroy();
  await portal.stop();
});

const DAY = 86_400_000;
const db = () => portal.database.db;

/** Runs every job that is due, as the worker would, with the portal's clock at `at`. */
async function runQueue(at: Date) {
  vi.stubEnv("CLOCK_NOW", at.toISOString());
  const { taskList } = await import("~/jobs/task-list.server");
  await runOnce({ connectionString: portal.database.url, taskList, logger: new Logger(() => () => {}) });
}

function memberOf(viewer: Viewer): number {
  if (viewer.role !== "focal_point") throw new Error(`${viewer.email} is not a member's focal point`);
  return viewer.memberId;
}

/** A draft by Costa Rica with Korea in its drafting group, started at the portal time of the moment. */
async function newDraft(title: string) {
  const { createStatement } = await import("~/statements/commands.server");
  const [costaRica, korea] = await Promise.all([viewerFor(db(), COSTA_RICA), viewerFor(db(), KOREA)]);
  const id = await createStatement(
    db(),
    {
      title,
      kind: "joint_statement",
      language: "en",
      topic: "",
      occasion: "",
      penholderMemberId: memberOf(costaRica),
      groupMemberIds: [memberOf(korea)],
      text: "We call on all parties to protect civilians.\n\nWe remain seized of the matter.",
    },
    costaRica,
  );
  return { id, costaRica, korea };
}

/**
 * A draft put under silence three days ago (by the portal's clock) until yesterday: its deadline has
 * passed in the database's time too, so its job is due.
 */
async function silenceEndedYesterday(title: string) {
  const { startSilence } = await import("~/statements/commands.server");
  vi.stubEnv("CLOCK_NOW", new Date(Date.now() - 3 * DAY).toISOString());
  const { id, costaRica } = await newDraft(title);
  const deadline = new Date(Math.floor((Date.now() - DAY) / 1000) * 1000);
  await startSilence(db(), id, deadline, costaRica, true);
  return { id, deadline };
}

async function silenceJobs(id: number) {
  const { rows } = await sql<{ run_at: Date }>`
    select run_at from graphile_worker._private_jobs where key = ${`statement:${id}:silence`}`.execute(db());
  return rows;
}

const emailsAbout = (title: string, purpose: string) =>
  db()
    .selectFrom("emails")
    .select("recipient")
    .where("purpose", "=", purpose)
    .where("subject", "like", `%${title}%`)
    .execute();

describe("a silence procedure at its deadline", () => {
  it("adopts the text, records it in the audit log and emails the group, with no page opened", async () => {
    const title = "Joint statement adopted while nobody looked";
    const { id, deadline } = await silenceEndedYesterday(title);
    expect((await silenceJobs(id)).map((job) => new Date(job.run_at).toISOString())).toEqual([deadline.toISOString()]);

    await runQueue(new Date());

    const statement = await db()
      .selectFrom("statements")
      .select(["stage", "adopted_at"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(statement.stage).toBe("adopted");
    expect(new Date(statement.adopted_at!).toISOString()).toBe(deadline.toISOString());
    const audit = await db()
      .selectFrom("audit_log")
      .select(["action", "actor_id", "subject_kind", "subject_id"])
      .where("subject_kind", "=", "statement")
      .where("subject_id", "=", id)
      .where("action", "=", "text_adopted")
      .execute();
    expect(audit).toEqual([{ action: "text_adopted", actor_id: null, subject_kind: "statement", subject_id: id }]);
    const told = (await emailsAbout(title, "statement_adopted")).map((email) => email.recipient);
    expect(told).toEqual(expect.arrayContaining([KOREA, COSTA_RICA]));

    // A second run (a retried job, the sweep) adopts nothing twice and tells nobody again.
    const { sweepSilences } = await import("~/statements/commands.server");
    expect(await sweepSilences(db())).toEqual([]);
    await runQueue(new Date());
    expect(await emailsAbout(title, "statement_adopted")).toHaveLength(told.length);
  });

  it("is called off when silence is broken, and moved when silence starts again", async () => {
    const { startSilence, breakSilence } = await import("~/statements/commands.server");
    vi.stubEnv("CLOCK_NOW", "");
    const { id, costaRica, korea } = await newDraft("Joint statement whose silence is broken");
    await startSilence(db(), id, new Date(Date.now() + 2 * DAY), costaRica, true);
    expect(await silenceJobs(id)).toHaveLength(1);
    await breakSilence(db(), id, "Our capital needs another day.", korea);
    expect(await silenceJobs(id)).toEqual([]);
    const again = new Date(Math.floor((Date.now() + 5 * DAY) / 1000) * 1000);
    await startSilence(db(), id, again, costaRica, true);
    expect((await silenceJobs(id)).map((job) => new Date(job.run_at).toISOString())).toEqual([again.toISOString()]);
  });

  it("is adopted by the periodic sweep when its own job was lost", async () => {
    const title = "Joint statement whose job was lost";
    const { id } = await silenceEndedYesterday(title);
    await sql`delete from graphile_worker._private_jobs where key = ${`statement:${id}:silence`}`.execute(db());
    await sql`select graphile_worker.add_job('statements.sweep_silences')`.execute(db());
    await runQueue(new Date());
    expect(
      (await db().selectFrom("statements").select("stage").where("id", "=", id).executeTakeFirstOrThrow()).stage,
    ).toBe("adopted");
    expect((await emailsAbout(title, "statement_adopted")).map((email) => email.recipient)).toContain(KOREA);
  });
});

/** Every row of every table (but the sessions a signed-in request keeps), as one fingerprint per table. */
async function everyRow() {
  const { rows: tables } = await sql<{ name: string }>`
    select table_name as name from information_schema.tables
    where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'Session' order by 1`.execute(db());
  const fingerprint: Record<string, string> = {};
  for (const { name } of tables) {
    const { rows } = await sql<{ digest: string | null }>`
      select md5(string_agg(t::text, '|' order by t::text)) as digest from ${sql.table(name)} t`.execute(db());
    fingerprint[name] = rows[0]?.digest ?? "";
  }
  const { rows } = await sql<{ jobs: string }>`
    select count(*)::text as jobs from graphile_worker._private_jobs`.execute(db());
  fingerprint.jobs = rows[0]!.jobs;
  return fingerprint;
}

describe("pages read a silence past its deadline", () => {
  it("as adopted before its job has run, and write nothing", async () => {
    const title = "Joint statement read after its deadline";
    const { id } = await silenceEndedYesterday(title);
    vi.stubEnv("CLOCK_NOW", "");
    const cookies = {
      penholder: await sessionCookieFor(portal, COSTA_RICA),
      korea: await sessionCookieFor(portal, KOREA),
    };
    const paragraph = await db()
      .selectFrom("statement_paragraphs")
      .select("id")
      .where("statement_id", "=", id)
      .executeTakeFirstOrThrow();
    const before = await everyRow();

    const pages: Record<string, string> = {};
    for (const [who, cookie] of Object.entries(cookies)) {
      for (const path of [
        `/statements/${id}`,
        "/statements",
        "/statements?stage=adopted",
        `/statements/${id}/paragraphs/${paragraph.id}`,
        `/statements/${id}/history`,
        `/statements/${id}/versions/1/txt`,
        "/",
      ]) {
        const response = await fetch(portal.baseUrl + path, { headers: { Cookie: cookie } });
        expect(response.status, `${path} as ${who}`).toBe(200);
        pages[`${who} ${path}`] = await response.text();
      }
    }

    expect(await everyRow()).toEqual(before);
    expect(pages[`korea /statements/${id}`]).toContain("Silence was kept: the text is adopted and locked.");
    expect(pages[`penholder /statements/${id}`]).toContain("Open for signature");
    expect(pages[`korea /statements/${id}`]).not.toContain("Break silence");
    expect(pages["korea /statements?stage=adopted"]).toContain(title);
    expect(await emailsAbout(title, "statement_adopted")).toEqual([]);
  });
});
