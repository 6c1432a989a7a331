// A statement's versions in its other languages against a running portal and its real database: who
// may fill them, no lost update when two people save one paragraph at once, versions outdated when
// the original changes, the statement read and exported in a language, and search in that language.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docxDocumentXml } from "../helpers/docx";
import { readingEnglish } from "../helpers/people";
import { type Portal, postForm, sessionCookieFor, startPortal } from "../helpers/portal";

let portal: Portal;
const cookies: Record<string, string> = {};
const PEOPLE = {
  penholder: "andres.solano@rree-costarica.example.org", // Costa Rica holds the pen
  korea: "seoyeon.lee@mofa-korea.example.org", // in the drafting group
  outsider: "camille.lefevre@diplomatie-france.example.org", // France is not in the group
  secretariat: "claire.hartley@secretariat.example.org",
};
type Who = keyof typeof PEOPLE;

beforeAll(async () => {
  portal = await startPortal();
  for (const [who, email] of Object.entries(PEOPLE)) {
    cookies[who] = await sessionCookieFor(portal, email, { steppedUp: true });
  }
  await readingEnglish(portal.database.db, [PEOPLE.penholder, PEOPLE.korea]);
});
afterAll(() => portal.stop());

const get = (path: string, who: Who) =>
  fetch(portal.baseUrl + path, { headers: { Cookie: cookies[who]! }, redirect: "manual" });
const post = (path: string, who: Who, body: Record<string, string | number>) =>
  postForm(portal, path, body, { cookie: cookies[who]! });
const db = () => portal.database.db;

const ORIGINAL = [
  "The members of the group are gravely concerned by reports of attacks against civilians.",
  "We call on all parties to respect international humanitarian law.",
];
const FRENCH = [
  "Les membres du groupe sont gravement préoccupés par les informations faisant état d’attaques contre des civils.",
  "Nous appelons toutes les parties à respecter le droit international humanitaire " +
    "avec une détermination inébranlable.",
];

async function newDraft() {
  const response = await post("/statements/new", "penholder", {
    title: "Joint statement on civilians, in three languages",
    kind: "joint_statement",
    language: "en",
    topic: "",
    occasion: "",
    group: "republic-of-korea",
    text: ORIGINAL.join("\n\n"),
  });
  expect(response.status).toBe(302);
  const id = Number(/\/statements\/(\d+)/.exec(response.headers.get("location") ?? "")?.[1]);
  const paragraphs = await db()
    .selectFrom("statement_paragraphs")
    .select(["id", "body"])
    .where("statement_id", "=", id)
    .orderBy("position")
    .execute();
  return { id, paragraphs };
}

/** A paragraph's French version as the page sends it: based on its `revision`, and the text's version `basedOn`. */
const translate = (id: number, paragraph: { id: number }, who: Who, body: string, revision = 0, basedOn = 1) =>
  post(`/statements/${id}/languages`, who, {
    intent: "translate",
    paragraph: paragraph.id,
    language: "fr",
    body,
    revision,
    basedOn,
  });

async function versionOf(paragraphId: number) {
  return db()
    .selectFrom("statement_paragraph_translations")
    .selectAll()
    .where("paragraph_id", "=", paragraphId)
    .where("language", "=", "fr")
    .executeTakeFirst();
}

describe("a statement's versions in other languages", () => {
  it("lets the drafting group fill a version, refuses everyone else, and audits it", async () => {
    const { id, paragraphs } = await newDraft();
    const [first] = paragraphs;
    expect((await translate(id, first!, "outsider", FRENCH[0]!)).status).toBe(404);
    expect((await translate(id, first!, "secretariat", FRENCH[0]!)).status).toBe(403);
    expect((await get(`/statements/${id}/languages?language=fr`, "outsider")).status).toBe(404);
    expect((await get(`/statements/${id}/languages?language=fr`, "secretariat")).status).toBe(200);

    const saved = await translate(id, first!, "korea", FRENCH[0]!);
    expect(saved.status).toBe(302);
    expect(saved.headers.get("location")).toContain(`/statements/${id}/languages?language=fr`);
    expect(await versionOf(first!.id)).toMatchObject({ body: FRENCH[0], source_body: ORIGINAL[0], revision: 1 });
    const audited = await db()
      .selectFrom("audit_log")
      .select("details")
      .where("action", "=", "paragraph_translated")
      .where("subject_id", "=", id)
      .execute();
    expect(audited).toHaveLength(1);

    const page = await (await get(`/statements/${id}/languages?language=fr`, "korea")).text();
    expect(page).toContain('lang="fr"');
    expect(page).toContain("Les membres du groupe sont gravement préoccupés");
  });

  it("answers bad input with a message next to the field and the typed text kept, never a 500", async () => {
    const { id, paragraphs } = await newDraft();
    const empty = await translate(id, paragraphs[0]!, "korea", "   ");
    expect(empty.status).toBe(400);
    const wrong = await post(`/statements/${id}/languages`, "korea", {
      intent: "translate",
      paragraph: paragraphs[0]!.id,
      language: "xx",
      body: "Un texte gardé",
      revision: 0,
      basedOn: 1,
    });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain("Un texte gardé");
    expect((await translate(id, { id: 2_000_000_000 }, "korea", "Texte")).status).toBe(404);
    expect((await get(`/statements/${id}/languages?language=klingon`, "korea")).status).toBe(200);
    // The original's own language is no version of it.
    const same = await post(`/statements/${id}/languages`, "korea", {
      intent: "translate",
      paragraph: paragraphs[0]!.id,
      language: "en",
      body: "English again",
      revision: 0,
      basedOn: 1,
    });
    expect(same.status).toBe(400);
    expect(await versionOf(paragraphs[0]!.id)).toBeUndefined();
  });

  it("lets exactly one of two parallel saves win, and shows the other person's text to the loser", async () => {
    const { id, paragraphs } = await newDraft();
    const paragraph = paragraphs[1]!;
    const responses = await Promise.all([
      translate(id, paragraph, "korea", "Première traduction du paragraphe."),
      translate(id, paragraph, "penholder", "Seconde traduction du paragraphe."),
    ]);
    expect(responses.map((response) => response.status).sort()).toEqual([302, 409]);
    const stored = await versionOf(paragraph.id);
    expect(stored?.revision).toBe(1);
    const loser = responses.find((response) => response.status === 409)!;
    const text = await loser.text();
    // The winner's text is shown, the loser's kept in the form, nothing overwritten.
    expect(text).toContain(stored!.body);
    expect(text).toContain("Nothing was overwritten");

    // Based on the revision it saw, a later save goes through; one based on an old one is refused.
    expect((await translate(id, paragraph, "korea", "Troisième traduction.", 1)).status).toBe(302);
    expect((await translate(id, paragraph, "penholder", "Ancienne base.", 1)).status).toBe(409);
    expect((await versionOf(paragraph.id))?.body).toBe("Troisième traduction.");
  });

  it("marks a version outdated when the original changes, with what changed, until it is updated", async () => {
    const { id, paragraphs } = await newDraft();
    const paragraph = paragraphs[1]!;
    expect((await translate(id, paragraph, "korea", FRENCH[1]!)).status).toBe(302);
    const version = (await state(id)).current_version;
    const edited = await post(`/statements/${id}/paragraphs/${paragraph.id}`, "penholder", {
      intent: "edit",
      body: "We call on all parties to respect international humanitarian law and human rights law.",
      basedOn: version,
    });
    expect(edited.status).toBe(302);
    const page = await (await get(`/statements/${id}/languages?language=fr`, "penholder")).text();
    expect(page).toContain("Translation outdated");
    expect(page).toMatch(/<ins>.*human rights law/s);
    expect(page).not.toMatch(/<(del|ins)[^>]*aria-label/);

    // A save from the old original is refused with what changed; from the new one, it is up to date.
    const stale = await translate(id, paragraph, "korea", "Ancienne version.", 1);
    expect(stale.status).toBe(409);
    const refused = await stale.text();
    expect(refused).toContain("The original paragraph changed while you were working");
    expect(refused).toMatch(/<ins>.*human rights law/s);
    const updated = await translate(
      id,
      paragraph,
      "korea",
      "Nous appelons toutes les parties à respecter le droit international humanitaire " +
        "et le droit des droits de l’homme.",
      1,
      (await state(id)).current_version,
    );
    expect(updated.status).toBe(302);
    const after = await (await get(`/statements/${id}/languages?language=fr`, "penholder")).text();
    expect(after).not.toContain("Translation outdated");
  });

  it("reads and exports the text in French once every paragraph has a version; search finds it in French", async () => {
    const { id, paragraphs } = await newDraft();
    const before = await (await get(`/statements/${id}`, "korea")).text();
    expect(before).not.toContain("language=fr#text");
    for (const [index, paragraph] of paragraphs.entries()) {
      expect((await translate(id, paragraph, "korea", FRENCH[index]!)).status).toBe(302);
    }
    const page = await (await get(`/statements/${id}`, "korea")).text();
    expect(page).toContain("language=fr#text");
    // Read in the same query as the text: no more SQL statements in French than in the original.
    const sqlCount = (response: Response) =>
      Number(/sql;desc="(\d+)"/.exec(response.headers.get("server-timing") ?? "")?.[1]);
    const [original, translated] = [
      await get(`/statements/${id}`, "korea"),
      await get(`/statements/${id}?language=fr`, "korea"),
    ];
    expect(sqlCount(translated)).toBe(sqlCount(original));
    expect(sqlCount(translated)).toBeLessThanOrEqual(5);
    const inFrench = await translated.text();
    expect(inFrench).toMatch(/lang="fr"[^>]*><p>Les membres du groupe/);
    expect(inFrench).toContain("/txt?language=fr");

    const text = await (await get(`/statements/${id}/versions/1/txt?language=fr`, "korea")).text();
    expect(text).toContain("Les membres du groupe sont gravement préoccupés");
    expect(text).not.toContain("gravely concerned");
    expect(text.split("\n")[0]).toMatch(/^Projet/);
    const docx = await get(`/statements/${id}/versions/1/docx?language=fr`, "korea");
    expect(docx.headers.get("content-disposition")).toContain("-v1-fr.docx");
    const xml = docxDocumentXml(Buffer.from(await docx.arrayBuffer()));
    expect(xml).toContain("détermination inébranlable");
    expect((await get(`/statements/${id}/versions/1/txt?language=zz`, "korea")).status).toBe(200);

    const found = await (await get("/search?q=d%C3%A9termination+in%C3%A9branlable", "korea")).text();
    expect(found).toContain(`/statements/${id}`);
    // A draft stays out of everyone else's results, in every language.
    const outsider = await (await get("/search?q=d%C3%A9termination+in%C3%A9branlable", "outsider")).text();
    expect(outsider).not.toContain(`/statements/${id}"`);

    // Published, its versions' words feed "Did you mean" in their language.
    await db()
      .updateTable("statements")
      .set({ stage: "published", delivered_on: "2026-11-30", venue: "New York", published_at: new Date() })
      .where("id", "=", id)
      .execute();
    const known = await db()
      .selectFrom("search_words")
      .select("word")
      .where("word", "=", "inébranlable")
      .where("language", "=", "fr")
      .execute();
    expect(known).toHaveLength(1);
    const readers = await (await get("/search?q=d%C3%A9termination+in%C3%A9branlable", "outsider")).text();
    expect(readers).toContain(`/statements/${id}`);
  });
});

async function state(id: number) {
  return db().selectFrom("statements").select(["current_version"]).where("id", "=", id).executeTakeFirstOrThrow();
}
