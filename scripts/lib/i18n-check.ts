// Two checks that keep every screen translatable:
// every key exists in every language (with the same {{placeholders}}), and no UI text is hard-coded.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { resources } from "../../app/locales";

type Tree = { [key: string]: string | Tree };

export function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(full, value);
    else for (const [k, v] of flatten(value, full)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)]
    .map((m) => m[1])
    .sort()
    .join(",");

export function missingTranslations(all: Record<string, Record<string, Tree>> = resources as never): string[] {
  const problems: string[] = [];
  const languages = Object.keys(all);
  const namespaces = new Set(languages.flatMap((lng) => Object.keys(all[lng]!)));
  for (const ns of namespaces) {
    const flat = Object.fromEntries(languages.map((lng) => [lng, flatten(all[lng]![ns] ?? {})]));
    const keys = new Set(languages.flatMap((lng) => [...flat[lng]!.keys()]));
    for (const key of keys) {
      const present = languages.filter((lng) => flat[lng]!.has(key));
      for (const lng of languages) {
        if (!flat[lng]!.has(key)) problems.push(`${lng}/${ns}: missing "${key}" (present in ${present.join(", ")})`);
        else if (!flat[lng]!.get(key)!.trim()) problems.push(`${lng}/${ns}: "${key}" is empty`);
      }
      const shapes = new Set(present.map((lng) => placeholders(flat[lng]!.get(key)!)));
      if (shapes.size > 1) problems.push(`${ns}: "${key}" uses different {{placeholders}} across languages`);
    }
  }
  return problems;
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return full.endsWith(".tsx") ? [full] : [];
  });
}

// Literal text between JSX tags, or in attributes a person reads or hears.
const JSX_TEXT = />\s*([^<>{}\s][^<>{}]*[A-Za-zÀ-ÿ]{2,}[^<>{}]*)</g;
const READ_ATTRIBUTES = /\b(aria-label|placeholder|title|alt|aria-description)="([^"]*[A-Za-z]{2,}[^"]*)"/g;
/** A line marked `i18n-exempt` holds something that is the same in every language (a name, a code). */
const EXEMPT = "i18n-exempt";

export function hardCodedStrings(roots: string[] = ["app", "emails"]): string[] {
  const problems: string[] = [];
  for (const file of roots.flatMap((root) => sourceFiles(root))) {
    const lines = readFileSync(file, "utf8").split("\n");
    lines.forEach((line, index) => {
      if (line.includes(EXEMPT) || lines[index - 1]?.includes(EXEMPT) || line.trim().startsWith("//")) return;
      for (const match of [...line.matchAll(JSX_TEXT), ...line.matchAll(READ_ATTRIBUTES)]) {
        const text = (match[2] ?? match[1] ?? "").trim();
        if (/=>|&&|\|\||\?\s|;$|^[&|]/.test(text)) continue; // TypeScript, not text
        problems.push(`${file}:${index + 1}: "${text}" is not translated`);
      }
    });
  }
  return problems;
}
