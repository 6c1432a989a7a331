// CSV as spreadsheets read it (RFC 4180), safe to open: a cell that would start a formula is quoted as text.

/**
 * Where a spreadsheet may start a cell: where ours starts, and after any ";" inside it, since French or
 * Spanish Excel splits this file at semicolons, not commas. What would start a formula there (= + - @,
 * also behind spaces or a quote, or a tab or carriage return) is given a leading "'".
 */
const FORMULA_START = /(^|;)(?=["\s]*[=+\-@]|[\t\r])/g;

function cell(value: string | number): string {
  const text = String(value).replace(FORMULA_START, "$1'");
  return /[",\r\n]/.test(text) || text !== String(value) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** With a byte-order mark so spreadsheet programs read accents (Côte d'Ivoire) as UTF-8. */
export function toCsv(rows: (string | number)[][]): string {
  return "\uFEFF" + rows.map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}
