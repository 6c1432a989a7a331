// The manual's commands against a real database: each enforces the policy, writes its audit entry
// in the same transaction, and a review tells the person who contributed the best practice (in the
// notification centre and by email, through the job queue). Only Resend's HTTP API is stubbed.
import { Logger, runOnce } from "graphile-worker";
import { beforeEach, describe, expect, it } from "vitest";
import type { FocalPointViewer, Viewer } from "~/auth/viewer";
import type { BestPracticeInput } from "~/manual/commands.server";
import { GHANA, KOREA, SECRETARIAT, viewerFor } from "../helpers/people";
import { TEST_AUTH_SECRET } from "../helpers/portal";
import { resendSuite } from "../helpers/resend";

const resend = resendSuite({
  seeded: true,
  env: { AUTH_SECRET: TEST_AUTH_SECRET, APP_URL: "https://portal.example.org" },
});
beforeEach(() => {
  resend.calls.length = 0;
});

const commands = () => import("~/manual/commands.server");
const db = () => resend.database.db;

async function focalPoint(email: string): Promise<FocalPointViewer> {
  const viewer = await viewerFor(db(), email);
  if (viewer.role !== "focal_point") throw new Error(`${email} is seeded as a focal point`);
  return viewer;
}

/** Runs every queued job, as the worker would. */
async function runQueue() {
  const { taskList } = await import("~/jobs/task-list.server");
  await runOnce({ connectionString: resend.database.url, taskList, logger: new Logger(() => () => {}) });
}

const emailsTo = (email: string) =>
  resend.calls
    .filter(({ body }) => body.to === email)
    .map(({ body }) => ({ subject: String(body.subject), text: String(body.text) }));

const noticesOf = (viewer: Viewer) =>
  db()
    .selectFrom("notifications")
    .select(["kind", "link", "params", "email_cadence as cadence"])
    .where("person_id", "=", viewer.id)
    .where("kind", "like", "best_practice%")
    .orderBy("id")
    .execute();

const auditOf = (kind: string, id: number) =>
  db()
    .selectFrom("audit_log")
    .select(["action", "actor_id as actorId", "member_id as memberId", "ip"])
    .where("subject_kind", "=", kind)
    .where("subject_id", "=", id)
    .orderBy("id")
    .execute();

const practice = (title: string): BestPracticeInput => ({ title, body: "What we did.", language: "en", tags: [] });

describe("reviewing a best practice", () => {
  it(
    "tells the focal point who contributed it that it was returned, then that it was published, " +
      "in the centre and by email, each step in the audit log",
    async () => {
      const { contributeBestPractice, returnBestPractice, reviseBestPractice, publishBestPractice } = await commands();
      const [ghana, secretariat] = [await focalPoint(GHANA), await viewerFor(db(), SECRETARIAT)];
      const id = await contributeBestPractice(db(), ghana, ghana.memberId, practice("District early-warning desks"));
      const link = `/manual/best-practices/${id}`;

      expect(await returnBestPractice(db(), secretariat, id, "Say what worked.")).toBe(true);
      expect(await noticesOf(ghana)).toEqual([
        {
          kind: "best_practice_returned",
          link,
          params: { practice: "District early-warning desks", detail: "best_practice_returned" },
          cadence: "immediate",
        },
      ]);
      await runQueue();
      const [returned, ...more] = emailsTo(GHANA);
      expect(more).toEqual([]);
      expect(returned!.subject).toBe(
        "The secretariat returned your best practice “District early-warning desks” with a note",
      );
      expect(returned!.text).toContain("The note says what to add or change. Revise it and send it again");
      expect(returned!.text).toContain(`https://portal.example.org${link}`);
      expect(returned!.text).toContain("Stop emails about “Your contributions”");
      expect(returned!.text).not.toContain("Say what worked."); // the note is read in the portal

      await reviseBestPractice(db(), ghana, id, practice("District early-warning desks, shared"));
      expect(await publishBestPractice(db(), secretariat, id, "")).toBe(true);
      expect((await noticesOf(ghana)).map((notice) => notice.kind)).toEqual([
        "best_practice_returned",
        "best_practice_published",
      ]);
      await runQueue();
      expect(emailsTo(GHANA).map((email) => email.subject)).toEqual([
        "The secretariat returned your best practice “District early-warning desks” with a note",
        "Your best practice “District early-warning desks, shared” is published in the manual",
      ]);
      expect(emailsTo(GHANA)[1]!.text).toContain("Every member of the network can now read it in the manual.");

      const by = (viewer: Viewer, action: string) => ({
        action,
        actorId: viewer.id,
        memberId: ghana.memberId,
        ip: "127.0.0.1",
      });
      expect(await auditOf("best_practice", id)).toEqual([
        by(ghana, "best_practice_contributed"),
        by(secretariat, "best_practice_returned"),
        by(ghana, "best_practice_revised"),
        by(secretariat, "best_practice_published"),
      ]);
    },
  );

  it("is decided once: a second decision changes nothing and tells no one again", async () => {
    const { contributeBestPractice, publishBestPractice, returnBestPractice } = await commands();
    const [korea, secretariat] = [await focalPoint(KOREA), await viewerFor(db(), SECRETARIAT)];
    await db().updateTable("people").set({ locale: "es" }).where("id", "=", korea.id).execute();
    const id = await contributeBestPractice(db(), korea, korea.memberId, practice("Briefings for new diplomats"));
    expect(await publishBestPractice(db(), secretariat, id, "")).toBe(true);
    expect(await returnBestPractice(db(), secretariat, id, "Too late")).toBe(false);
    expect(await publishBestPractice(db(), secretariat, id, "")).toBe(false);
    await runQueue();
    // Told once, in the language they chose.
    expect(emailsTo(KOREA).map((email) => email.subject)).toEqual([
      "Su buena práctica «Briefings for new diplomats» está publicada en el manual",
    ]);
    const { status } = await db()
      .selectFrom("best_practices")
      .select("status")
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(status).toBe("published");
    expect((await noticesOf(korea)).filter((notice) => notice.link.endsWith(`/${id}`))).toHaveLength(1);
    expect((await auditOf("best_practice", id)).map((entry) => entry.action)).toEqual([
      "best_practice_contributed",
      "best_practice_published",
    ]);
  });

  it("tells no one when the secretariat decides on one it contributed for a member itself", async () => {
    const { contributeBestPractice, publishBestPractice } = await commands();
    const [ghana, secretariat] = [await focalPoint(GHANA), await viewerFor(db(), SECRETARIAT)];
    const id = await contributeBestPractice(db(), secretariat, ghana.memberId, practice("Notes from a workshop"));
    expect(await publishBestPractice(db(), secretariat, id, "")).toBe(true);
    const told = await db()
      .selectFrom("notifications")
      .select("person_id")
      .where("link", "=", `/manual/best-practices/${id}`)
      .execute();
    expect(told).toEqual([]);
  });

  it("is the secretariat's: a focal point is refused, and another member's submission is not found", async () => {
    const { contributeBestPractice, publishBestPractice, returnBestPractice, reviseBestPractice } = await commands();
    const [ghana, korea] = [await focalPoint(GHANA), await focalPoint(KOREA)];
    const id = await contributeBestPractice(db(), ghana, ghana.memberId, practice("A ministry-wide training"));
    await expect(publishBestPractice(db(), ghana, id, "")).rejects.toMatchObject({ status: 403 });
    await expect(returnBestPractice(db(), korea, id, "No")).rejects.toMatchObject({ status: 404 });
    await expect(reviseBestPractice(db(), korea, id, practice("Hijacked"))).rejects.toMatchObject({ status: 404 });
    await expect(
      contributeBestPractice(db(), korea, ghana.memberId, practice("In Ghana's name")),
    ).rejects.toMatchObject({ status: 403 });
    const row = await db()
      .selectFrom("best_practices")
      .select(["status", "title"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: "submitted", title: "A ministry-wide training" });
    expect((await auditOf("best_practice", id)).map((entry) => entry.action)).toEqual(["best_practice_contributed"]);
  });
});

describe("editing the manual", () => {
  it("records who added, edited and moved what, and refuses a focal point before writing anything", async () => {
    const { addChapter, addSection, editSection, moveSection } = await commands();
    const [secretariat, korea] = [await viewerFor(db(), SECRETARIAT), await focalPoint(KOREA)];
    const chapter = { title: "Regional organisations", slug: "regional", summary: "", language: "en" as const };
    await expect(addChapter(db(), korea, chapter)).rejects.toMatchObject({ status: 403 });
    const chapterId = await addChapter(db(), secretariat, chapter);
    expect(chapterId).toEqual(expect.any(Number));
    expect(await addChapter(db(), secretariat, chapter)).toBeNull(); // its address is taken

    const section = {
      title: "The African Union",
      body: "Article 4(h).",
      language: "en" as const,
      tags: [],
      note: "New",
    };
    const first = await addSection(db(), secretariat, "regional", { ...section, slug: "african-union" });
    const second = await addSection(db(), secretariat, "regional", { ...section, slug: "the-eu", title: "The EU" });
    if (first === "taken" || second === "taken") throw new Error("new addresses");
    expect(await addSection(db(), secretariat, "regional", { ...section, slug: "the-eu" })).toBe("taken");
    await expect(addSection(db(), secretariat, "no-such-chapter", { ...section, slug: "x" })).rejects.toMatchObject({
      status: 404,
    });
    await expect(editSection(db(), korea, first, 1, { ...section, body: "Changed" })).rejects.toMatchObject({
      status: 403,
    });
    expect(await editSection(db(), secretariat, first, 1, { ...section, body: "Article 4(h) and (j)." })).toBe("saved");
    expect(await editSection(db(), secretariat, first, 1, { ...section, body: "Late" })).toBe("conflict");
    expect(await moveSection(db(), secretariat, "regional", second, "up")).toBe("the-eu");
    expect(await moveSection(db(), secretariat, "regional", second, "up")).toBeNull(); // first already
    await expect(moveSection(db(), korea, "regional", second, "down")).rejects.toMatchObject({ status: 403 });

    const actions = async (kind: string, id: number) =>
      (await auditOf(kind, id)).map((entry) => [entry.action, entry.actorId]);
    expect(await actions("manual_chapter", chapterId!)).toEqual([["manual_chapter_added", secretariat.id]]);
    expect(await actions("manual_section", first)).toEqual([
      ["manual_section_added", secretariat.id],
      ["manual_section_edited", secretariat.id],
    ]);
    expect(await actions("manual_section", second)).toEqual([
      ["manual_section_added", secretariat.id],
      ["manual_section_moved", secretariat.id],
    ]);
  });
});
