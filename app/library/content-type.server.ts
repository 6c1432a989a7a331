// What a file is, decided from its bytes: the name and the browser's claim are not trusted, since a
// file served from the portal with the wrong type could run as a page (HTML or SVG named .pdf).
// Only the kinds the network exchanges are taken, and a file's name must agree with what it is.

export type LibraryContentKind = "pdf" | "docx" | "xlsx" | "pptx" | "odt" | "png" | "jpeg" | "text" | "csv";

const CONTENT_TYPES: Record<LibraryContentKind, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  odt: "application/vnd.oasis.opendocument.text",
  png: "image/png",
  jpeg: "image/jpeg",
  text: "text/plain; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

const EXTENSIONS: Record<LibraryContentKind, readonly string[]> = {
  pdf: ["pdf"],
  docx: ["docx"],
  xlsx: ["xlsx"],
  pptx: ["pptx"],
  odt: ["odt"],
  png: ["png"],
  jpeg: ["jpg", "jpeg"],
  text: ["txt", "text", "md"],
  csv: ["csv"],
};

export type ContentCheck =
  | { ok: true; kind: LibraryContentKind; contentType: string }
  /** `unknown`: not a kind the library takes; `mismatch`: its name says another kind than its bytes. */
  | { ok: false; reason: "unknown" | "mismatch" };

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  prefix.every((byte, index) => bytes[at + index] === byte);
const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

export function checkContent(bytes: Uint8Array, filename: string): ContentCheck {
  const kind = kindOf(bytes, filename);
  if (!kind) return { ok: false, reason: "unknown" };
  const extension = /\.([^.]+)$/.exec(filename)?.[1]?.toLowerCase() ?? "";
  if (!EXTENSIONS[kind].includes(extension)) return { ok: false, reason: "mismatch" };
  return { ok: true, kind, contentType: CONTENT_TYPES[kind] };
}

function kindOf(bytes: Uint8Array, filename: string): LibraryContentKind | null {
  if (startsWith(bytes, ascii("%PDF-"))) return "pdf";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return zipKind(bytes);
  if (isPlainText(bytes)) return /\.csv$/i.test(filename) ? "csv" : "text";
  return null;
}

/** An OpenDocument text names itself in a first, uncompressed `mimetype` entry; Office files list their parts. */
function zipKind(bytes: Uint8Array): LibraryContentKind | null {
  const nameLength = bytes[26]! | (bytes[27]! << 8);
  const extraLength = bytes[28]! | (bytes[29]! << 8);
  const firstName = new TextDecoder().decode(bytes.subarray(30, 30 + nameLength));
  if (firstName === "mimetype") {
    const start = 30 + nameLength + extraLength;
    const mimetype = new TextDecoder().decode(bytes.subarray(start, start + 39));
    return mimetype === "application/vnd.oasis.opendocument.text" ? "odt" : null;
  }
  const names = zipEntryNames(bytes);
  if (!names.includes("[Content_Types].xml")) return null;
  if (names.includes("word/document.xml")) return "docx";
  if (names.includes("xl/workbook.xml")) return "xlsx";
  if (names.includes("ppt/presentation.xml")) return "pptx";
  return null;
}

/** The entries a zip's central directory lists (found from its end record); empty if it has none. */
export function zipEntryNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is at least 22 bytes from the end, followed by a comment of at most 65,535.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return [];
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names: string[] = [];
  for (let index = 0; index < count && at + 46 <= bytes.length; index++) {
    if (view.getUint32(at, true) !== 0x02014b50) break;
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    names.push(new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + skip;
  }
  return names;
}

/**
 * UTF-8 text with no control characters but tabs and line breaks, that is not markup: a browser
 * would render `<html>`, `<svg>` or `<script>` as a page, whatever the file is called.
 */
function isPlainText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/.test(text)) return false;
  return !/^\uFEFF?\s*<(!doctype|html|head|body|script|svg|\?xml|iframe|meta)/i.test(text);
}
