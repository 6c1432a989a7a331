// A member's name as the UN writes it in the reader's language ("République de Corée"), never CLDR's
// everyday names (Intl.DisplayNames says "Corée du Sud"), and lists of members in the reader's order.
import type { Locale } from "~/i18n/config";

/** The column of `members` holding the name in each language. */
export const MEMBER_NAME_COLUMNS = { en: "name", fr: "name_fr", es: "name_es" } as const satisfies Record<
  Locale,
  string
>;

export interface MemberNames {
  name: string;
  nameFr: string;
  nameEs: string;
}

const NAME_FIELDS = { en: "name", fr: "nameFr", es: "nameEs" } as const satisfies Record<Locale, keyof MemberNames>;

/** The name a reader of `locale` sees; the English one if the translation is empty. */
export function memberName(member: MemberNames, locale: Locale): string {
  return member[NAME_FIELDS[locale]] || member.name;
}

const collators = new Map<Locale, Intl.Collator>();

/** Compares names as a reader of the language sorts them: "Côte d'Ivoire" with C, "États-Unis" with E. */
export function nameCollator(locale: Locale): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(locale, { sensitivity: "base" });
    collators.set(locale, collator);
  }
  return collator;
}

/**
 * A member's names as facts stored with a notification (`member`, `member@fr`, `member@es`), so each
 * reader's email and centre entry names it in their language (see `inReaderLanguage`).
 */
export function memberNameFacts(key: string, member: MemberNames | null | undefined): Record<string, string> {
  if (!member) return { [key]: "" };
  return { [key]: member.name, [`${key}@fr`]: member.nameFr, [`${key}@es`]: member.nameEs };
}

/** Stored facts with each name in the reader's language, where the facts hold one (`memberNameFacts`). */
export function inReaderLanguage(facts: Record<string, string>, locale: string): Record<string, string> {
  const shown = { ...facts };
  for (const key of Object.keys(facts)) {
    const translated = facts[`${key}@${locale}`];
    if (translated) shown[key] = translated;
  }
  return shown;
}
