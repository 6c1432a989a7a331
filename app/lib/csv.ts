// CSV as spreadsheets read it (RFC 4180), safe to open: a cell that would start a formula is quoted as text.

function cell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== String(value) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** With a byte-order mark so spreadsheet programs read accents (Côte d'Ivoire) as UTF-8. */
export function toCsv(rows: (string | number)[][]): string {
  return "\uFEFF" + rows.map((row) => row.map(cell).join(",")).join("\r\n") + "\r\n";
}
