// Issue 20: a GET never writes. Every page each role reaches by crawling is requested one at a time
// with the job worker off, while a trigger on every table logs each row inserted, updated or
// deleted; after each page the log must hold nothing but the named exceptions.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  crawl,
  CRAWL_ROLES,
  prepareCrawl,
  request,
  routeManifest,
  type Role,
  type Route,
  signInRoles,
  type SignedInRole,
  unreachedRoutes,
  type Visit,
} from "../helpers/crawler";
import { type Portal, startPortal } from "../helpers/portal";

/** The writes a read may make, each for a reason a person would give. */
const ALLOWED: { table: string; operation: string; columns: string[]; why: string }[] = [
  {
    table: "public.Session",
    operation: "UPDATE",
    columns: ["expires", "lastUsedAt"],
    why: "session bookkeeping: its last use, which moves its idle end",
  },
  { table: "public.notifications", operation: "UPDATE", columns: ["read_at"], why: "opening a notification reads it" },
  { table: "public.calendar_feeds", operation: "UPDATE", columns: ["last_used_at"], why: "a calendar feed's last use" },
];

interface Write {
  table_name: string;
  operation: string;
  columns: string[] | null;
}

const allowed = (write: Write) =>
  ALLOWED.some(
    (rule) =>
      rule.table === write.table_name &&
      rule.operation === write.operation &&
      (write.columns ?? []).every((column) => rule.columns.includes(column)),
  );

let portal: Portal;
let routes: Route[];
let roles: SignedInRole[];
const visits: Visit[] = [];
const offenders: string[] = [];
const exceptionsSeen = new Map<string, number>();

/** Takes what the triggers logged since the last call. */
async function takeWrites(): Promise<Write[]> {
  const { rows } = await sql<Write>`delete from crawl.writes returning table_name, operation, columns`.execute(
    portal.database.db,
  );
  return rows;
}

beforeAll(async () => {
  const started = Date.now();
  portal = await startPortal({ WORKER: "off" });
  routes = routeManifest();
  ({ roles } = await signInRoles(portal, Object.values(CRAWL_ROLES)));
  const as = (role: Role) => roles.find((each) => each.email === role.email)!;
  const starts = await prepareCrawl(portal, as(CRAWL_ROLES.drafter), as(CRAWL_ROLES.alternate));

  const { db } = portal.database;
  await sql`create schema crawl`.execute(db);
  await sql`create table crawl.writes (table_name text, operation text, columns text[])`.execute(db);
  // For an update, the columns whose value changed, so an allowed update of one column stays told apart.
  await sql`
    create function crawl.log_write() returns trigger language plpgsql as $$
    declare changed text[];
    begin
      if tg_op = 'UPDATE' then
        select array_agg(key order by key) into changed from jsonb_each(to_jsonb(new)) as n(key, value)
        where value is distinct from to_jsonb(old) -> key;
      end if;
      insert into crawl.writes values (tg_table_schema || '.' || tg_table_name, tg_op, changed);
      return null;
    end $$`.execute(db);
  const { rows: tables } = await sql<{ schemaname: string; tablename: string }>`
    select schemaname, tablename from pg_tables where schemaname in ('public', 'graphile_worker')`.execute(db);
  for (const { schemaname, tablename } of tables)
    await sql`create trigger crawl_write after insert or update or delete on ${sql.id(schemaname, tablename)}
      for each row execute function crawl.log_write()`.execute(db);
  await takeWrites();

  for (const role of roles) {
    const found = await crawl(portal, routes, role, {
      starts,
      concurrency: 1,
      async afterEach(visit) {
        for (const write of await takeWrites()) {
          const told = `${write.operation} ${write.table_name} (${write.columns?.join(", ")})`;
          if (allowed(write)) exceptionsSeen.set(told, (exceptionsSeen.get(told) ?? 0) + 1);
          else
            offenders.push(
              `GET ${visit.url} as ${role.name}: ${write.operation} ${write.table_name}` +
                (write.columns ? ` (${write.columns.join(", ")})` : ""),
            );
        }
      },
    });
    visits.push(...found);
  }
  console.log(`read ${visits.length} pages as ${roles.length} roles in ${Date.now() - started} ms`);
  console.log("allowed writes seen:", Object.fromEntries(exceptionsSeen));
}, 180_000);
afterAll(() => portal?.stop());

describe("reading", () => {
  it("reaches every route of the manifest as some role", () => {
    expect(unreachedRoutes(routes, visits, portal.baseUrl)).toEqual([]);
  });

  it("never inserts, updates or deletes a row, but for the named exceptions", () => {
    expect([...new Set(offenders)]).toEqual([]);
  });

  it("is watched: a form that saves is seen writing", async () => {
    const korea = roles.find((role) => role.email === CRAWL_ROLES.drafter.email)!;
    const profile = await request(portal, korea, "POST", "/profile", [
      ["name", "Lee Seo-yeon"],
      ["title", "Director"],
      ["ministry", "Ministry of Foreign Affairs"],
      ["timeZone", "Asia/Seoul"],
      ["locale", "en"],
    ]);
    expect(profile.status).toBeLessThan(400);
    expect((await takeWrites()).map((write) => `${write.operation} ${write.table_name}`)).toContain(
      "UPDATE public.people",
    );
  });
});
