// Backups of the portal's database that need nothing but Node: every table's rows, one JSON object
// a line, from one consistent snapshot, with the list of migrations they were taken at. A restore
// builds the schema from the same migrations, loads the rows, and migrates on to today's version.
// (pg_dump refuses a server newer than itself, and npm's embedded Postgres brings no pg_dump.
// Rows go as JSON rather than COPY text: postgres.js's COPY streams stall the connection after a
// large table.)
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import { Migrator } from "kysely";
import postgres from "postgres";
import { prepareJobQueue } from "../../app/lib/jobs.server";
import { openDatabase } from "../../db/connection";
import { migrations } from "../../db/migrations";
import { migrateToLatest } from "../../db/migrate";

const FORMAT = "r2p-backup/1";
const BATCH = 500;
const SCHEMAS = ["public", "graphile_worker"];
/** Rebuilt by the migrations themselves, or about processes alive now. */
const SKIPPED = new Set([
  "public.kysely_migration",
  "public.kysely_migration_lock",
  "public.worker_heartbeats",
  "graphile_worker.migrations",
]);
const END_OF_TABLE = "\\.";

interface BackupTable {
  name: string;
  columns: string[];
}

interface BackupHeader {
  format: typeof FORMAT;
  takenAt: string;
  migrations: string[];
  tables: BackupTable[];
  sequences: { name: string; value: string }[];
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const qualified = (name: string) => name.split(".").map(ident).join(".");

const connect = (url: string) => postgres(url, { max: 1, onnotice: () => {} });

/** Writes a gzipped backup of the database at `url` to `file`; returns its tables' row counts. */
export async function backupDatabase(url: string, file: string): Promise<Record<string, number>> {
  const sql = connect(url);
  const counts: Record<string, number> = {};
  try {
    await sql.begin("isolation level repeatable read read only", async (tx) => {
      // Columns Postgres computes itself (generated search vectors) are left to it.
      const columns = await tx<{ table: string; column: string }[]>`
        select n.nspname || '.' || c.relname as table, a.attname as column
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
        where c.relkind in ('r', 'p') and n.nspname = any(${SCHEMAS}) and not c.relispartition
        order by n.nspname, c.relname, a.attnum`;
      const tables = new Map<string, string[]>();
      for (const { table, column } of columns) {
        if (!SKIPPED.has(table)) tables.set(table, [...(tables.get(table) ?? []), column]);
      }
      const applied = await tx<{ name: string }[]>`select name from kysely_migration order by name`;
      const sequences = await tx<{ name: string; value: string }[]>`
        select schemaname || '.' || sequencename as name, last_value::text as value from pg_sequences
        where schemaname = any(${SCHEMAS}) and last_value is not null`;
      const header: BackupHeader = {
        format: FORMAT,
        takenAt: new Date().toISOString(),
        migrations: applied.map((row) => row.name),
        tables: [...tables].map(([name, columns]) => ({ name, columns })),
        sequences: [...sequences],
      };

      const gzip = createGzip();
      const written = pipeline(gzip, createWriteStream(file));
      const write = async (chunk: string | Buffer) => {
        if (!gzip.write(chunk)) await once(gzip, "drain");
      };
      await write(JSON.stringify(header) + "\n");
      for (const table of header.tables) {
        const select = `select ${table.columns.map(ident).join(", ")} from ${qualified(table.name)}`;
        const cursor = tx.unsafe<{ row: string }[]>(`select row_to_json(t)::text as row from (${select}) t`);
        counts[table.name] = 0;
        for await (const rows of cursor.cursor(BATCH)) {
          counts[table.name] += rows.length;
          await write(rows.map(({ row }) => row + "\n").join(""));
        }
        await write(END_OF_TABLE + "\n");
      }
      gzip.end();
      await written;
    });
  } finally {
    await sql.end();
  }
  return counts;
}

export class RestoreRefused extends Error {}

/**
 * Restores `file` into the database at `url`, which must hold no tables (or `replace`: its tables
 * are dropped first). The rows go in with triggers and foreign keys held back (they were consistent
 * when taken), so this needs a role that may set session_replication_role, as the embedded one may.
 */
export async function restoreDatabase(url: string, file: string, options: { replace?: boolean } = {}) {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const reader = lines[Symbol.asyncIterator]();
  const first = await reader.next();
  const header = JSON.parse(first.done ? "{}" : first.value) as BackupHeader;
  if (header.format !== FORMAT) throw new RestoreRefused(`${file} is not a portal backup`);
  const unknown = header.migrations.filter((name) => !(name in migrations));
  if (unknown.length) throw new RestoreRefused(`The backup was taken by a newer version (${unknown.join(", ")})`);

  const sql = connect(url);
  try {
    const [{ tables }] = await sql<{ tables: number }[]>`
      select count(*)::int as tables from pg_tables where schemaname = any(${SCHEMAS})`;
    if (tables > 0 && !options.replace)
      throw new RestoreRefused("The database is not empty: restore into a new one, or pass --replace");
    if (tables > 0) {
      await sql`drop schema if exists graphile_worker cascade`;
      await sql`drop schema public cascade`;
      await sql`create schema public`;
    }

    // The schema as it was when the backup was taken: exactly the migrations it had.
    const db = openDatabase(url, { max: 1 });
    try {
      const taken = Object.fromEntries(header.migrations.map((name) => [name, migrations[name]!]));
      const migrator = new Migrator({
        db,
        provider: { getMigrations: async () => taken },
        allowUnorderedMigrations: true,
      });
      const { error } = await migrator.migrateToLatest();
      if (error) throw error;
    } finally {
      await db.destroy();
    }
    await prepareJobQueue(url);

    await sql.begin(async (tx) => {
      await tx`set local session_replication_role = replica`;
      await tx.unsafe(`truncate ${header.tables.map((table) => qualified(table.name)).join(", ")}`);
      for (const table of header.tables) {
        const columns = table.columns.map(ident).join(", ");
        // Each value goes back through its type's own text input, as it came out.
        const insert = `insert into ${qualified(table.name)} (${columns}) overriding system value
          select ${columns} from json_populate_recordset(null::${qualified(table.name)}, $1::text::json)`;
        let batch: string[] = [];
        for (let line = await reader.next(); ; line = await reader.next()) {
          if (line.done) throw new RestoreRefused(`${file} ends inside ${table.name}: it is incomplete`);
          if (line.value !== END_OF_TABLE) batch.push(line.value);
          if (batch.length === BATCH || (line.value === END_OF_TABLE && batch.length)) {
            await tx.unsafe(insert, [`[${batch.join(",")}]`]);
            batch = [];
          }
          if (line.value === END_OF_TABLE) break;
        }
      }
      for (const sequence of header.sequences) {
        await tx`select setval(${qualified(sequence.name)}::regclass, ${sequence.value}::bigint)`;
      }
    });
  } finally {
    await sql.end();
    lines.close();
  }
  // Then on to this version's schema, as a start would.
  const db = openDatabase(url, { max: 1 });
  try {
    return { takenAt: header.takenAt, migrated: await migrateToLatest(db) };
  } finally {
    await db.destroy();
  }
}
