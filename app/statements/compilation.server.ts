// The compilation: the current version of a draft as a Word document with every pending amendment in
// it as a real tracked change (w:ins / w:del), in the name of the member who proposed it and dated when
// it was proposed, so the penholder can read, accept and reject them in Word. Word by word: only the
// words an amendment changes are marked (the same word diff the portal shows).
//
// Word can hold one tracked change per stretch of text, so amendments that compete for a paragraph
// cannot all sit in it. The layout:
// - one replacement or deletion of a paragraph: marked in the paragraph itself, where "Accept" in Word
//   gives the text as amended;
// - two or more: the paragraph as it stands, then each amendment as its own marked copy under a note
//   "Amendment 2 of 3 to paragraph 4, proposed by Ghana", so the alternatives read side by side and
//   the penholder keeps the one they accept;
// - an insertion after a paragraph: a whole inserted paragraph after it (and after its alternatives).
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from "docx";
import type { AmendmentKind, Locale } from "../../db/schema";
import { ensureVisible } from "~/auth/policy";
import { i18nFor } from "~/i18n/i18next.server";
import type { DB } from "~/lib/db.server";
import { docxStyles } from "~/lib/docx.server";
import { memberNameSql } from "~/members/names.server";
import { wordDiff } from "./diff";
import { exportFrame } from "./export.server";
import { documentText } from "./plain-text";
import { seesDrafting } from "./policy";
import { loadStatement, type StatementReader } from "./queries.server";
import { exportableVersion } from "./versions.server";

/** The current version of a draft with its pending amendments: the drafting group's and the secretariat's only. */
export async function loadCompilation(db: DB, statementId: number, viewer: StatementReader) {
  const { statement, role } = await loadStatement(db, statementId, viewer);
  ensureVisible(seesDrafting(role) && statement.stage !== "published");
  const language = statement.language as Locale;
  const [exported, amendments] = await Promise.all([
    exportableVersion(db, statementId, null, viewer),
    db
      .selectFrom("amendments as a")
      .innerJoin("members as m", "m.id", "a.member_id")
      .select([
        "a.paragraph_id as paragraphId",
        "a.kind",
        "a.body",
        "a.created_at as createdAt",
        // The author Word shows: the member, named as the text's own language names it.
        memberNameSql("m", language).as("memberName"),
      ])
      .where("a.statement_id", "=", statementId)
      .where("a.status", "=", "pending")
      .orderBy("a.created_at")
      .orderBy("a.id")
      .execute(),
  ]);
  return { exported, amendments };
}

type Compilation = Awaited<ReturnType<typeof loadCompilation>>;
type PendingAmendment = Compilation["amendments"][number];

const GREY = "52606D";

export async function compilationDocx({ exported, amendments }: Compilation): Promise<Document> {
  const { language, header, subtitle, numbered, footer } = await exportFrame(exported);
  const t = (await i18nFor(language)).getFixedT(language, "statements");
  let revision = 0;
  /** Word wants each tracked change to have an id of its own in the document. */
  const by = (amendment: PendingAmendment) => ({
    id: ++revision,
    author: amendment.memberName,
    // Seconds, as Word itself writes the time of a change.
    date: new Date(amendment.createdAt).toISOString().replace(/\.\d+Z$/, "Z"),
  });
  const marked = (text: string, amendment: PendingAmendment): ParagraphChild[] =>
    amendment.kind === "delete"
      ? [new DeletedTextRun({ ...by(amendment), text })]
      : wordDiff(text, documentText(amendment.body)).map((part) =>
          part.change === "added"
            ? new InsertedTextRun({ ...by(amendment), text: part.value })
            : part.change === "removed"
              ? new DeletedTextRun({ ...by(amendment), text: part.value })
              : new TextRun(part.value),
        );
  const textParagraph = (children: ParagraphChild[]) =>
    new Paragraph({ children, spacing: { after: 200 }, alignment: AlignmentType.JUSTIFIED });
  const note = (text: string) =>
    new Paragraph({ children: [new TextRun({ text, italics: true, size: 20, color: GREY })], spacing: { after: 80 } });

  const rewrites = (kind: AmendmentKind) => kind !== "insert_after";
  const body = exported.paragraphs.flatMap((paragraph, index) => {
    const { number, status, body: text } = numbered[index]!;
    const prefix = [
      new TextRun({ text: `${number} `, bold: true }),
      ...(status ? [new TextRun({ text: `${status} `, italics: true, color: GREY })] : []),
    ];
    const pending = amendments.filter((amendment) => amendment.paragraphId === paragraph.id);
    const alternatives = pending.filter((amendment) => rewrites(amendment.kind));
    const insertions = pending.filter((amendment) => !rewrites(amendment.kind));
    const single = alternatives.length === 1 ? alternatives[0]! : null;
    return [
      textParagraph([...prefix, ...(single ? marked(text, single) : [new TextRun(text)])]),
      ...(single
        ? []
        : alternatives.flatMap((amendment, at) => [
            note(
              t("compilation.alternative", {
                number: at + 1,
                total: alternatives.length,
                paragraph: index + 1,
                member: amendment.memberName,
              }),
            ),
            textParagraph(marked(text, amendment)),
          ])),
      ...insertions.map((amendment) =>
        textParagraph([new InsertedTextRun({ ...by(amendment), text: documentText(amendment.body) })]),
      ),
    ];
  });

  return new Document({
    creator: "R2P Focal Points portal",
    title: exported.statement.title,
    styles: docxStyles(language),
    // Word opens it with the changes shown and keeps tracking the penholder's own edits.
    features: { trackRevisions: true },
    sections: [
      {
        children: [
          ...(header
            ? [new Paragraph({ children: [new TextRun({ text: header, bold: true, color: "B42318" })] })]
            : []),
          note(t("compilation.intro")),
          new Paragraph({ text: exported.statement.title, heading: HeadingLevel.TITLE }),
          new Paragraph({ children: [new TextRun({ text: subtitle, italics: true })], spacing: { after: 240 } }),
          ...body,
          new Paragraph({
            children: [new TextRun({ text: footer, size: 18, color: GREY })],
            spacing: { before: 360 },
          }),
        ],
      },
    ],
  });
}
