// The member's name in SQL: the column of the reader's language, sorted with that language's ICU
// collation, so every query that names members does it one way (see names.ts for the rule).
import { sql, type RawBuilder } from "kysely";
import type { Locale } from "~/i18n/config";
import { MEMBER_NAME_COLUMNS } from "./names";

/** ICU collations Postgres creates at initdb; a fixed list, never input, so they can sit in the SQL text. */
const COLLATIONS: Record<Locale, RawBuilder<unknown>> = {
  en: sql.raw(`"en-x-icu"`),
  fr: sql.raw(`"fr-x-icu"`),
  es: sql.raw(`"es-x-icu"`),
};

/** `alias.name_fr` (or the column of the language) of a `members` row seen under `alias`. */
export function memberNameSql<Name extends string | null = string>(alias: string, locale: Locale): RawBuilder<Name> {
  return sql<Name>`${sql.ref(`${alias}.${MEMBER_NAME_COLUMNS[locale]}`)}`;
}

/** The same name with the language's collation, for `order by`. */
export function memberNameOrder(alias: string, locale: Locale): RawBuilder<string> {
  return sql<string>`${memberNameSql(alias, locale)} collate ${COLLATIONS[locale]}`;
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
