// Amendments and Word against a running portal and its real database: the compilation carries each
// pending amendment as a tracked change in its member's name; a Word file with tracked changes made
// against the current version becomes amendments, all or nothing; the drafting group's only.
import { DeletedTextRun, Document, InsertedTextRun, Packer, Paragraph, TextRun } from "docx";
import { unzipSync, zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docxDocumentXml } from "../helpers/docx";
import { readingEnglish } from "../helpers/people";
import { type Portal, postForm, sessionCookieFor, startPortal } from "../helpers/portal";

let portal: Portal;
const cookies: Record<string, string> = {};
const PEOPLE = {
  penholder: "andres.solano@rree-costarica.example.org", // Costa Rica holds the pen
  korea: "seoyeon.lee@mofa-korea.example.org",
  outsider: "camille.lefevre@diplomatie-france.example.org", // France is not in the group
  secretariat: "claire.hartley@secretariat.example.org",
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
const post = (path: string, who: Who, body: Record<string, string | number>) =>
  postForm(portal, path, body, { cookie: cookies[who]! });

/** The import form as a browser sends it: multipart, the reason first and the file last. */
function upload(id: number, who: Who, bytes: Uint8Array, rationale = "Closer to agreed language.") {
  const form = new FormData();
  form.append("rationale", rationale);
  form.append("file", new Blob([new Uint8Array(bytes)]), "draft-with-changes.docx");
  return fetch(`${portal.baseUrl}/statements/${id}/import`, {
    method: "POST",
    headers: { Cookie: cookies[who]!, Origin: portal.baseUrl },
    body: form,
    redirect: "manual",
  });
}

const TEXT = [
  "The members of the group are gravely concerned by reports of attacks against civilians.",
  "We call on all parties to respect international humanitarian law.",
  "We encourage the Special Adviser to brief the Security Council without delay.",
];

/** A fresh draft by Costa Rica with Korea in the group; its id and paragraph ids. */
async function newDraft() {
  const response = await post("/statements/new", "penholder", {
    title: "Joint statement on tracked changes",
    kind: "joint_statement",
    language: "en",
    topic: "",
    occasion: "",
    group: "republic-of-korea",
    text: TEXT.join("\n\n"),
  });
  expect(response.status).toBe(302);
  const id = Number(/\/statements\/(\d+)/.exec(response.headers.get("location") ?? "")?.[1]);
  const paragraphs = await db()
    .selectFrom("statement_paragraphs")
    .select("id")
    .where("statement_id", "=", id)
    .orderBy("position")
    .execute();
  return { id, paragraphs: paragraphs.map((paragraph) => paragraph.id) };
}

const amendmentsOf = (id: number) =>
  db()
    .selectFrom("amendments")
    .select(["paragraph_id", "kind", "body", "member_id", "rationale"])
    .where("statement_id", "=", id)
    .orderBy("id")
    .execute();

const memberName = async (slug: string) =>
  (await db().selectFrom("members").select("name").where("slug", "=", slug).executeTakeFirstOrThrow()).name;

const BY = 'w:author="Someone" w:date="2026-11-02T10:00:00Z"';

/** The portal's own export of a version, with a word of one paragraph replaced as Word tracks it. */
async function exportWithChange(id: number, version: number, from: string, to: string) {
  const exported = await get(`/statements/${id}/versions/${version}/docx`, "korea");
  expect(exported.status).toBe(200);
  const files = unzipSync(new Uint8Array(await exported.arrayBuffer()));
  const xml = new TextDecoder().decode(files["word/document.xml"]);
  const paragraph = TEXT.find((text) => text.includes(` ${from} `))!;
  const [head, tail] = paragraph.split(` ${from} `);
  const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
  const tracked =
    run(`${head} `) +
    `<w:del w:id="901" ${BY}><w:r><w:delText>${from}</w:delText></w:r></w:del>` +
    `<w:ins w:id="902" ${BY}>${run(to)}</w:ins>` +
    run(` ${tail}`);
  expect(xml).toContain(run(paragraph));
  files["word/document.xml"] = new TextEncoder().encode(xml.replace(run(paragraph), tracked));
  return zipSync(files);
}

describe("the compilation of pending amendments", () => {
  it("carries each pending amendment as a tracked change in the name of its member", async () => {
    const { id, paragraphs } = await newDraft();
    const propose = (paragraph: number, kind: string, body: string) =>
      post(`/statements/${id}/paragraphs/${paragraph}`, "korea", {
        intent: "propose",
        kind,
        body,
        rationale: "Why.",
        basedOn: 1,
      });
    expect((await propose(paragraphs[1]!, "replace", TEXT[1]!.replace("respect", "fully respect"))).status).toBe(302);
    expect((await propose(paragraphs[2]!, "delete", "")).status).toBe(302);
    // A second amendment to the same paragraph: each is an alternative of its own under a note.
    expect((await propose(paragraphs[1]!, "replace", TEXT[1]!.replace("law", "law and human rights law"))).status).toBe(
      302,
    );
    expect((await propose(paragraphs[0]!, "insert_after", "A paragraph Korea adds.")).status).toBe(302);

    const response = await get(`/statements/${id}/compilation`, "penholder");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("wordprocessingml");
    expect(response.headers.get("content-disposition")).toContain("-v1.compilation.docx");
    const bytes = Buffer.from(await response.arrayBuffer());
    const xml = docxDocumentXml(bytes);
    const korea = await memberName("republic-of-korea");
    expect(xml).toMatch(new RegExp(`<w:ins [^>]*w:author="${korea}"`));
    expect(xml).toMatch(new RegExp(`<w:del [^>]*w:author="${korea}"`));
    expect(xml).toMatch(/<w:ins [^>]*w:date="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"/);
    // Word by word: "fully" is inserted, the rest of the paragraph is not marked.
    expect(xml).toMatch(/<w:ins [^>]*>\s*<w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:t[^>]*>fully /);
    expect(xml).toContain("<w:delText");
    expect(xml).toContain("A paragraph Korea adds.");
    expect(xml).toContain(`Amendment 2 of 2 to paragraph 2, proposed by ${korea}:`);
    expect(xml).toContain("Draft — confidential to the drafting group");

    // The secretariat sees the drafting; someone outside it does not learn the draft exists.
    expect((await get(`/statements/${id}/compilation`, "secretariat")).status).toBe(200);
    expect((await get(`/statements/${id}/compilation`, "outsider")).status).toBe(404);
    expect((await fetch(`${portal.baseUrl}/statements/${id}/compilation`, { redirect: "manual" })).status).not.toBe(
      200,
    );
    // Sent back, the compilation would propose everyone's amendments again in one member's name.
    const sentBack = await upload(id, "korea", bytes);
    expect(sentBack.status).toBe(409);
    expect(await sentBack.text()).toContain("This is the compilation of everyone&#x27;s amendments.");
    expect(await amendmentsOf(id)).toHaveLength(4);
    const page = await (await get(`/statements/${id}`, "korea")).text();
    expect(page).toContain("Compilation with amendments as tracked changes (.docx)");
    expect(page).toContain(`/statements/${id}/import`);
  });
});

describe("amendments from a Word file", () => {
  it("makes each changed paragraph an amendment of the importing member, in one go", async () => {
    const { id, paragraphs } = await newDraft();
    expect((await get(`/statements/${id}/import`, "korea")).status).toBe(200);
    const file = await exportWithChange(id, 1, "respect", "fully respect");
    const response = await upload(id, "korea", file);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/statements/${id}?notice=imported&count=1`);
    const korea = await db()
      .selectFrom("members")
      .select("id")
      .where("slug", "=", "republic-of-korea")
      .executeTakeFirstOrThrow();
    expect(await amendmentsOf(id)).toEqual([
      {
        paragraph_id: paragraphs[1],
        kind: "replace",
        body: "We call on all parties to fully respect international humanitarian law.",
        member_id: korea.id,
        rationale: "Closer to agreed language.",
      },
    ]);
    const confirmation = await (await get(`/statements/${id}?notice=imported&count=1`, "korea")).text();
    expect(confirmation).toContain("1 amendment proposed from your file.");
  });

  it("writes nothing for a file made from another text, without changes, or not a Word file", async () => {
    const { id } = await newDraft();
    const other = new Document({
      sections: [
        {
          children: [
            new Paragraph(TEXT[0]!),
            new Paragraph({
              children: [
                new TextRun("We call on all parties to "),
                new InsertedTextRun({ id: 1, author: "Someone", date: "2026-11-02T10:00:00Z", text: "fully " }),
                new TextRun("respect international humanitarian law."),
              ],
            }),
            new Paragraph({
              children: [
                new TextRun("We urge the Special Adviser to brief the Security Council "),
                new DeletedTextRun({ id: 2, author: "Someone", date: "2026-11-02T10:00:00Z", text: "without delay" }),
                new TextRun("."),
              ],
            }),
          ],
        },
      ],
    });
    const mismatch = await upload(id, "korea", new Uint8Array(await Packer.toBuffer(other)));
    expect(mismatch.status).toBe(409);
    expect(await mismatch.text()).toContain("This file was not made from version 1: paragraph 3 differs.");

    const unchanged = await get(`/statements/${id}/versions/1/docx`, "korea");
    const noChanges = await upload(id, "korea", new Uint8Array(await unchanged.arrayBuffer()));
    expect(noChanges.status).toBe(409);
    expect(await noChanges.text()).toContain("This file has no tracked changes.");

    const notWord = await upload(id, "korea", new TextEncoder().encode("%PDF-1.7 a letter"));
    expect(notWord.status).toBe(409);
    expect(await notWord.text()).toContain("This is not a Word file (.docx).");

    const tooLarge = await upload(id, "korea", new Uint8Array(5 * 1024 * 1024 + 1));
    expect(tooLarge.status).toBe(400);
    expect(await tooLarge.text()).toContain("The file is larger than 5 MB.");

    const noFile = await upload(id, "korea", new Uint8Array(), "");
    expect(noFile.status).toBe(400);
    const page = await noFile.text();
    expect(page).toContain("Choose the Word file (.docx) with your tracked changes.");

    expect(await amendmentsOf(id)).toEqual([]);
  });

  it("is the drafting group's: 404 outside it, 403 for the secretariat who does not propose", async () => {
    const { id } = await newDraft();
    const file = await exportWithChange(id, 1, "respect", "fully respect");
    expect((await get(`/statements/${id}/import`, "outsider")).status).toBe(404);
    expect((await upload(id, "outsider", file)).status).toBe(404);
    expect((await get(`/statements/${id}/import`, "secretariat")).status).toBe(403);
    expect((await upload(id, "secretariat", file)).status).toBe(403);
    expect((await get(`/statements/${id}/import?x=%00%ff&<script>`, "korea")).status).toBeLessThan(500);
    expect((await get(`/statements/${id}/compilation?version=-1&x=<script>`, "korea")).status).toBe(200);
    expect(await amendmentsOf(id)).toEqual([]);

    // Under silence the group's members find the page, which says why no file can be sent now.
    const silent = await db()
      .selectFrom("statements")
      .select("id")
      .where("stage", "=", "silence")
      .where("title", "like", "%Framework of Analysis%")
      .executeTakeFirstOrThrow();
    const closed = await get(`/statements/${silent.id}/import`, "korea");
    expect(closed.status).toBe(200);
    const html = await closed.text();
    expect(html).toContain("this text is at another stage now");
    expect(html).not.toContain('type="file"');
    const before = (await amendmentsOf(silent.id)).length;
    const refused = await upload(silent.id, "korea", file);
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain("Amendments cannot be proposed to this text now.");
    expect(await amendmentsOf(silent.id)).toHaveLength(before);
  });
});
