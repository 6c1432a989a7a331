// Situation groups against a real database: the commands with their audit entries and notices, and
// confidentiality: someone outside a group finds nothing of it (404 on the group, its updates and its
// discussion, nothing in search, no notification). Only Resend's HTTP API is stubbed.
import { Logger, runOnce } from "graphile-worker";
import { beforeEach, describe, expect, it } from "vitest";
import { sql } from "kysely";
import type { Viewer } from "~/auth/viewer";
import { GHANA, KOREA, SECRETARIAT, viewerFor } from "../helpers/people";
import { TEST_AUTH_SECRET } from "../helpers/portal";
import { resendSuite } from "../helpers/resend";

const FRANCE = "camille.lefevre@diplomatie-france.example.org";
const DENMARK = "mette.kjaergaard@um-denmark.example.org";

const resend = resendSuite({
  seeded: true,
  env: { AUTH_SECRET: TEST_AUTH_SECRET, APP_URL: "https://portal.example.org" },
});
beforeEach(() => {
  resend.calls.length = 0;
});

const commands = () => import("~/groups/commands.server");
const queries = () => import("~/groups/queries.server");
const db = () => resend.database.db;
const person = (email: string) => viewerFor(db(), email);

async function runQueue() {
  const { taskList } = await import("~/jobs/task-list.server");
  await runOnce({ connectionString: resend.database.url, taskList, logger: new Logger(() => () => {}) });
}

const emailsTo = (email: string) =>
  resend.calls
    .filter(({ body }) => body.to === email)
    .map(({ body }) => ({ subject: String(body.subject), text: String(body.text), html: String(body.html) }));

/** The person's notifications about this group (every test has a group of its own). */
const groupNotices = (viewer: Viewer, groupId: number) =>
  db()
    .selectFrom("notifications")
    .select(["kind", "link", "params"])
    .where("person_id", "=", viewer.id)
    .where("kind", "like", "situation%")
    .where((eb) => eb.or([eb("link", "=", `/groups/${groupId}`), eb("link", "like", `/groups/${groupId}#%`)]))
    .orderBy("id")
    .execute();

/** The HTTP status a refused command or read answers with. */
async function statusOf(work: Promise<unknown>): Promise<number> {
  try {
    await work;
    return 200;
  } catch (error) {
    if (error instanceof Response) return error.status;
    throw error;
  }
}

async function openWithFrance(title: string, listed = true) {
  const [ghana, france] = await Promise.all([person(GHANA), person(FRANCE)]);
  const { openGroup } = await commands();
  const id = await openGroup(db(), ghana, {
    title,
    description: "Members watching the situation.",
    listed,
    memberIds: [france.memberId!],
  });
  return { id, ghana, france };
}

const UPDATE_TEXT = "Quarrelsome militias burned the Zanzibarine granary at dawn.";

describe("situation groups", () => {
  it("tells the group's people that there is an update, never its text, and nobody outside the group", async () => {
    const { id, ghana, france } = await openWithFrance("Lake region watch");
    const korea = await person(KOREA);
    const { postUpdate, postReply } = await commands();
    const updateId = await postUpdate(db(), ghana, id, {
      occurredOn: "2026-01-10",
      riskLevel: "high",
      body: UPDATE_TEXT,
      sources: [{ label: "OCHA", url: "https://www.unocha.org/" }],
    });
    await postReply(db(), france, id, updateId, "Our embassy confirms the Zanzibarine reports.");
    await runQueue();

    expect((await groupNotices(france, id)).map((notice) => [notice.kind, notice.link])).toEqual([
      ["situation_group_invited", `/groups/${id}`],
      ["situation_update_posted", `/groups/${id}#update-${updateId}`],
    ]);
    expect((await groupNotices(ghana, id)).map((notice) => notice.kind)).toEqual(["situation_reply_posted"]);
    const [invited, update] = emailsTo(FRANCE);
    // In the reader's language (France's focal point reads French).
    expect(invited?.subject).toBe("Votre membre a été ajouté au groupe de situation « Lake region watch »");
    expect(update?.subject).toBe("Nouvelle mise à jour d’alerte précoce dans « Lake region watch »");
    expect(update?.text).toContain(`https://portal.example.org/groups/${id}#update-${updateId}`);
    for (const email of [...emailsTo(FRANCE), ...emailsTo(GHANA)]) {
      expect(email.text).not.toContain("Zanzibarine");
      expect(email.html).not.toContain("Zanzibarine");
    }
    expect(await groupNotices(korea, id)).toEqual([]);
    expect(emailsTo(KOREA)).toEqual([]);

    const audit = await db()
      .selectFrom("audit_log")
      .select(["action", "actor_id as actorId"])
      .where("subject_kind", "=", "situation_group")
      .where("subject_id", "=", id)
      .orderBy("id")
      .execute();
    expect(audit).toEqual([
      { action: "situation_group_opened", actorId: ghana.id },
      { action: "situation_update_posted", actorId: ghana.id },
      { action: "situation_reply_posted", actorId: france.id },
    ]);
  });

  it("answers 404 to someone outside the group, for the group, its updates, its discussion and in search", async () => {
    const { id, ghana } = await openWithFrance("Coastal provinces watch", false);
    const [korea, secretariat] = await Promise.all([person(KOREA), person(SECRETARIAT)]);
    const { postUpdate, postReply, inviteMember, requestAgenda, askToJoin } = await commands();
    const { getGroup } = await queries();
    const { groupPage } = await import("~/groups/presenters.server");
    const updateId = await postUpdate(db(), ghana, id, {
      occurredOn: "2026-01-12",
      riskLevel: "elevated",
      body: "Crowds surrounded the Quillabamba prefecture.",
      sources: [],
    });

    expect(await statusOf(getGroup(db(), id, korea))).toBe(404);
    expect(await statusOf(groupPage(db(), korea, id, 1))).toBe(404);
    expect(
      await statusOf(
        postUpdate(db(), korea, id, { occurredOn: "2026-01-12", riskLevel: "low", body: "x", sources: [] }),
      ),
    ).toBe(404);
    expect(await statusOf(postReply(db(), korea, id, updateId, "Hello"))).toBe(404);
    expect(await statusOf(inviteMember(db(), korea, id, korea.memberId!))).toBe(404);
    expect(await statusOf(requestAgenda(db(), korea, id, ""))).toBe(404);
    // Unlisted: not even a request to join reveals it.
    expect(await statusOf(askToJoin(db(), korea, id))).toBe(404);
    expect(await statusOf(getGroup(db(), id, secretariat))).toBe(200);

    const { search } = await import("~/search/search.server");
    const found = async (who: Viewer, q: string) =>
      (await search(db(), { q, person: who, page: 1 })).filter(
        (group) => group.kind === "group" || group.kind === "group_update",
      );
    expect(await found(korea, "Quillabamba")).toEqual([]);
    expect(await found(korea, "coastal provinces")).toEqual([]);
    const forSecretariat = await found(secretariat, "Quillabamba");
    expect(forSecretariat.map((group) => [group.kind, group.hits.map((hit) => hit.href)])).toEqual([
      ["group_update", [`/groups/${id}#update-${updateId}`]],
    ]);
    expect((await found(ghana, "coastal provinces")).map((group) => group.kind)).toEqual(["group"]);
    // A member of the group finds its update (its member's groups read through the index on the group).
    const forMember = await found(ghana, "Quillabamba");
    expect(forMember.map((group) => [group.kind, group.hits.map((hit) => hit.href)])).toEqual([
      ["group_update", [`/groups/${id}#update-${updateId}`]],
    ]);
    const { myGroups, listedGroups } = await queries();
    const korean = [...(await myGroups(db(), korea)), ...(await listedGroups(db(), korea, 1)).groups];
    expect(korean.map((group) => group.id)).not.toContain(id);
  });

  it("lets a member ask to join a listed group, and records one acceptance when two accept at once", async () => {
    const { id, ghana, france } = await openWithFrance("Border region watch");
    const denmark = await person(DENMARK);
    const { askToJoin, decideJoin } = await commands();
    const { getGroup, listedGroups } = await queries();
    expect((await listedGroups(db(), denmark, 1)).groups.map((group) => group.id)).toContain(id);
    expect(await askToJoin(db(), denmark, id)).toBe(true);
    expect(await statusOf(askToJoin(db(), denmark, id))).toBe(403);
    expect((await groupNotices(ghana, id)).map((notice) => [notice.kind, notice.params.member])).toEqual([
      ["situation_join_requested", "Denmark"],
    ]);
    const [request] = (await getGroup(db(), id, ghana)).joinRequests;

    const decisions = await Promise.all([
      decideJoin(db(), ghana, id, request!.id, true),
      decideJoin(db(), france, id, request!.id, true),
    ]);
    expect(decisions.filter(Boolean)).toHaveLength(1);
    const rows = await db()
      .selectFrom("situation_group_members")
      .select("member_id")
      .where("group_id", "=", id)
      .where("member_id", "=", denmark.memberId!)
      .execute();
    expect(rows).toHaveLength(1);
    const accepted = await db()
      .selectFrom("audit_log")
      .select("id")
      .where("action", "=", "situation_join_accepted")
      .where("subject_id", "=", id)
      .execute();
    expect(accepted).toHaveLength(1);
    expect((await groupNotices(denmark, id)).map((notice) => notice.kind)).toEqual(["situation_join_accepted"]);
    // Now a member: the group opens for Denmark.
    expect((await getGroup(db(), id, denmark)).title).toBe("Border region watch");
  });

  it("lets a member leave and the secretariat remove one: the group closes to them, the removed are told", async () => {
    const { id, ghana, france } = await openWithFrance("Delta towns watch");
    const [korea, secretariat] = await Promise.all([person(KOREA), person(SECRETARIAT)]);
    const { inviteMember, removeMember } = await commands();
    const { getGroup } = await queries();
    await inviteMember(db(), ghana, id, korea.memberId!);
    // Only the secretariat removes another member; a member leaves for itself.
    expect(await statusOf(removeMember(db(), ghana, id, korea.memberId!))).toBe(403);
    expect(await removeMember(db(), france, id, france.memberId!)).toBe(true);
    expect(await statusOf(getGroup(db(), id, france))).toBe(404);
    expect(await statusOf(removeMember(db(), france, id, france.memberId!))).toBe(404);

    expect(await removeMember(db(), secretariat, id, korea.memberId!)).toBe(true);
    expect(await removeMember(db(), secretariat, id, korea.memberId!)).toBe(false);
    expect(await statusOf(getGroup(db(), id, korea))).toBe(404);
    const told = await db()
      .selectFrom("notifications")
      .select(["kind", "link", "params"])
      .where("person_id", "=", korea.id)
      .where("kind", "=", "situation_member_removed")
      .execute();
    expect(told).toEqual([
      {
        kind: "situation_member_removed",
        link: "/groups",
        params: expect.objectContaining({ group: "Delta towns watch" }),
      },
    ]);
    expect((await groupNotices(france, id)).map((notice) => notice.kind)).not.toContain("situation_member_removed");
    const audited = await db()
      .selectFrom("audit_log")
      .select("action")
      .where("subject_id", "=", id)
      .where("action", "in", ["situation_member_left", "situation_member_removed"])
      .orderBy("id")
      .execute();
    expect(audited.map((row) => row.action)).toEqual(["situation_member_left", "situation_member_removed"]);
    expect((await getGroup(db(), id, ghana)).members.map((member) => member.name)).toEqual(["Ghana"]);
  });

  it("keeps the group's risk level at its latest update by date", async () => {
    const { id, ghana } = await openWithFrance("River basin watch");
    const { postUpdate } = await commands();
    const risk = () =>
      db()
        .selectFrom("situation_groups")
        .select(["risk_level", "last_update_on"])
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
    await postUpdate(db(), ghana, id, { occurredOn: "2026-02-01", riskLevel: "severe", body: "Attacks.", sources: [] });
    await postUpdate(db(), ghana, id, { occurredOn: "2026-01-01", riskLevel: "low", body: "Earlier.", sources: [] });
    expect(await risk()).toEqual({ risk_level: "severe", last_update_on: "2026-02-01" });
    const { getGroup } = await queries();
    expect((await getGroup(db(), id, ghana)).risk).toEqual([
      { date: "2026-01-01", level: "low" },
      { date: "2026-02-01", level: "severe" },
    ]);
  });

  it("puts a group's request on the secretariat's list, tells the secretariat, until it is handled", async () => {
    const { id, ghana } = await openWithFrance("Highlands watch");
    const secretariat = await person(SECRETARIAT);
    const { requestAgenda, handleAgenda } = await commands();
    const { waitingAgendaRequests, getGroup } = await queries();
    expect(await requestAgenda(db(), ghana, id, "Risk rose sharply this month.")).toBe(true);
    expect(await statusOf(requestAgenda(db(), ghana, id, "Again"))).toBe(403);
    expect((await groupNotices(secretariat, id)).map((notice) => [notice.kind, notice.link])).toEqual([
      ["situation_agenda_requested", `/groups/${id}`],
    ]);
    const waiting = (await waitingAgendaRequests(db()).execute()).filter((request) => request.groupId === id);
    expect(waiting.map((request) => request.note)).toEqual(["Risk rose sharply this month."]);
    expect((await getGroup(db(), id, ghana)).agendaRequest?.note).toBe("Risk rose sharply this month.");
    expect(await statusOf(handleAgenda(db(), ghana, id, waiting[0]!.id))).toBe(403);
    expect(await handleAgenda(db(), secretariat, id, waiting[0]!.id)).toBe(true);
    expect((await waitingAgendaRequests(db()).execute()).filter((request) => request.groupId === id)).toEqual([]);
    expect((await getGroup(db(), id, ghana)).agendaRequest).toBeNull();
  });

  it("lets the SQL filter and the policy agree on who sees each group", async () => {
    const { can, groupVisible } = await import("~/groups/policy");
    const { getGroup } = await queries();
    const groups = await db().selectFrom("situation_groups").select("id").execute();
    expect(groups.length).toBeGreaterThanOrEqual(2);
    for (const email of [GHANA, KOREA, SECRETARIAT, FRANCE, DENMARK, "andres.solano@rree-costarica.example.org"]) {
      const viewer = await person(email);
      const bySql = await db()
        .selectFrom("situation_groups as g")
        .select("g.id")
        .where(groupVisible(viewer, sql.ref("g.id")))
        .execute();
      const visible = new Set(bySql.map((row) => row.id));
      for (const { id } of groups) {
        const secretariat = await person(SECRETARIAT);
        const { standing } = await getGroup(db(), id, secretariat);
        expect([email, id, visible.has(id)]).toEqual([email, id, can(viewer, "view", standing)]);
      }
    }
  });
});
