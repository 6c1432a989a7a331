// Reading an upload form without holding more than the library's limit in memory: the file's bytes
// are collected up to LIBRARY_MAX_BYTES and the reading stops at the first byte past it (the rest of
// the request is left to Node, which discards it). The form's text fields come before its file, so a
// refusal still has everything typed. A form that is not multipart (a script posting fields) is read
// as usual: it simply has no file.
import { unstable_parseMultipartFormData, type UploadHandler } from "@remix-run/node";

/** A text field longer than this is not something a person typed into the form. */
const TEXT_FIELD_LIMIT = 64 * 1024;

export interface Upload {
  filename: string;
  bytes: Uint8Array;
}

export interface ReadUpload {
  form: FormData;
  /** The `file` field's file, null when none was chosen (or the form was not multipart). */
  file: Upload | null;
  /** The file passed the limit: nothing of it is kept. */
  tooLarge: boolean;
}

export async function readUpload(request: Request, maxBytes: number): Promise<ReadUpload> {
  const type = request.headers.get("Content-Type") ?? "";
  if (!type.startsWith("multipart/form-data")) return { form: await request.formData(), file: null, tooLarge: false };
  const form = new FormData();
  let file: Upload | null = null;
  let tooLarge = false;
  const handler: UploadHandler = async ({ name, filename, data }) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    const limit = filename === undefined ? TEXT_FIELD_LIMIT : maxBytes;
    for await (const chunk of data) {
      size += chunk.byteLength;
      if (size > limit) {
        tooLarge ||= filename !== undefined;
        throw new Error("stop reading");
      }
      chunks.push(chunk);
    }
    const bytes = Buffer.concat(chunks);
    if (filename === undefined) form.append(name, bytes.toString("utf8"));
    // A file input left empty sends a part with an empty name and no bytes.
    else if (name === "file" && filename !== "" && file === null) file = { filename: cleanFilename(filename), bytes };
    return undefined;
  };
  try {
    await unstable_parseMultipartFormData(request, handler);
  } catch {
    // Stopped at the limit, or a body that is not well-formed multipart: what came before is kept,
    // and the form's own checks say what is missing.
    if (tooLarge) file = null;
  }
  return { form, file, tooLarge };
}

/** A name fit to store and send back: no control characters, at most 200 characters (its end, with the extension). */
function cleanFilename(filename: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const clean = filename.replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return clean.length > 200 ? clean.slice(clean.length - 200) : clean || "file";
}
