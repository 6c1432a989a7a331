// A version of a statement as plain text and as a Word document (docx), with the closing line of the
// published text: the penholder, on behalf of the co-signing members.
import { AlignmentType, Document, HeadingLevel, Paragraph, TextRun } from "docx";
import { i18nFor } from "~/i18n/i18next.server";
import { docxStyles } from "~/lib/docx.server";
import { formatCalendarDate, formatDate } from "~/lib/format";
import { paragraphStatusLabels } from "./paragraph-list";
import { documentText } from "./plain-text";
import type { exportableVersion } from "./versions.server";

type Exportable = Awaited<ReturnType<typeof exportableVersion>>;

/**
 * The lines around the text, in the statement's own language and with its dates written in it: a draft
 * opens with its confidentiality, version and date; each paragraph of a draft's current text is marked
 * with its status.
 */
export async function exportFrame(exported: Exportable) {
  const language = exported.language;
  const t = (await i18nFor(language)).getFixedT(language, "statements");
  const { statement } = exported;
  const header = exported.isFinal
    ? null
    : t("export.draftHeader", { number: exported.number, date: formatDate(language, exported.createdAt) });
  const statusLabels = paragraphStatusLabels((key) => t(key));
  const numbered = exported.paragraphs.map((paragraph, index) => ({
    number: `${index + 1}.`,
    status: paragraph.status ? `(${statusLabels[paragraph.status]})` : null,
    body: documentText(paragraph.body),
  }));
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
    ? t("export.deliveredFooter", {
        date: statement.delivered_on ? formatCalendarDate(language, statement.delivered_on) : "",
        venue: statement.venue,
      })
    : t("export.draftFooter", { number: exported.number });
  return { language, header, subtitle, numbered, closing, footer };
}

export async function statementText(exported: Exportable): Promise<string> {
  const { header, subtitle, numbered, closing, footer } = await exportFrame(exported);
  const lines = [
    ...(header ? [header, ""] : []),
    exported.statement.title,
    subtitle,
    "",
    ...numbered.flatMap((paragraph) => [
      [paragraph.number, paragraph.status, paragraph.body].filter(Boolean).join(" "),
      "",
    ]),
  ];
  if (closing) lines.push(closing, "");
  lines.push(footer, "");
  return lines.join("\n");
}

export async function statementDocx(exported: Exportable): Promise<Document> {
  const { language, header, subtitle, numbered, closing, footer } = await exportFrame(exported);
  return new Document({
    creator: "R2P Focal Points portal",
    title: exported.statement.title,
    styles: docxStyles(language),
    sections: [
      {
        children: [
          ...(header
            ? [
                new Paragraph({
                  children: [new TextRun({ text: header, bold: true, color: "B42318" })],
                  spacing: { after: 240 },
                }),
              ]
            : []),
          new Paragraph({ text: exported.statement.title, heading: HeadingLevel.TITLE }),
          new Paragraph({ children: [new TextRun({ text: subtitle, italics: true })], spacing: { after: 240 } }),
          ...numbered.map(
            (paragraph) =>
              new Paragraph({
                children: [
                  new TextRun({ text: `${paragraph.number} `, bold: true }),
                  ...(paragraph.status
                    ? [new TextRun({ text: `${paragraph.status} `, italics: true, color: "52606D" })]
                    : []),
                  new TextRun(paragraph.body),
                ],
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
}

/**
 * A file name from the title (and the language, for a version in another): letters and digits only, so
 * every browser and OS accepts it.
 */
export function exportFileName(exported: Exportable, extension: string): string {
  const slug = exported.statement.title
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .replace(/\s+/g, "-")
    .toLowerCase()
    .slice(0, 60);
  const language = exported.language !== exported.statement.language ? `-${exported.language}` : "";
  return `${slug || "statement"}-v${exported.number}${language}.${extension}`;
}
