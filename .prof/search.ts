import { Kysely, sql } from "kysely";
import postgres from "postgres";
import { PreparedPostgresDialect } from "../db/postgres-dialect";
import { prepareEnvironment } from "../scripts/lib/environment";
import { search, corrections } from "../app/search/search.server";

const { config } = await prepareEnvironment(() => {});
const url = Object.assign(new URL(config.DATABASE_URL!), { pathname: "/r2p_bench" }).toString();
const captured: { sql: string; parameters: readonly unknown[]; ms: number }[] = [];
const db = new Kysely<any>({
  dialect: new PreparedPostgresDialect(() => postgres(url, { max: 1, onnotice: () => {} }), 2),
  log: (event) => { captured.push({ sql: event.query.sql, parameters: event.query.parameters, ms: event.queryDurationMillis }); },
});
const person = await db.selectFrom("people").select(["id", "role", "member_id as memberId", "locale"]).where("role", "=", "focal_point").executeTakeFirstOrThrow();
const q = process.argv[2] ?? "early warning";
const request = { q, page: 1, person: { ...person, locale: "en" } } as any;
for (let i = 0; i < 30; i++) await search(db as any, request);
captured.length = 0;
const t0 = performance.now();
for (let i = 0; i < 100; i++) await search(db as any, request);
console.log("search() mean ms", ((performance.now() - t0) / 100).toFixed(2));
const bySql = new Map<string, number[]>();
for (const c of captured) { const k = c.sql.slice(0, 80); bySql.set(k, [...(bySql.get(k) ?? []), c.ms]); }
for (const [k, v] of bySql) console.log(v.length, (v.reduce((a, b) => a + b) / v.length).toFixed(2), k.replace(/\s+/g, " "));
const last = captured.slice(-5);
for (const c of last) {
  const plan = await sql.raw(`explain (analyze, buffers off, costs off, timing on) ${c.sql.replace(/\$(\d+)/g, (_, n) => { const v = c.parameters[Number(n) - 1]; return typeof v === "number" ? String(v) : Array.isArray(v) ? `ARRAY[${v.map((x) => `'${String(x).replace(/'/g, "''")}'`).join(",")}]::text[]` : v === null ? "null" : `'${String(v).replace(/'/g, "''")}'`; })}`).execute(db);
  console.log("-----"); console.log((plan.rows as any[]).map((r) => r["QUERY PLAN"]).join("\n"));
}
await db.destroy();
process.exit(0);
