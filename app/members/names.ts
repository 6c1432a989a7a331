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
