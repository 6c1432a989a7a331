// The headers a library file is downloaded with: its type as checked from its bytes (never sniffed:
// helmet sends `X-Content-Type-Options: nosniff` with every response), always an attachment (never
// shown inline as a page), named in UTF-8, kept by no shared cache.

export function downloadHeaders(file: { filename: string; content_type: string; size: number }): Headers {
  return new Headers({
    "Content-Type": file.content_type,
    "Content-Length": String(file.size),
    "Content-Disposition": contentDisposition(file.filename),
    "Cache-Control": "private, no-store",
  });
}

/** RFC 6266: an ASCII fallback name for old clients, and the real one as `filename*=UTF-8''…`. */
export function contentDisposition(filename: string): string {
  const fallback =
    filename
      .normalize("NFKD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/["\\]/g, "_") || "download";
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
