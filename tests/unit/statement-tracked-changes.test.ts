// Reading tracked changes from a Word file the portal did not write: the file is made here with the
// docx library's own revision runs, as Word (or another editor) would save them.
import {
  DeletedTextRun,
  Document,
  InsertedTextRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from "docx";
import { describe, expect, it } from "vitest";
import { matchTrackedChanges } from "~/statements/import-match";
import { readTrackedChanges, trackedParagraphs } from "~/statements/tracked-changes.server";

const by = { author: "Republic of Korea", date: "2026-11-02T10:00:00Z" };

async function wordFile(children: (Paragraph | Table)[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

describe("reading a .docx's tracked changes", () => {
  it("gives each paragraph's text before and after its insertions and deletions", async () => {
    const bytes = await wordFile([
      new Paragraph("Joint statement on the protection of civilians"),
      new Paragraph({
        children: [
          new TextRun("We call on all parties to "),
          new DeletedTextRun({ id: 1, ...by, text: "respect" }),
          new InsertedTextRun({ id: 2, ...by, text: "fully respect" }),
          new TextRun(" international humanitarian law & protect civilians."),
        ],
      }),
      new Paragraph({ children: [new DeletedTextRun({ id: 3, ...by, text: "A paragraph struck out." })] }),
      new Paragraph({ children: [new InsertedTextRun({ id: 4, ...by, text: "A new paragraph." })] }),
    ]);
    const paragraphs = readTrackedChanges(bytes);
    expect(paragraphs).toEqual([
      {
        before: "Joint statement on the protection of civilians",
        after: "Joint statement on the protection of civilians",
        changed: false,
      },
      {
        before: "We call on all parties to respect international humanitarian law & protect civilians.",
        after: "We call on all parties to fully respect international humanitarian law & protect civilians.",
        changed: true,
      },
      { before: "A paragraph struck out.", after: "", changed: true },
      { before: "", after: "A new paragraph.", changed: true },
    ]);
  });

  it("reads the paragraphs in table cells", async () => {
    const bytes = await wordFile([
      new Table({
        rows: [
          new TableRow({
            children: [
              new TableCell({
                children: [
                  new Paragraph({
                    children: [
                      new TextRun({ text: "Early warning", break: 0 }),
                      new InsertedTextRun({ id: 5, ...by, text: " matters" }),
                    ],
                  }),
                ],
              }),
            ],
          }),
        ],
      }),
    ]);
    const changed = readTrackedChanges(bytes)!.filter((paragraph) => paragraph.changed);
    expect(changed).toEqual([{ before: "Early warning", after: "Early warning matters", changed: true }]);
  });

  it("leaves out text inserted and then deleted, formatting records and field codes", () => {
    const xml =
      '<?xml version="1.0"?><w:document xmlns:w="x"><w:body>' +
      '<w:p><w:pPr><w:rPr><w:ins w:id="9" w:author="A" w:date="2026-01-01T00:00:00Z"/></w:rPr></w:pPr>' +
      "<w:r><w:t>Kept</w:t></w:r>" +
      '<w:ins w:id="1" w:author="A"><w:del w:id="2" w:author="B">' +
      "<w:r><w:delText> gone</w:delText></w:r></w:del></w:ins>" +
      '<w:r><w:instrText xml:space="preserve"> HYPERLINK "x" </w:instrText></w:r>' +
      '<w:r><w:t xml:space="preserve"> &amp; &#233;t&#xE9;</w:t></w:r></w:p>' +
      "</w:body></w:document>";
    expect(trackedParagraphs(xml)).toEqual([{ before: "Kept & été", after: "Kept & été", changed: true }]);
  });

  it("refuses bytes that are not a Word file", () => {
    expect(readTrackedChanges(new TextEncoder().encode("%PDF-1.7 not a zip"))).toBeNull();
    expect(readTrackedChanges(new Uint8Array())).toBeNull();
  });
});

describe("matching a file's changes to the current version", () => {
  const current = [
    { id: 11, body: "We are **gravely** concerned." },
    { id: 12, body: "We call on all parties to protect civilians." },
    { id: 13, body: "We encourage the Special Adviser to brief the Council." },
  ];
  const same = (text: string) => ({ before: text, after: text, changed: false });
  const labels = ["Open", "Bracketed", "Entre crochets"];

  it("passes over the title and frame, leaves out the export's numbers and statuses, and makes amendments", () => {
    const file = [
      same("Draft — confidential to the drafting group. Version 3 of 2 November 2026."),
      same("Joint statement"),
      same("1. (Open) We are gravely concerned."),
      {
        before: "2. (Entre crochets) We call on all parties to protect civilians.",
        after: "2. (Entre crochets) We call on all parties to fully protect civilians.",
        changed: true,
      },
      { before: "", after: "A new paragraph after the second.", changed: true },
      { before: "3.\tWe encourage the Special Adviser to brief the Council.", after: "", changed: true },
      same("Draft — version 3. Not for circulation."),
    ];
    expect(matchTrackedChanges(file, current, labels)).toEqual({
      changes: [
        { paragraphId: 12, kind: "replace", body: "We call on all parties to fully protect civilians." },
        { paragraphId: 12, kind: "insert_after", body: "A new paragraph after the second." },
        { paragraphId: 13, kind: "delete", body: "" },
      ],
    });
  });

  it("refuses a file without changes, from another version, or changing the title", () => {
    const paragraphs = current.map((paragraph) => same(paragraph.body.replace(/\*\*/g, "")));
    expect(matchTrackedChanges(paragraphs, current, labels)).toEqual({ refused: "no_changes" });
    const other = [...paragraphs];
    other[2] = { before: "We urge the Special Adviser to brief the Council.", after: "We urge him.", changed: true };
    expect(matchTrackedChanges(other, current, labels)).toEqual({ refused: "mismatch", paragraph: 3 });
    const title = [{ before: "Joint statement", after: "Joint letter", changed: true }, ...paragraphs];
    expect(matchTrackedChanges(title, current, labels)).toEqual({ refused: "outside" });
  });
});
