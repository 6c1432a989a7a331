// Two checks that keep every screen translatable:
// every key exists in every language (with the same {{placeholders}}), and no UI text is hard-coded.
// A count is said through i18next's plural rules: a family of keys (`_one`, `_other`, and `_many` where
// French and Spanish have it) with exactly the forms each language's Intl.PluralRules asks for.
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

const PLURAL_FORM = /_(zero|one|two|few|many|other)$/;

/** The plural forms i18next looks up in a language (`_one`, `_many`, `_other`…). */
const CATEGORIES = ["zero", "one", "two", "few", "many", "other"];
const pluralForms = (lng: string) => {
  const categories: string[] = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
  return CATEGORIES.filter((category) => categories.includes(category)).map((category) => `_${category}`);
};

/** Text that dodges a plural ("soutien(s)", "objeción(es)") instead of saying it through the rules. */
const PSEUDO_PLURAL = /[\p{L}]\((s|es|x)\)/u;

export function missingTranslations(all: Record<string, Record<string, Tree>> = resources as never): string[] {
  const problems: string[] = [];
  const languages = Object.keys(all);
  const namespaces = new Set(languages.flatMap((lng) => Object.keys(all[lng]!)));
  for (const ns of namespaces) {
    const flat = Object.fromEntries(languages.map((lng) => [lng, flatten(all[lng]![ns] ?? {})]));
    // A plural family counts as one key, whose forms each language must give as its rules ask.
    const keys = new Set(languages.flatMap((lng) => [...flat[lng]!.keys()].map((key) => key.replace(PLURAL_FORM, ""))));
    for (const key of keys) {
      const forms = (lng: string) =>
        [...flat[lng]!.keys()].filter((k) => k.replace(PLURAL_FORM, "") === key && k !== key);
      const plural = languages.some((lng) => forms(lng).length > 0);
      const texts = (lng: string) =>
        (plural ? forms(lng) : flat[lng]!.has(key) ? [key] : []).map((k) => flat[lng]!.get(k)!);
      const present = languages.filter((lng) => texts(lng).length > 0);
      for (const lng of languages) {
        if (texts(lng).length === 0) {
          problems.push(`${lng}/${ns}: missing "${key}" (present in ${present.join(", ")})`);
          continue;
        }
        if (texts(lng).some((text) => !text.trim())) problems.push(`${lng}/${ns}: "${key}" is empty`);
        if (texts(lng).some((text) => PSEUDO_PLURAL.test(text))) {
          problems.push(`${lng}/${ns}: "${key}" writes a plural as "(s)": use plural forms (_one, _other…)`);
        }
        if (plural) {
          const expected = pluralForms(lng).map((form) => key + form);
          const given = forms(lng);
          const wrong = [...expected.filter((k) => !given.includes(k)), ...given.filter((k) => !expected.includes(k))];
          if (wrong.length) problems.push(`${lng}/${ns}: "${key}" needs the plural forms ${expected.join(", ")}`);
        } else if (/\{\{\s*count\s*\}\}/.test(flat[lng]!.get(key)!)) {
          problems.push(`${lng}/${ns}: "${key}" says a {{count}} without plural forms (_one, _other…)`);
        }
      }
      // Forms may leave the count unsaid ("One section"); the other placeholders are the same everywhere.
      const shapes = new Set(
        present.map((lng) =>
          [...new Set(texts(lng).flatMap((text) => placeholders(text).split(",")))]
            .filter((name) => name && name !== "count")
            .sort()
            .join(","),
        ),
      );
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
