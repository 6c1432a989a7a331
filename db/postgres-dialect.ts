// A Kysely dialect over postgres.js that uses prepared statements. kysely-postgres-js sends every
// query unprepared, so Postgres parses and plans it each time: preparing halves a typical query here.
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
import type { ReservedSql, Sql } from "postgres";

class PreparedConnection implements DatabaseConnection {
  constructor(readonly reserved: ReservedSql) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.reserved.unsafe(query.sql, query.parameters as never[], { prepare: true });
    const changed = result.command === "INSERT" || result.command === "UPDATE" || result.command === "DELETE" || result.command === "MERGE";
    return {
      rows: [...result] as R[],
      ...(changed ? { numAffectedRows: BigInt(result.count) } : {}),
    };
  }

  async *streamQuery<R>(query: CompiledQuery, chunkSize = 100): AsyncIterableIterator<QueryResult<R>> {
    const cursor = this.reserved.unsafe(query.sql, query.parameters as never[], { prepare: true }).cursor(chunkSize);
    for await (const rows of cursor) yield { rows: rows as R[] };
  }
}

class PreparedDriver implements Driver {
  constructor(private readonly sql: Sql) {}

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return new PreparedConnection(await this.sql.reserve());
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
    (connection as PreparedConnection).reserved.release();
  }

  async destroy(): Promise<void> {
    await this.sql.end();
  }
}

export class PreparedPostgresDialect implements Dialect {
  constructor(private readonly sql: Sql) {}
  createAdapter = () => new PostgresAdapter();
  createDriver = () => new PreparedDriver(this.sql);
  createQueryCompiler = () => new PostgresQueryCompiler();
  createIntrospector = (db: Kysely<unknown>) => new PostgresIntrospector(db);
}
