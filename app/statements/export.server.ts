// A version of a statement as plain text and as a Word document (docx), with the closing line of the
// published text: the penholder, on behalf of the co-signing members.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";
import type { Locale } from "../../db/schema";
import { i18nFor } from "~/i18n/i18next.server";
import type { exportableVersion } from "./versions.server";

type Exportable = Awaited<ReturnType<typeof exportableVersion>>;

/** Markdown marks are for the screen; a document carries the words. */
function plain(markdown: string): string {
  return markdown
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/g, "$2")
    .replace(/^#+\s*/gm, "")
    .trim();
}

/** The lines around the text, in the statement's own language. */
export async function exportFrame(exported: Exportable) {
  const language = exported.statement.language as Locale;
  const t = (await i18nFor(language)).getFixedT(language, "statements");
  const { statement } = exported;
  const subtitle = [t(`kinds.${statement.kind}`), statement.occasion].filter(Boolean).join(" — ");
  const closing =
    exported.isFinal && exported.cosignatories.length
      ? t("export.onBehalf", {
          penholder: statement.penholderTextName,
          members: new Intl.ListFormat(language, { type: "conjunction" }).format(exported.cosignatories),
        })
      : exported.isFinal
        ? statement.penholderTextName
        : null;
  const footer = exported.isFinal
    ? t("export.deliveredFooter", { date: statement.delivered_on, venue: statement.venue })
    : t("export.draftFooter", { number: exported.number });
  return { subtitle, closing, footer };
}

export async function statementText(exported: Exportable): Promise<string> {
  const { subtitle, closing, footer } = await exportFrame(exported);
  const lines = [
    exported.statement.title,
    subtitle,
    "",
    ...exported.paragraphs.flatMap((paragraph, index) => [`${index + 1}. ${plain(paragraph.body)}`, ""]),
  ];
  if (closing) lines.push(closing, "");
  lines.push(footer, "");
  return lines.join("\n");
}

export async function statementDocx(exported: Exportable): Promise<Buffer> {
  const { subtitle, closing, footer } = await exportFrame(exported);
  const document = new Document({
    creator: "R2P Focal Points portal",
    title: exported.statement.title,
    styles: { default: { document: { run: { font: "Calibri", size: 24 } } } },
    sections: [
      {
        children: [
          new Paragraph({ text: exported.statement.title, heading: HeadingLevel.TITLE }),
          new Paragraph({ children: [new TextRun({ text: subtitle, italics: true })], spacing: { after: 240 } }),
          ...exported.paragraphs.map(
            (paragraph, index) =>
              new Paragraph({
                children: [new TextRun({ text: `${index + 1}. `, bold: true }), new TextRun(plain(paragraph.body))],
                spacing: { after: 200 },
                alignment: AlignmentType.JUSTIFIED,
              }),
          ),
          ...(closing
            ? [new Paragraph({ children: [new TextRun({ text: closing, bold: true })], spacing: { before: 240 } })]
            : []),
          new Paragraph({
            children: [new TextRun({ text: footer, size: 18, color: "52606D" })],
            spacing: { before: 360 },
          }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** A file name from the title: letters and digits only, so every browser and OS accepts it. */
export function exportFileName(exported: Exportable, extension: string): string {
  const slug = exported.statement.title
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .replace(/\s+/g, "-")
    .toLowerCase()
    .slice(0, 60);
  return `${slug || "statement"}-v${exported.number}.${extension}`;
}
