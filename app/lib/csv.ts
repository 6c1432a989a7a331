// CSV as spreadsheets read it (RFC 4180), safe to open: a cell that would start a formula is quoted as text.
// French and Spanish spreadsheets expect ";" between cells and a decimal comma; English ones "," and a point.
import type { Locale } from "~/i18n/config";
import { numberFormat } from "./format";

/**
 * Where a spreadsheet may start a cell: where ours starts, and after any ";" inside it, since French or
 * Spanish Excel splits a file at semicolons, not commas, whatever it was written with. What would start
 * a formula there (= + - @, also behind spaces or a quote, or a tab or carriage return) is given a
 * leading "'".
 */
const FORMULA_START = /(^|;)(?=["\s]*[=+\-@]|[\t\r])/g;

const DELIMITERS: Record<Locale, string> = { en: ",", fr: ";", es: ";" };

/** What makes a cell need quotes, per language (built once: a contact list has thousands of cells). */
const MUST_QUOTE = Object.fromEntries(
  Object.entries(DELIMITERS).map(([locale, delimiter]) => [locale, new RegExp(`["\\r\\n${delimiter}]`)]),
) as Record<Locale, RegExp>;

/** A number as a spreadsheet of the language reads it: "0.25" in English, "0,25" in French and Spanish. */
const formatNumber = (value: number, locale: Locale) =>
  numberFormat(locale, { useGrouping: false, maximumFractionDigits: 20 }).format(value);

/**
 * A cell neither FORMULA_START nor MUST_QUOTE can touch, in any language: no quote, line break, tab,
 * comma or semicolon, and no formula start. It holds what those two rules look for, so a change to
 * either changes it too (the unit tests hold all three to the same cells). Most cells of a contact list
 * are such, and one test of each is a third of the time of the two rewrites below (7,000 cells).
 */
const PLAIN = /^(?!["\s]*[=+\-@])[^;,"\t\r\n]*$/;

function cell(value: string | number, locale: Locale): string {
  if (typeof value === "string" && PLAIN.test(value)) return value;
  const plain = typeof value === "number" ? formatNumber(value, locale) : value;
  const text = plain.replace(FORMULA_START, "$1'");
  return MUST_QUOTE[locale].test(text) || text !== plain ? `"${text.replace(/"/g, '""')}"` : text;
}

/** With a byte-order mark so spreadsheet programs read accents (Côte d'Ivoire) as UTF-8. */
export function toCsv(rows: (string | number)[][], locale: Locale): string {
  const delimiter = DELIMITERS[locale];
  return "\uFEFF" + rows.map((row) => row.map((value) => cell(value, locale)).join(delimiter)).join("\r\n") + "\r\n";
}

/**
 * A CSV file's rows, as spreadsheets write it: UTF-8 with or without a byte-order mark, cells quoted
 * with "" for a quote inside, and "," or ";" between cells (French and Spanish Excel write ";"): the
 * one the header line holds more of.
 */
export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, "");
  const header = body.slice(0, body.search(/\r?\n|$/));
  const delimiter = header.split(";").length > header.split(",").length ? ";" : ",";
  const rows: string[][] = [];
  let row: string[] = [];
  let value = "";
  let quoted = false;
  for (let at = 0; at < body.length; at += 1) {
    const char = body[at]!;
    if (quoted) {
      if (char === '"' && body[at + 1] === '"') {
        value += '"';
        at += 1;
      } else if (char === '"') quoted = false;
      else value += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      row.push(value);
      value = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && body[at + 1] === "\n") at += 1;
      rows.push([...row, value]);
      row = [];
      value = "";
    } else value += char;
  }
  if (value !== "" || row.length) rows.push([...row, value]);
  return rows;
}
