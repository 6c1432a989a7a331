// Word documents the portal writes (a statement, the report to the annual meeting): one default text
// style that tells Word the language, and one way to send the file.
import { Packer, type Document } from "docx";
import type { Locale } from "../../db/schema";

/** The language Word is told the text is in. */
const DOCX_LANGUAGE: Record<Locale, string> = { en: "en-GB", fr: "fr-FR", es: "es-ES" };

/** Word checks the spelling, and reads the text aloud, in the document's language. */
export function docxStyles(language: Locale) {
  return {
    default: { document: { run: { font: "Calibri", size: 24, language: { value: DOCX_LANGUAGE[language] } } } },
  };
}

/** The document as a download; `fileName` of letters, digits, dots and hyphens, which every browser accepts. */
export async function docxResponse(document: Document, fileName: string): Promise<Response> {
  return new Response(new Uint8Array(await Packer.toBuffer(document)), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
