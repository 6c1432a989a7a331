// The library decides what a file is from its bytes: real documents are known, and a file whose name
// says one kind but whose bytes are another (or markup a browser would run) is refused.
import { describe, expect, it } from "vitest";
import { simpleDocx, simplePdf } from "../../db/seed-data/documents";
import { checkContent } from "~/library/content-type.server";

/** A zip with the given entries (stored), enough for the content check to read its directory. */
function zip(entries: Record<string, string>): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, data);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(nameBytes.length, 28);
    header.writeUInt32LE(offset, 42);
    central.push(header, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const text = (value: string) => new TextEncoder().encode(value);

describe("checking a file by its content", () => {
  it("knows a PDF and a Word document written by real tools", async () => {
    expect(checkContent(simplePdf("Cadre d'analyse", ["Facteur de risque 1"]), "cadre.pdf")).toMatchObject({
      ok: true,
      contentType: "application/pdf",
    });
    expect(checkContent(await simpleDocx("Note", ["Text"]), "Note.DOCX")).toMatchObject({ ok: true, kind: "docx" });
  });

  it("tells Office and OpenDocument files apart from any zip", () => {
    const office = { "[Content_Types].xml": "<Types/>" };
    expect(checkContent(zip({ ...office, "xl/workbook.xml": "<w/>" }), "plan.xlsx")).toMatchObject({ kind: "xlsx" });
    expect(checkContent(zip({ ...office, "ppt/presentation.xml": "<p/>" }), "deck.pptx")).toMatchObject({
      kind: "pptx",
    });
    expect(checkContent(zip({ mimetype: "application/vnd.oasis.opendocument.text" }), "plan.odt")).toMatchObject({
      kind: "odt",
    });
    expect(checkContent(zip({ "payload.exe": "MZ" }), "plan.docx")).toEqual({ ok: false, reason: "unknown" });
  });

  it("knows images and plain text or CSV", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    expect(checkContent(png, "map.png")).toMatchObject({ ok: true, contentType: "image/png" });
    expect(checkContent(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0]), "photo.jpg")).toMatchObject({ kind: "jpeg" });
    expect(checkContent(text("Instrument,Ratified\nRome Statute,2003\n"), "mapping.csv")).toMatchObject({
      contentType: "text/csv; charset=utf-8",
    });
    expect(checkContent(text("Notes de la réunion\n"), "notes.txt")).toMatchObject({ kind: "text" });
  });

  it("refuses HTML or SVG whatever the name, and a name that says another kind than the bytes", () => {
    expect(checkContent(text("<!DOCTYPE html><html><script>alert(1)</script>"), "report.pdf")).toEqual({
      ok: false,
      reason: "unknown",
    });
    expect(checkContent(text("  <svg onload=alert(1)>"), "notes.txt")).toEqual({ ok: false, reason: "unknown" });
    expect(checkContent(text("just words"), "report.pdf")).toEqual({ ok: false, reason: "mismatch" });
    expect(checkContent(simplePdf("x", []), "report.docx")).toEqual({ ok: false, reason: "mismatch" });
    expect(checkContent(new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03]), "tool.exe")).toEqual({
      ok: false,
      reason: "unknown",
    });
  });
});
