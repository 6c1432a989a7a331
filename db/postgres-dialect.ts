// A Kysely dialect over postgres.js that uses prepared statements. kysely-postgres-js sends every
// query unprepared, so Postgres parses and plans it each time: preparing halves a typical query here.
//
// Its connections are handed out most recently used first. postgres.js's own pool hands them out in
// turn, so one request after another walks through every backend process: each answers with cold
// caches (its statements prepared but its memory out of the CPU's caches), which made a search
// 1.2 ms slower at the median and 2 ms at the 95th percentile than the same queries over two
// connections. Each connection is a postgres.js client of its own (max 1), which keeps
// reconnecting after a lost connection to postgres.js. It can go when kysely-postgres-js prepares
// statements and postgres.js offers a most-recently-used pool (or the portal's Postgres sits behind
// a pooler that keeps warm backends): measure with `npm run bench` first.
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  type TransactionSettings,
} from "kysely";
import type { Sql } from "postgres";

/**
 * Every statement prepared, those without parameters too: postgres.js sends a statement without
 * parameters as a simple query unless told otherwise, which Postgres parses and plans on every run (the
 * library's list for the secretariat, whose constants are all written in, planned for 1.3 ms a view).
 * A prepared statement is one statement: a script of several is sent one statement at a time.
 */
const PREPARED = { prepare: true, simple: false } as const;

class PreparedConnection implements DatabaseConnection {
  constructor(readonly client: Sql) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.client.unsafe(query.sql, query.parameters as never[], PREPARED);
    const changed =
      result.command === "INSERT" ||
      result.command === "UPDATE" ||
      result.command === "DELETE" ||
      result.command === "MERGE";
    return {
      rows: [...result] as R[],
      ...(changed ? { numAffectedRows: BigInt(result.count) } : {}),
    };
  }

  async *streamQuery<R>(query: CompiledQuery, chunkSize = 100): AsyncIterableIterator<QueryResult<R>> {
    const cursor = this.client.unsafe(query.sql, query.parameters as never[], PREPARED).cursor(chunkSize);
    for await (const rows of cursor) yield { rows: rows as R[] };
  }
}

/** Single-connection clients, the most recently released handed out first; callers wait when all are busy. */
class LastInFirstOutPool {
  private readonly idle: Sql[] = [];
  private readonly all: Sql[] = [];
  private readonly waiting: ((client: Sql) => void)[] = [];

  constructor(
    private readonly openClient: () => Sql,
    private readonly max: number,
  ) {}

  acquire(): Promise<Sql> {
    const client = this.idle.pop();
    if (client) return Promise.resolve(client);
    if (this.all.length < this.max) {
      const opened = this.openClient();
      this.all.push(opened);
      return Promise.resolve(opened);
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  release(client: Sql): void {
    const next = this.waiting.shift();
    if (next) next(client);
    else this.idle.push(client);
  }

  async end(): Promise<void> {
    await Promise.all(this.all.map((client) => client.end()));
  }
}

class PreparedDriver implements Driver {
  private readonly pool: LastInFirstOutPool;

  constructor(openClient: () => Sql, max: number) {
    this.pool = new LastInFirstOutPool(openClient, max);
  }

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return new PreparedConnection(await this.pool.acquire());
  }

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const isolation = settings.isolationLevel ? ` isolation level ${settings.isolationLevel}` : "";
    await connection.executeQuery(CompiledQuery.raw(`start transaction${isolation}`));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("commit"));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw("rollback"));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    this.pool.release((connection as PreparedConnection).client);
  }

  async destroy(): Promise<void> {
    await this.pool.end();
  }
}

export class PreparedPostgresDialect implements Dialect {
  /** `openClient` opens a postgres.js client with max 1; at most `max` of them are opened. */
  constructor(
    private readonly openClient: () => Sql,
    private readonly max: number,
  ) {}
  createAdapter = () => new PostgresAdapter();
  createDriver = () => new PreparedDriver(this.openClient, this.max);
  createQueryCompiler = () => new PostgresQueryCompiler();
  createIntrospector = (db: Kysely<unknown>) => new PostgresIntrospector(db);
}
