// Reading a Word file the portal sent, independently of the library that wrote it.
import { inflateRawSync } from "node:zlib";

/** The entry of document.xml in a .docx (a zip), read with Node's own inflate: independent of the exporter. */
export function docxDocumentXml(bytes: Buffer): string {
  const name = Buffer.from("word/document.xml");
  for (let offset = 0; offset < bytes.length - 30; offset++) {
    if (bytes.readUInt32LE(offset) !== 0x04034b50) continue;
    const method = bytes.readUInt16LE(offset + 8);
    const size = bytes.readUInt32LE(offset + 18);
    const nameLength = bytes.readUInt16LE(offset + 26);
    const extra = bytes.readUInt16LE(offset + 28);
    if (!bytes.subarray(offset + 30, offset + 30 + nameLength).equals(name)) continue;
    const data = bytes.subarray(offset + 30 + nameLength + extra, offset + 30 + nameLength + extra + size);
    return (method === 8 ? inflateRawSync(data) : data).toString("utf8");
  }
  throw new Error("no word/document.xml in the file");
}
