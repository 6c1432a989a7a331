// The document library over HTTP against the built portal and a real database: a file is as
// confidential as what it is attached to (download, list and search), uploads are limited in size
// and checked by their content, downloads carry the headers that keep a file from running as a page.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { simplePdf } from "../../db/seed-data/documents";
import { GHANA, JAPAN, KOREA, SECRETARIAT, USA, viewerFor } from "../helpers/people";
import { type Portal, sessionCookieFor, startPortal } from "../helpers/portal";

// Above the 1 MB every other form may send: the library's own limit lets larger files through.
const LIMIT = 3_000_000;
let portal: Portal;
const cookies: Record<string, string> = {};
beforeAll(async () => {
  portal = await startPortal({ LIBRARY_MAX_BYTES: String(LIMIT) });
  for (const email of [GHANA, JAPAN, KOREA, SECRETARIAT, USA]) cookies[email] = await sessionCookieFor(portal, email);
});
afterAll(() => portal?.stop());

const db = () => portal.database.db;
const get = (path: string, email: string) =>
  fetch(portal.baseUrl + path, { headers: { Cookie: cookies[email]! }, redirect: "manual" });

/** The upload form as a browser sends it: multipart, its text fields first and the file last. */
function upload(
  email: string,
  owner: string,
  fields: Record<string, string>,
  file?: { name: string; bytes: Uint8Array },
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file) form.append("file", new Blob([new Uint8Array(file.bytes)]), file.name);
  return fetch(`${portal.baseUrl}/library/upload?owner=${owner}`, {
    method: "POST",
    headers: { Cookie: cookies[email]!, Origin: portal.baseUrl },
    body: form,
    redirect: "manual",
  });
}

const fileCount = async () =>
  Number(
    (
      await db()
        .selectFrom("library_files")
        .select(sql<string>`count(*)`.as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );
const seededFile = (ownerKind: string) =>
  db()
    .selectFrom("library_files")
    .selectAll()
    .where("owner_kind", "=", ownerKind as never)
    .executeTakeFirstOrThrow();
const sectionId = async () =>
  (
    await db()
      .selectFrom("manual_sections")
      .select("id")
      .where("slug", "=", "framework-of-analysis")
      .executeTakeFirstOrThrow()
  ).id;
const fields = {
  title: "Framework of Analysis: Portuguese translation",
  language: "other",
  description: "Tradução do Quadro de Análise para a formação dos diplomatas.",
};

describe("who may read a file", () => {
  it("follows the situation group: a member downloads its briefing note, a non-member gets 404", async () => {
    const note = await seededFile("situation_group");
    expect((await get(`/library/${note.id}`, KOREA)).status).toBe(200);
    expect((await get(`/library/${note.id}`, SECRETARIAT)).status).toBe(200);
    expect((await get(`/library/${note.id}`, JAPAN)).status).toBe(404);
  });

  it("is the same rule in the library list as in the policy, for every seeded file and person", async () => {
    const { can } = await import("~/library/policy");
    const { listLibrary } = await import("~/library/queries.server");
    const { ownerOf } = await import("~/library/queries.server");
    const files = await db().selectFrom("library_files").selectAll().execute();
    expect(files.length).toBeGreaterThanOrEqual(6);
    const kinds = [...new Set(files.map((file) => file.owner_kind))];
    expect(kinds.length).toBeGreaterThanOrEqual(5);
    for (const email of [GHANA, JAPAN, KOREA, SECRETARIAT, USA]) {
      const viewer = await viewerFor(db(), email);
      const allowed = new Map<number, boolean>();
      for (const file of files) {
        const owner = (await ownerOf(db(), { kind: file.owner_kind, id: file.owner_id }, "en"))!;
        allowed.set(file.id, can(viewer, "read", { owner: owner.facts, uploadedBy: file.uploaded_by }));
      }
      // Every file, and each kind's files on their own (a list of one kind reads that kind's rule alone).
      for (const kind of [undefined, ...kinds]) {
        const list = await listLibrary(db(), viewer, { page: 1, kind });
        const listed = new Set(list.files.map((file) => file.id));
        let readable = 0;
        for (const file of files) {
          const shown = allowed.get(file.id)! && (kind === undefined || file.owner_kind === kind);
          expect(listed.has(file.id), `${email} / ${kind ?? "all"} / ${file.title}`).toBe(shown);
          if (shown) readable++;
        }
        // The total, counted kind by kind, is the same rule's.
        expect(list.total, `${email} / ${kind ?? "all"}`).toBe(readable);
      }
    }
  });

  it("lists every readable file once, newest first, page after page", async () => {
    const section = await seededFile("manual_section");
    const { id: _, ...copy } = section;
    await db()
      .insertInto("library_files")
      .values(
        Array.from({ length: 30 }, (_, i) => ({
          ...copy,
          title: `Training module ${i + 1}`,
          uploaded_at: new Date(Date.UTC(2030, 0, 1 + i)),
        })),
      )
      .execute();
    const viewer = await viewerFor(db(), KOREA);
    const { listLibrary } = await import("~/library/queries.server");
    const { total } = await listLibrary(db(), viewer, { page: 1 });
    const listed = async (page: number) => {
      const html = await (await get(`/library?page=${page}`, KOREA)).text();
      return [...html.matchAll(/<a href="\/library\/(\d+)" download/g)].map((match) => Number(match[1]));
    };
    const pages = [await listed(1), await listed(2)];
    expect(pages[0]).toHaveLength(25);
    const ids = pages.flat();
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(Math.min(total, 50));
    const newest = await db()
      .selectFrom("library_files")
      .select("id")
      .where("title", "like", "Training module %")
      .orderBy("uploaded_at", "desc")
      .execute();
    // The thirty new ones are the newest: the first page opens with twenty-five of them, the second with the rest.
    expect(pages[0]).toEqual(newest.slice(0, 25).map((row) => row.id));
    expect(pages[1]!.slice(0, 5)).toEqual(newest.slice(25).map((row) => row.id));
  });

  it("keeps a group's file out of a non-member's search, results and count alike", async () => {
    const page = async (email: string) =>
      (await get("/search?q=tri-border+indicators&kind=library_file", email)).text();
    expect(await page(KOREA)).toContain("briefing-tri-border-indicators.pdf");
    const japan = await page(JAPAN);
    expect(japan).not.toContain("briefing-tri-border-indicators.pdf");
    expect(japan).not.toMatch(/Library files.{0,200}\(1\)/s);
  });

  it("keeps a benchmark report's file to its member and the secretariat", async () => {
    const record = await seededFile("benchmark_report");
    expect((await get(`/library/${record.id}`, KOREA)).status).toBe(200);
    expect((await get(`/library/${record.id}`, USA)).status).toBe(404);
  });
});

describe("downloading", () => {
  it("sends the checked type, an attachment named in UTF-8, nosniff and a private cache", async () => {
    const translation = await seededFile("manual_section");
    const response = await get(`/library/${translation.id}`, JAPAN);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(
      `attachment; filename="cadre-d-analyse-atrocites-criminelles.pdf"; ` +
        `filename*=UTF-8''cadre-d-analyse-atrocites-criminelles.pdf`,
    );
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("cache-control")).toMatch(/private|no-store/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    expect(bytes.byteLength).toBe(translation.size);
  });
});

describe("uploading", () => {
  it("attaches a PDF to a manual section, audited, and gives back the same bytes under its own name", async () => {
    const owner = `manual_section:${await sectionId()}`;
    const bytes = simplePdf("Quadro de Análise", ["Tradução para a formação"]);
    const response = await upload(SECRETARIAT, owner, fields, { name: "Quadro de Análise — tradução.pdf", bytes });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/manual/tools/framework-of-analysis#files");
    const added = await db()
      .selectFrom("library_files")
      .selectAll()
      .where("title", "=", fields.title)
      .executeTakeFirstOrThrow();
    expect(added.content_type).toBe("application/pdf");
    const audit = await db()
      .selectFrom("audit_log")
      .select("action")
      .where("subject_kind", "=", "library_file")
      .where("subject_id", "=", added.id)
      .execute();
    expect(audit.map((row) => row.action)).toEqual(["library_file_added"]);
    const download = await get(`/library/${added.id}`, KOREA);
    expect(download.headers.get("content-disposition")).toContain(
      "filename*=UTF-8''Quadro%20de%20An%C3%A1lise%20%E2%80%94%20tradu%C3%A7%C3%A3o.pdf",
    );
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(bytes);
  });

  it("takes a file larger than other forms may send, up to the library's own limit", async () => {
    const before = await fileCount();
    const owner = `manual_section:${await sectionId()}`;
    const large = new Uint8Array(2_000_000).fill(0x41);
    large.set(new TextEncoder().encode("%PDF-1.4\n"));
    const response = await upload(SECRETARIAT, owner, fields, { name: "briefing.pdf", bytes: large });
    expect(response.status).toBe(302);
    expect(await fileCount()).toBe(before + 1);
  });

  it("refuses a file over the limit next to the field, keeps what was typed, and writes nothing", async () => {
    const before = await fileCount();
    const owner = `manual_section:${await sectionId()}`;
    const big = new Uint8Array(LIMIT + 1).fill(0x41);
    big.set(new TextEncoder().encode("%PDF-1.4\n"));
    const response = await upload(SECRETARIAT, owner, fields, { name: "big.pdf", bytes: big });
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain(
      "This file is too large: the library takes files up to 0 MB.".replace("0 MB", `${Math.floor(LIMIT / 1e6)} MB`),
    );
    expect(page).toContain(fields.description);
    expect(await fileCount()).toBe(before);
  });

  it("refuses HTML named .pdf, and a PDF named .docx, writing nothing", async () => {
    const before = await fileCount();
    const owner = `manual_section:${await sectionId()}`;
    const html = new TextEncoder().encode("<!DOCTYPE html><html><script>alert(1)</script></html>");
    const disguised = await upload(SECRETARIAT, owner, fields, { name: "report.pdf", bytes: html });
    expect(disguised.status).toBe(400);
    expect(await disguised.text()).toContain("This kind of file is not taken");
    const renamed = await upload(SECRETARIAT, owner, fields, { name: "report.docx", bytes: simplePdf("x", []) });
    expect(renamed.status).toBe(400);
    expect(await renamed.text()).toContain("This file&#x27;s content does not match its name");
    expect(await fileCount()).toBe(before);
  });

  it("asks for a file, a title and a description when they are missing", async () => {
    const owner = `manual_section:${await sectionId()}`;
    const response = await upload(SECRETARIAT, owner, { title: "", language: "en", description: "" });
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain("Choose a file to upload.");
    expect(page).toContain("This field is required.");
  });

  it("is refused to whoever may not change the owner: 403 for a section, 404 for someone else's group", async () => {
    const before = await fileCount();
    const pdf = { name: "note.pdf", bytes: simplePdf("Note", []) };
    expect((await upload(JAPAN, `manual_section:${await sectionId()}`, fields, pdf)).status).toBe(403);
    const group = await seededFile("situation_group");
    expect((await upload(JAPAN, `situation_group:${group.owner_id}`, fields, pdf)).status).toBe(404);
    expect((await get(`/library/upload?owner=situation_group:${group.owner_id}`, JAPAN)).status).toBe(404);
    expect(await fileCount()).toBe(before);
  });
});

describe("deleting", () => {
  it("is the uploader's or the secretariat's, audited", async () => {
    const note = await seededFile("situation_group");
    const post = (email: string) =>
      fetch(`${portal.baseUrl}/library/${note.id}`, {
        method: "POST",
        headers: {
          Cookie: cookies[email]!,
          Origin: portal.baseUrl,
          "Content-Type": "application/x-www-form-urlencoded",
        },
        body: "intent=delete",
        redirect: "manual",
      });
    expect((await post(KOREA)).status).toBe(403);
    expect((await post(JAPAN)).status).toBe(404);
    const deleted = await post(GHANA);
    expect(deleted.status).toBe(302);
    expect(deleted.headers.get("location")).toBe(`/groups/${note.owner_id}#files`);
    expect(
      await db().selectFrom("library_files").select("id").where("id", "=", note.id).executeTakeFirst(),
    ).toBeUndefined();
    const audit = await db()
      .selectFrom("audit_log")
      .select("action")
      .where("subject_kind", "=", "library_file")
      .where("subject_id", "=", note.id)
      .execute();
    expect(audit.map((row) => row.action)).toEqual(["library_file_deleted"]);
  });
});
