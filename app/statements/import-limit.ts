// The largest Word file a member may send with amendments: the import route reads the file up to it,
// and the Express layer lets that route's requests through up to it (scripts/lib/http.ts).
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/** The import form's address, which takes a body that large. */
export const IMPORT_PATH = /^\/statements\/\d+\/import\/?$/;
