// Pairing against a real database: the secretariat pairs a newcomer with a mentor (both told, by a
// notification and an email that introduces the other), refuses what the rules refuse, sets up a
// regional pairing, ends a pairing; the overview says who is onboarded, paired and active.
// Only Resend's HTTP API is stubbed.
import { Logger, runOnce } from "graphile-worker";
import { beforeEach, describe, expect, it } from "vitest";
import { GHANA, JAPAN, KOREA, SECRETARIAT, USA, viewerFor } from "../helpers/people";
import { TEST_AUTH_SECRET } from "../helpers/portal";
import { resendSuite } from "../helpers/resend";

const resend = resendSuite({
  seeded: true,
  env: { AUTH_SECRET: TEST_AUTH_SECRET, APP_URL: "https://portal.example.org" },
});
beforeEach(() => {
  resend.calls.length = 0;
});

const commands = () => import("~/onboarding/commands.server");
const queries = () => import("~/onboarding/queries.server");
const db = () => resend.database.db;

async function runQueue() {
  const { taskList } = await import("~/jobs/task-list.server");
  await runOnce({ connectionString: resend.database.url, taskList, logger: new Logger(() => () => {}) });
}

const emailsTo = (email: string) =>
  resend.calls
    .filter(({ body }) => body.to === email)
    .map(({ body }) => ({ subject: String(body.subject), text: String(body.text) }));

async function statusOf(promise: Promise<unknown>): Promise<number | "ok"> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (error instanceof Response) return error.status;
    throw error;
  }
}

const personId = async (email: string) =>
  (
    await db()
      .selectFrom("people as p")
      .innerJoin("User as u", "u.id", "p.user_id")
      .select("p.id")
      .where("u.email", "=", email)
      .executeTakeFirstOrThrow()
  ).id;

/**
 * A focal point invited today for Japan (an alternate) who has signed in: a newcomer nobody has paired
 * yet. (One still invited is not told, as no notice reaches someone not yet active: their welcome
 * names the mentor when they first sign in.)
 */
async function inviteNewcomer(name: string, email: string) {
  const { invitePerson } = await import("~/members/commands.server");
  const outcome = await invitePerson(db(), await viewerFor(db(), SECRETARIAT), {
    name,
    email,
    role: "focal_point",
    member: "japan",
    isAlternate: true,
    locale: "en",
    title: "",
  });
  if (!outcome.ok) throw new Error(outcome.error);
  await db()
    .updateTable("people")
    .set({ status: "active", activated_at: new Date() })
    .where("id", "=", outcome.personId)
    .execute();
  return outcome.personId;
}

describe("pairing a newcomer with a mentor", () => {
  it("pairs them, tells both, and each sees the other", async () => {
    const { pairWithMentor } = await commands();
    const { partnersQuery } = await queries();
    const newcomer = await inviteNewcomer("Yuki Tanaka", "yuki.tanaka@mofa-japan.example.org");
    const korea = await personId(KOREA);
    const secretariat = await viewerFor(db(), SECRETARIAT);
    const outcome = await pairWithMentor(db(), secretariat, { newcomer, mentor: korea });
    expect(outcome.ok).toBe(true);

    const mine = await partnersQuery(db(), newcomer, "en").execute();
    expect(mine.map((p) => [p.name, p.memberName, p.email, p.mine, p.theirs])).toEqual([
      ["Lee Seo-yeon", "Republic of Korea", KOREA, "newcomer", "mentor"],
    ]);
    const theirs = await partnersQuery(db(), korea, "en").execute();
    expect(theirs.filter((p) => p.id === newcomer).map((p) => [p.name, p.mine, p.theirs])).toEqual([
      ["Yuki Tanaka", "mentor", "newcomer"],
    ]);
    // Nobody else sees the pair.
    expect((await partnersQuery(db(), await personId(USA), "en").execute()).map((p) => p.id)).not.toContain(newcomer);

    const told = await db()
      .selectFrom("notifications")
      .select(["person_id as personId", "kind"])
      .where("kind", "in", ["paired_with_mentor", "paired_as_mentor"])
      .where("person_id", "in", [newcomer, korea])
      .execute();
    expect(told).toEqual(
      expect.arrayContaining([
        { personId: korea, kind: "paired_as_mentor" },
        { personId: newcomer, kind: "paired_with_mentor" },
      ]),
    );
    await runQueue();
    const [toKorea] = emailsTo(KOREA);
    expect(toKorea?.subject).toBe("You now mentor Yuki Tanaka (Japan), newly appointed");
    expect(toKorea?.text).toContain("yuki.tanaka@mofa-japan.example.org");
    expect(toKorea?.text).toContain("you mentor them");
  });

  it("refuses a second mentor, a mentor of the same member or a newcomer, and anyone but the secretariat", async () => {
    const { pairWithMentor } = await commands();
    const newcomer = await inviteNewcomer("Kenji Sato", "kenji.sato@mofa-japan.example.org");
    const secretariat = await viewerFor(db(), SECRETARIAT);
    const japan = await personId(JAPAN);
    expect(await pairWithMentor(db(), secretariat, { newcomer, mentor: japan })).toEqual({
      ok: false,
      field: "mentor",
      error: "members:pairing.errors.notMentor",
    });
    const other = await inviteNewcomer("Aiko Mori", "aiko.mori@mofa-japan.example.org");
    expect((await pairWithMentor(db(), secretariat, { newcomer, mentor: other })).ok).toBe(false);
    // An experienced focal point is no newcomer to pair.
    expect(
      await pairWithMentor(db(), secretariat, { newcomer: await personId(USA), mentor: await personId(GHANA) }),
    ).toEqual({
      ok: false,
      field: "newcomer",
      error: "members:pairing.errors.notNewcomer",
    });
    expect(await statusOf(pairWithMentor(db(), await viewerFor(db(), KOREA), { newcomer, mentor: japan }))).toBe(403);
    expect(await statusOf(pairWithMentor(db(), secretariat, { newcomer: 999_999, mentor: japan }))).toBe(404);

    expect((await pairWithMentor(db(), secretariat, { newcomer, mentor: await personId(GHANA) })).ok).toBe(true);
    expect(await pairWithMentor(db(), secretariat, { newcomer, mentor: await personId(USA) })).toEqual({
      ok: false,
      field: "mentor",
      error: "members:pairing.errors.alreadyPaired",
    });
  });

  it("two pairings of one newcomer at once leave one mentor", async () => {
    const { pairWithMentor } = await commands();
    const newcomer = await inviteNewcomer("Hana Ito", "hana.ito@mofa-japan.example.org");
    const secretariat = await viewerFor(db(), SECRETARIAT);
    const outcomes = await Promise.all(
      [GHANA, USA, KOREA].map(async (email) =>
        pairWithMentor(db(), secretariat, { newcomer, mentor: await personId(email) }),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1);
  });
});

describe("regional pairings and ending a pairing", () => {
  it("gathers focal points of one regional group, and ending it hides them from each other", async () => {
    const { setUpRegionalPairing, endPairing } = await commands();
    const { partnersQuery } = await queries();
    const secretariat = await viewerFor(db(), SECRETARIAT);
    const [korea, japan, usa] = await Promise.all([KOREA, JAPAN, USA].map(personId));
    expect(
      await setUpRegionalPairing(db(), secretariat, {
        name: "North-East Asia pairing",
        group: "asia_pacific",
        people: [korea, usa],
      }),
    ).toEqual({ ok: false, field: "people", error: "members:pairing.errors.notOfGroup" });
    const made = await setUpRegionalPairing(db(), secretariat, {
      name: "North-East Asia pairing",
      group: "asia_pacific",
      people: [korea, japan],
    });
    if (!made.ok) throw new Error(made.error);
    const peers = (await partnersQuery(db(), japan, "en").execute()).filter((p) => p.pairingId === made.pairingId);
    expect(peers.map((p) => [p.name, p.pairingName, p.mine])).toEqual([
      ["Lee Seo-yeon", "North-East Asia pairing", "peer"],
    ]);
    const told = await db()
      .selectFrom("notifications")
      .select("person_id")
      .where("kind", "=", "paired_regionally")
      .where("params", "@>", { pairingId: String(made.pairingId) } as never)
      .execute();
    expect(told.map((row) => row.person_id).sort()).toEqual([korea, japan].sort());

    expect(await statusOf(endPairing(db(), await viewerFor(db(), KOREA), made.pairingId))).toBe(403);
    await endPairing(db(), secretariat, made.pairingId);
    expect((await partnersQuery(db(), japan, "en").execute()).filter((p) => p.pairingId === made.pairingId)).toEqual(
      [],
    );
    expect(await statusOf(endPairing(db(), secretariat, made.pairingId))).toBe(403);
    const audit = await db()
      .selectFrom("audit_log")
      .select("action")
      .where("subject_kind", "=", "pairing")
      .where("subject_id", "=", made.pairingId)
      .orderBy("id")
      .execute();
    expect(audit.map((row) => row.action)).toEqual(["pairing_made", "pairing_ended"]);
  });
});

describe("the overview of newly appointed focal points", () => {
  it("lists newcomers with whether they signed in, are paired and active, filtered and sorted", async () => {
    const { newcomersOverview } = await queries();
    const at = new Date();
    const all = await newcomersOverview(db(), { state: "all", group: "", sort: "name", page: 1 }, at, "en");
    const byName = new Map(all.rows.map((row) => [row.name, row]));
    // Seeded: Maria Santos (paired with Korea's focal point, acted lately), Grace Nakato (invited only).
    expect(byName.get("Maria Santos")).toMatchObject({ mentor: { name: "Lee Seo-yeon" }, active: true });
    expect(byName.get("Grace Nakato")).toMatchObject({ activatedAt: null, mentor: null, active: false });
    expect(byName.get("Aline Uwase")).toMatchObject({ regionalPairing: "Great Lakes pairing", active: false });
    // Experienced focal points are not listed.
    expect(byName.has("Lee Seo-yeon")).toBe(false);
    expect(all.rows.map((row) => row.name)).toEqual(
      [...all.rows.map((row) => row.name)].sort((a, b) => a.localeCompare(b)),
    );

    const invited = await newcomersOverview(db(), { state: "invited", group: "", sort: "name", page: 1 }, at, "en");
    expect(invited.rows.every((row) => row.activatedAt === null)).toBe(true);
    expect(invited.rows.map((row) => row.name)).toContain("Grace Nakato");
    const unpaired = await newcomersOverview(
      db(),
      { state: "unpaired", group: "african", sort: "name", page: 1 },
      at,
      "en",
    );
    expect(unpaired.rows.map((row) => row.name)).toEqual(["Grace Nakato"]);
    expect(unpaired.total).toBe(1);
    const inactive = await newcomersOverview(
      db(),
      { state: "inactive", group: "", sort: "appointed", page: 1 },
      at,
      "en",
    );
    expect(inactive.rows.map((row) => row.name)).not.toContain("Maria Santos");
    // By member, as a French reader sorts the members' French names.
    const byMember = await newcomersOverview(db(), { state: "all", group: "", sort: "member", page: 1 }, at, "fr");
    const members = byMember.rows.map((row) => row.memberName);
    expect(members).toContain("Philippines");
    expect(members).toEqual([...members].sort(new Intl.Collator("fr").compare));
  });

  it("shows every newcomer once, a page after another, in the order asked for", async () => {
    const { newcomersOverview, OVERVIEW_PAGE_SIZE } = await queries();
    for (let i = 1; i <= OVERVIEW_PAGE_SIZE; i++)
      await inviteNewcomer(`Newcomer ${String(i).padStart(2, "0")}`, `newcomer${i}@mfa.example.org`);
    const at = new Date();
    const page = (number: number) =>
      newcomersOverview(db(), { state: "all", group: "", sort: "name", page: number }, at, "en");
    const [first, second] = [await page(1), await page(2)];
    expect(first.rows).toHaveLength(OVERVIEW_PAGE_SIZE);
    expect(second.total).toBe(first.total);
    expect(first.total).toBeGreaterThan(OVERVIEW_PAGE_SIZE);
    const names = [...first.rows, ...second.rows].map((row) => row.name);
    expect(names).toHaveLength(Math.min(first.total, 2 * OVERVIEW_PAGE_SIZE));
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(names).toContain("Newcomer 25");
    // The overview's first order: the latest appointed first, read page by page from its index (migration 0462).
    const latest = (number: number) =>
      newcomersOverview(db(), { state: "all", group: "", sort: "appointed", page: number }, at, "en");
    const [newest, next] = [await latest(1), await latest(2)];
    expect(next.total).toBe(first.total);
    const appointed = [...newest.rows, ...next.rows];
    expect(new Set(appointed.map((row) => row.id)).size).toBe(Math.min(first.total, 2 * OVERVIEW_PAGE_SIZE));
    const times = appointed.map((row) => new Date(row.appointedAt).getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(newest.rows.map((row) => row.name)).toContain("Newcomer 25");
  });
});
