// One way to open the database, shared by the app, the scripts and the tests.
import { Kysely } from "kysely";
import postgres from "postgres";
import type { Database } from "./schema";
import { PreparedPostgresDialect } from "./postgres-dialect";
import { countQuery } from "./query-count";

export type DB = Kysely<Database>;

const DATE_OID = 1082;

export function openDatabase(url: string, options: { max?: number } = {}): DB {
  const openClient = () =>
    postgres(url, {
      max: 1,
      onnotice: () => {},
      // While the database is away, try again every half second at most: postgres.js's default
      // waits up to 20 s between tries, holding queries (and pages) that long after it is back.
      backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 0.5),
      connect_timeout: 5,
      // Dates stay 'YYYY-MM-DD' strings: a calendar date has no time zone to shift it.
      types: {
        date: { to: DATE_OID, from: [DATE_OID], serialize: (value: string) => value, parse: (value: string) => value },
      },
      debug: countQuery,
    });
  return new Kysely<Database>({ dialect: new PreparedPostgresDialect(openClient, options.max ?? 10) });
}
