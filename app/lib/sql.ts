import { sql, type Expression, type RawBuilder } from "kysely";

/** A LIKE/ILIKE pattern that finds `text` anywhere, with its own % and _ taken literally. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, "\\$&")}%`;
}

/**
 * A constant of the code (a status, a kind, a page size) written into a statement instead of bound. Postgres
 * plans a prepared statement afresh on every run while a bound value could change its plan (a partial index
 * that holds one status, the rows a kind is expected to match); with its constants in its text, it keeps one
 * plan and spares the planning (a millisecond or more for the larger statements). Never for input.
 */
export const constant = <T extends string | number>(value: T): RawBuilder<T> => sql.lit(value);

/**
 * A row's id, or a scalar subquery that finds it (a member by its slug): a page can then ask for a thing's
 * parts beside the thing itself, in one round trip, instead of after it.
 */
export type IdOrQuery = number | Expression<number>;
