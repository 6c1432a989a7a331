// Closing a text as negotiators do, against a running portal and its real database: bracketed
// alternatives that keep a paragraph from being agreed until the penholder keeps one, "agreed ad
// referendum", and a compromise that closes competing amendments and tells those who backed them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONFIRMED } from "~/statements/route-helpers.server";
import { readingEnglish } from "../helpers/people";
import { type Portal, postForm, sessionCookieFor, startPortal } from "../helpers/portal";

let portal: Portal;
const cookies: Record<string, string> = {};
const PEOPLE = {
  penholder: "andres.solano@rree-costarica.example.org",
  korea: "seoyeon.lee@mofa-korea.example.org",
  ghana: "kwame.mensah@mfa-ghana.example.org",
  denmark: "mette.kjaergaard@um-denmark.example.org",
  france: "camille.lefevre@diplomatie-france.example.org",
};
type Who = keyof typeof PEOPLE;
const db = () => portal.database.db;

beforeAll(async () => {
  portal = await startPortal();
  for (const [who, email] of Object.entries(PEOPLE)) cookies[who] = await sessionCookieFor(portal, email);
  await readingEnglish(db(), Object.values(PEOPLE));
});
afterAll(() => portal.stop());

const get = (path: string, who: Who) =>
  fetch(portal.baseUrl + path, { headers: { Cookie: cookies[who]! }, redirect: "manual" });
const post = (path: string, who: Who, body: Record<string, string | number | string[]>) => {
  const act = CONFIRMED[String(body.intent)]?.act;
  return postForm(portal, path, act ? { ...body, _confirm: act } : body, { cookie: cookies[who]! });
};

/** A draft by Costa Rica with Korea, Ghana, Denmark and France drafting; its id and first paragraph. */
async function newDraft(title: string) {
  const response = await post("/statements/new", "penholder", {
    title,
    kind: "joint_statement",
    language: "en",
    topic: "",
    occasion: "",
    group: ["republic-of-korea", "ghana", "denmark", "france"],
    text: "The members of the group are gravely concerned by reports of attacks against civilians.",
  });
  expect(response.status).toBe(302);
  const id = Number(/\/statements\/(\d+)/.exec(response.headers.get("location") ?? "")?.[1]);
  const paragraph = await db()
    .selectFrom("statement_paragraphs")
    .select("id")
    .where("statement_id", "=", id)
    .executeTakeFirstOrThrow();
  return { id, paragraph: paragraph.id, page: `/statements/${id}/paragraphs/${paragraph.id}` };
}

const version = async (id: number) =>
  (await db().selectFrom("statements").select("current_version").where("id", "=", id).executeTakeFirstOrThrow())
    .current_version;
const paragraphRow = (id: number) =>
  db().selectFrom("statement_paragraphs").select(["body", "status"]).where("id", "=", id).executeTakeFirstOrThrow();

describe("bracketed alternatives", () => {
  it("brackets a paragraph that offers alternatives, refuses to agree it, and settles on the one kept", async () => {
    const { id, paragraph, page } = await newDraft("Statement with alternatives");
    const bracketed = "The members [call on | urge] all parties to protect civilians.";
    expect((await post(page, "penholder", { intent: "edit", body: bracketed, reason: "", basedOn: 1 })).status).toBe(
      302,
    );
    expect(await paragraphRow(paragraph)).toEqual({ body: bracketed, status: "bracketed" });

    const text = await (await get(`/statements/${id}`, "korea")).text();
    expect(text).toMatch(/<span class="alternatives">\[<span class="alternative">call on<\/span> \/ <span/);
    const export_ = await (await get(`/statements/${id}/versions/2/txt`, "korea")).text();
    expect(export_).toContain("The members [call on / urge] all parties");
    expect(export_).toContain("(Bracketed)");

    for (const status of ["agreed", "ad_referendum"]) {
      const refused = await post(page, "penholder", { intent: "set_status", status });
      expect(refused.status).toBe(409);
      expect(await refused.text()).toContain("alternatives_open");
    }
    expect((await paragraphRow(paragraph)).status).toBe("bracketed");

    // Only the penholder settles a bracket.
    expect((await post(page, "korea", { intent: "choose", which: 0, choice: 1, basedOn: 2 })).status).toBe(403);
    expect((await post(page, "penholder", { intent: "choose", which: 0, choice: 1, basedOn: 2 })).status).toBe(302);
    expect((await paragraphRow(paragraph)).body).toBe("The members urge all parties to protect civilians.");
    expect(await version(id)).toBe(3);
    // The same choice again finds no bracket left, and writes nothing.
    expect((await post(page, "penholder", { intent: "choose", which: 0, choice: 0, basedOn: 3 })).status).toBe(409);
    expect(await version(id)).toBe(3);

    expect((await post(page, "penholder", { intent: "set_status", status: "ad_referendum" })).status).toBe(302);
    expect((await paragraphRow(paragraph)).status).toBe("ad_referendum");
    const listed = await (await get(`/statements/${id}`, "ghana")).text();
    expect(listed).toContain("Agreed ad referendum");
  });

  it("shows Option A and Option B as bracketed blocks, on the page and in the exports", async () => {
    const { id, page } = await newDraft("Statement with options");
    const body = "Option A: The members welcome the report.\n\nOption B: The members take note of the report.";
    expect((await post(page, "penholder", { intent: "edit", body, reason: "", basedOn: 1 })).status).toBe(302);
    const html = await (await get(`/statements/${id}`, "korea")).text();
    expect(html).toContain('<p class="option">[<strong class="option-label">Option A:</strong> The members welcome');
    const text = await (await get(`/statements/${id}/versions/2/txt`, "korea")).text();
    expect(text).toContain("[Option A: The members welcome the report.]");
    expect(text).toContain("[Option B: The members take note of the report.]");
  });
});

describe("a compromise", () => {
  it("closes the amendments ticked with one text, marks them merged and tells only who backed them", async () => {
    const { id, paragraph, page } = await newDraft("Statement closed by a compromise");
    const propose = async (who: Who, body: string) => {
      expect(
        (await post(page, who, { intent: "propose", kind: "replace", body, rationale: "Stronger.", basedOn: 1 }))
          .status,
      ).toBe(302);
      return (
        await db()
          .selectFrom("amendments")
          .select("id")
          .where("statement_id", "=", id)
          .orderBy("id", "desc")
          .executeTakeFirstOrThrow()
      ).id;
    };
    const korean = await propose("korea", "The members condemn attacks against civilians.");
    const ghanaian = await propose("ghana", "The members are alarmed by attacks against civilians.");
    const later = await propose("korea", "The members deplore attacks against civilians.");
    await post(page, "denmark", { intent: "comment", amendment: korean, stance: "support", body: "" });
    const compromise = "The members condemn and are alarmed by attacks against civilians.";
    const closeWith = (who: Who, amendments: number[], basedOn: number) =>
      post(page, who, {
        intent: "compromise",
        amendments: amendments.map(String),
        body: compromise,
        reason: "Both concerns, in agreed language",
        basedOn,
      });

    // Bad input and the wrong person change nothing.
    const one = await closeWith("penholder", [korean], 1);
    expect(one.status).toBe(400);
    expect(await one.text()).toContain("statements:validation.compromiseTwo");
    const byKorea = await closeWith("korea", [korean, ghanaian], 1);
    expect(byKorea.status).toBe(403);
    const stale = await closeWith("penholder", [korean, ghanaian], 2);
    expect(stale.status).toBe(409);
    expect(await version(id)).toBe(1);

    const done = await closeWith("penholder", [korean, ghanaian], 1);
    expect(done.status).toBe(302);
    expect(done.headers.get("location")).toContain("notice=compromise");
    expect((await paragraphRow(paragraph)).body).toBe(compromise);
    const amendments = await db()
      .selectFrom("amendments")
      .select(["id", "status", "merged_into_version"])
      .where("statement_id", "=", id)
      .orderBy("id")
      .execute();
    expect(amendments).toEqual([
      { id: korean, status: "merged", merged_into_version: 2 },
      { id: ghanaian, status: "merged", merged_into_version: 2 },
      { id: later, status: "pending", merged_into_version: null },
    ]);
    const audited = await db()
      .selectFrom("audit_log")
      .select("details")
      .where("action", "=", "amendments_merged")
      .where("subject_id", "=", id)
      .executeTakeFirstOrThrow();
    expect(audited.details).toMatchObject({ amendments: [korean, ghanaian], version: 2 });

    // The people of the members that proposed or supported a merged amendment; not France, which did neither.
    const told = await db()
      .selectFrom("notifications as n")
      .innerJoin("people as p", "p.id", "n.person_id")
      .innerJoin("members as m", "m.id", "p.member_id")
      .select("m.slug")
      .distinct()
      .where("n.kind", "=", "amendment_decided")
      .where("n.link", "=", `/statements/${id}`)
      .execute();
    expect(told.map((row) => row.slug).sort()).toEqual(["denmark", "ghana", "republic-of-korea"]);

    const html = await (await get(page, "ghana")).text();
    expect(html).toContain("Merged into the compromise");
    expect(html).toContain(`href="/statements/${id}/versions/2"`);
    // A merged amendment is decided: it cannot be merged or accepted again.
    const again = await closeWith("penholder", [korean, later], 2);
    expect(again.status).toBe(409);
  });
});

describe("working on some words", () => {
  it("turns a suggestion on a phrase into an amendment of just those words, and refuses words not there", async () => {
    const { id, paragraph, page } = await newDraft("Statement amended phrase by phrase");
    const missing = await post(page, "korea", {
      intent: "suggest",
      phrase: "gravely alarmed",
      replacement: "deeply alarmed",
      rationale: "Agreed language.",
      basedOn: 1,
    });
    expect(missing.status).toBe(400);
    const refused = await missing.text();
    expect(refused).toContain("statements:validation.phraseNotFound");
    expect(refused).toContain("deeply alarmed"); // what was typed comes back
    const none = await db().selectFrom("amendments").select("id").where("statement_id", "=", id).execute();
    expect(none).toEqual([]);

    const suggested = await post(page, "korea", {
      intent: "suggest",
      phrase: "gravely concerned",
      replacement: "deeply alarmed",
      rationale: "Agreed language.",
      basedOn: 1,
    });
    expect(suggested.status).toBe(302);
    const amendment = await db()
      .selectFrom("amendments")
      .select(["kind", "body", "status"])
      .where("statement_id", "=", id)
      .executeTakeFirstOrThrow();
    expect(amendment).toEqual({
      kind: "replace",
      body: "The members of the group are deeply alarmed by reports of attacks against civilians.",
      status: "pending",
    });
    // The word diff shows only the phrase changed.
    // The word diff shows only the phrase changed (the hidden words a screen reader says set aside).
    const html = (await (await get(page, "ghana")).text()).replace(/<span class="sr-only">.*?<\/span>/g, "");
    expect([...html.matchAll(/<del>(.*?)<\/del>/g)].map((match) => match[1]).join(" ")).toMatch(
      /^gravely concerned ?$/,
    );
    expect([...html.matchAll(/<ins>(.*?)<\/ins>/g)].map((match) => match[1]).join(" ")).toMatch(/^deeply alarmed ?$/);
    expect(
      (
        await db()
          .selectFrom("statement_paragraphs")
          .select("body")
          .where("id", "=", paragraph)
          .executeTakeFirstOrThrow()
      ).body,
    ).toContain("gravely concerned");
  });

  it("keeps a comment on a paragraph's words without proposing anything, for the group only", async () => {
    const { id, page } = await newDraft("Statement commented phrase by phrase");
    const remarked = await post(page, "ghana", {
      intent: "remark",
      quote: "gravely concerned",
      body: "Accra would prefer stronger words here.",
    });
    expect(remarked.status).toBe(302);
    expect(remarked.headers.get("location")).toContain("notice=remarked");
    const html = await (await get(`${page}?phrase=attacks`, "korea")).text();
    expect(html).toContain("1 comment on the text");
    expect(html).toMatch(/<blockquote lang="en" class="remark-quote">gravely concerned<\/blockquote>/);
    expect(html).toContain("Accra would prefer stronger words here.");
    // The words selected come to the forms filled in.
    expect(html).toMatch(/name="phrase"[^>]*value="attacks"|value="attacks"[^>]*name="phrase"/);
    const amendments = await db().selectFrom("amendments").select("id").where("statement_id", "=", id).execute();
    expect(amendments).toEqual([]);
    const audited = await db()
      .selectFrom("audit_log")
      .select("details")
      .where("action", "=", "paragraph_remarked")
      .where("subject_id", "=", id)
      .execute();
    expect(audited).toHaveLength(1);

    const empty = await post(page, "ghana", { intent: "remark", quote: "", body: "" });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("validation.required");
    // Outside the drafting group, the paragraph is not there.
    const other = await newDraft("A draft Denmark and France are not asked to comment on");
    await db()
      .deleteFrom("statement_members")
      .where("statement_id", "=", other.id)
      .where("member_id", "in", db().selectFrom("members").select("id").where("slug", "in", ["france"]))
      .execute();
    expect((await post(other.page, "france", { intent: "remark", quote: "", body: "Hello" })).status).toBe(404);
  });
});
