// The member's name in SQL: the column of the reader's language, sorted in that language's ICU
// order, so every query that names members does it one way (see names.ts for the rule).
import { sql, type RawBuilder } from "kysely";
import type { Locale } from "~/i18n/config";
import { MEMBER_NAME_COLUMNS } from "./names";

/** `alias.name_fr` (or the column of the language) of a `members` row seen under `alias`. */
export function memberNameSql<Name extends string | null = string>(alias: string, locale: Locale): RawBuilder<Name> {
  return sql<Name>`${sql.ref(`${alias}.${MEMBER_NAME_COLUMNS[locale]}`)}`;
}

/**
 * What sorts members by that name, for `order by`: the member's place in the language's ICU order, kept
 * by the database (migration 0460), as ordering by the name with the collation would, for a fraction of
 * the cost.
 */
export function memberNameOrder(alias: string, locale: Locale): RawBuilder<number> {
  return sql<number>`${sql.ref(`${alias}.name_order_${locale}`)}`;
}

/** The name in the language of a person (`localeColumn`, e.g. "p.locale"): for what is composed per recipient. */
export function memberNameForLocaleColumn<Name extends string | null = string>(
  alias: string,
  localeColumn: string,
): RawBuilder<Name> {
  const name = (locale: Locale) => memberNameSql(alias, locale);
  return sql<Name>`case ${sql.ref(localeColumn)} when 'fr' then ${name("fr")} when 'es' then ${name("es")}
    else ${name("en")} end`;
}
