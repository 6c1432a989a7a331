// npm run bench: server time and SQL statements per page at ten times today's scale,
// side by side with a bare floor page of the same server in the same run.
import { randomUUID } from "node:crypto";
import { sql } from "kysely";
import { openDatabase } from "../db/connection";
import { migrateToLatest } from "../db/migrate";
import { seedAll } from "../db/seed";
import { prepareEnvironment } from "./lib/environment";
import { freePort } from "./lib/ports";
import {
  seedInquiryScale,
  seedChannelScale,
  seedLibraryScale,
  seedManualScale,
  seedScale,
  seedScaleCalendar,
  seedStatementScale,
  seedTranslationScale,
} from "./seed-scale";
import { seedGroupScale } from "./seed-scale-groups";
import { benchReminders } from "./lib/bench-reminders";
import { spawnPortal } from "./lib/spawn-portal";

const BENCH_DATABASE = "r2p_bench";
const WARMUP = 20;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);

interface Page {
  name: string;
  path: string;
  /** Who asks: a focal point unless said otherwise; an anonymous visitor (the public site) sends no session cookie. */
  as?: "anonymous" | "secretariat";
}

// Every page is requested as a signed-in focal point, so each pays for the session lookup; the public
// site as an anonymous visitor, and the secretariat's own pages (and what it sees of shared ones) as the
// secretariat.
const PAGES: Page[] = [
  { name: "floor", path: "/dev/floor" },
  { name: "dashboard", path: "/" },
  { name: "program of work", path: "/work" },
  { name: "work, filtered", path: "/work?category=national&member=ghana" },
  { name: "all benchmarks", path: "/work/benchmarks" },
  { name: "member directory", path: "/members" },
  { name: "directory search", path: "/members?q=korea" },
  { name: "directory, a person", path: "/members?q=Lefevre" },
  { name: "member page", path: "/members/republic-of-korea" },
  { name: "contact list (CSV)", path: "/members/contacts.csv" },
  { name: "contact list (vCard)", path: "/members/contacts.vcf" },
  { name: "search, a person", path: "/search?q=Kagiso" },
  { name: "manual contents", path: "/manual" },
  { name: "manual chapter", path: "/manual/tools" },
  { name: "manual section", path: "/manual/tools/framework-of-analysis" },
  { name: "section, highlighted", path: "/manual/tools/kigali-principles?highlight=kigali+principles" },
  { name: "section history", path: "/manual/tools/framework-of-analysis/history" },
  { name: "chapter print view", path: "/manual/tools/print" },
  { name: "best practices", path: "/manual/best-practices" },
  { name: "search", path: "/search?q=early+warning" },
  { name: "search, phrase", path: "/search?q=%22Framework+of+Analysis%22+-peacekeeping" },
  { name: "search, misspelt", path: "/search?q=Framwork+of+Analisys" },
  { name: "search, one kind", path: "/search?q=training&kind=section&page=2" },
  { name: "search, French", path: "/search?q=pr%C3%A9vention+des+atrocit%C3%A9s" },
  { name: "search, Spanish unaccented", path: "/search?q=prevencion" },
  { name: "calendar", path: "/calendar" },
  { name: "calendar agenda", path: "/calendar?view=agenda" },
  { name: "Global Call page", path: "/calendar/1" },
  { name: "ask the secretariat", path: "/ask" },
  { name: "library", path: "/library" },
  { name: "library, filtered", path: "/library?language=fr&kind=manual_section" },
  { name: "annual meetings", path: "/annual-meetings" },
  { name: "report to the meeting", path: "/work/report" },
  { name: "welcome", path: "/profile?welcome=1" },
  // The sixth meeting (seeded first): eleven recommendations linked to the program of work, and its files.
  { name: "annual meeting", path: "/annual-meetings/1" },
  { name: "public home", path: "/about", as: "anonymous" },
  { name: "public members", path: "/about/members", as: "anonymous" },
  { name: "public statements", path: "/about/statements", as: "anonymous" },
  { name: "public events", path: "/about/events", as: "anonymous" },
  // The secretariat sees every library file (1,300 at 10x) and every member's reports in the report.
  { name: "onboarding overview", path: "/onboarding", as: "secretariat" },
  { name: "library, secretariat", path: "/library", as: "secretariat" },
  { name: "report, secretariat", path: "/work/report", as: "secretariat" },
  { name: "record a meeting", path: "/annual-meetings/new", as: "secretariat" },
  { name: "edit a meeting", path: "/annual-meetings/1/edit", as: "secretariat" },
  { name: "inquiries", path: "/inquiries", as: "secretariat" },
];

/** The session cookies pages are asked with: none for an anonymous visitor. */
type Cookies = Record<"focalPoint" | "secretariat", string>;

/** A database session for a seeded person, as Auth.js would have created it. */
async function benchSession(db: ReturnType<typeof openDatabase>, email: string): Promise<string> {
  const person = await db
    .selectFrom("people")
    .innerJoin("User", "User.id", "people.user_id")
    .select("people.user_id")
    .where("User.email", "=", email)
    .executeTakeFirstOrThrow();
  const sessionToken = randomUUID();
  await db
    .insertInto("Session")
    .values({ sessionToken, userId: person.user_id, expires: new Date(Date.now() + 86_400_000) })
    .execute();
  return `authjs.session-token=${sessionToken}`;
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)]!;
}

async function sample(
  baseUrl: string,
  page: Page,
  cookies: Cookies,
): Promise<{ duration: number; queries: number; kilobytes: number }> {
  const cookie = page.as === "anonymous" ? undefined : cookies[page.as ?? "focalPoint"];
  const headers: Record<string, string> = { "Accept-Language": "en", ...(cookie ? { Cookie: cookie } : {}) };
  const response = await fetch(baseUrl + page.path, { headers });
  const body = await response.arrayBuffer();
  if (response.status !== 200) throw new Error(`${page.path} answered ${response.status}`);
  const timing = response.headers.get("server-timing") ?? "";
  return {
    duration: Number(/app;dur=([\d.]+)/.exec(timing)?.[1]),
    queries: Number(/sql;desc="(\d+)"/.exec(timing)?.[1]),
    kilobytes: body.byteLength / 1024,
  };
}

/** Pages are requested in turn, round after round, so a slow moment of the machine hits them all alike. */
async function measure(baseUrl: string, pages: Page[], cookies: Cookies) {
  const times = pages.map(() => [] as number[]);
  const queries = pages.map(() => 0);
  const kilobytes = pages.map(() => 0);
  for (let round = 0; round < WARMUP + SAMPLES; round++) {
    for (const [index, page] of pages.entries()) {
      const result = await sample(baseUrl, page, cookies);
      if (round < WARMUP) continue;
      times[index]!.push(result.duration);
      queries[index] = Math.max(queries[index]!, result.queries);
      kilobytes[index] = result.kilobytes;
    }
  }
  return pages.map((page, index) => {
    const sorted = times[index]!.sort((a, b) => a - b);
    return {
      page,
      median: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      queries: queries[index]!,
      kilobytes: kilobytes[index]!,
    };
  });
}

const { config, cluster } = await prepareEnvironment((line) => console.log(`[bench] ${line}`));
const serverUrl = new URL(config.DATABASE_URL!);
const adminUrl = Object.assign(new URL(serverUrl), { pathname: "/postgres" }).toString();
const benchUrl = Object.assign(new URL(serverUrl), { pathname: `/${BENCH_DATABASE}` }).toString();

const admin = openDatabase(adminUrl, { max: 1 });
await sql`drop database if exists ${sql.id(BENCH_DATABASE)} with (force)`.execute(admin);
await sql`create database ${sql.id(BENCH_DATABASE)}`.execute(admin);

const db = openDatabase(benchUrl, { max: 2 });
await migrateToLatest(db);
await seedAll(db);
const seedStart = Date.now();
const scaled = await seedScale(db, 10);
console.log(
  `[bench] Network at 10x: +${scaled.members} members, +${scaled.people} people, ` +
    `+${scaled.reports} benchmark reports (${Date.now() - seedStart} ms)`,
);
const statements = await seedStatementScale(db, 1000);
console.log(
  `[bench] Statements: +${statements.statements}, the longest with 60 paragraphs in 3 languages, ` +
    `${statements.amendments} amendments and ${statements.versions} versions`,
);
// The benchmark page is measured on the benchmark with the most reports: the page's work grows with them.
const busiest = await db
  .selectFrom("benchmark_reports")
  .select(["benchmark_id", (eb) => eb.fn.countAll<string>().as("reports")])
  .groupBy("benchmark_id")
  .orderBy("reports", "desc")
  .orderBy("benchmark_id")
  .executeTakeFirstOrThrow();
console.log(`[bench] Busiest benchmark: #${busiest.benchmark_id}, ${busiest.reports} reports`);
PAGES.push(
  { name: "benchmark page", path: `/work/benchmarks/${busiest.benchmark_id}` },
  { name: "statements", path: "/statements" },
  { name: "statement page", path: `/statements/${statements.statementId}` },
  { name: "statement in Spanish", path: `/statements/${statements.statementId}?language=es` },
  { name: "statement languages", path: `/statements/${statements.statementId}/languages?language=fr` },
  { name: "paragraph page", path: `/statements/${statements.statementId}/paragraphs/${statements.paragraphId}` },
  { name: "statement history", path: `/statements/${statements.statementId}/history` },
);
const groupScale = await seedGroupScale(db);
console.log(
  `[bench] Situation groups: +${groupScale.groups}, ${groupScale.updates} updates, ${groupScale.replies} replies`,
);
PAGES.push(
  { name: "situation groups", path: "/groups" },
  { name: "group page", path: `/groups/${groupScale.groupId}` },
);
const manualStart = Date.now();
console.log(`[bench] Manual at 10x: +${await seedManualScale(db, 2000)} sections (${Date.now() - manualStart} ms)`);
const calendarScaled = await seedScaleCalendar(db, 10);
console.log(`[bench] Calendar at 10x: +${calendarScaled.events} events`);
console.log(`[bench] Translations of the copies: +${await seedTranslationScale(db)}`);
console.log(`[bench] Inquiries: +${await seedInquiryScale(db, 2000)}`);
console.log(`[bench] Library files: +${await seedLibraryScale(db, 1000)}`);
const channels = await seedChannelScale(db);
console.log(`[bench] Discussions: ${channels.posts} posts in ${channels.threads} threads`);
PAGES.push(
  { name: "announcements", path: "/announcements" },
  { name: "discussions", path: "/discussions" },
  { name: "discussion thread", path: `/discussions/${channels.threadId}` },
);
// What autovacuum would do soon after a bulk load: gather statistics, clear dead rows, mark pages all-visible.
await sql`vacuum analyze`.execute(db);
// The Republic of Korea's focal point, and a member of the secretariat.
const cookies: Cookies = {
  focalPoint: await benchSession(db, "seoyeon.lee@mofa-korea.example.org"),
  secretariat: await benchSession(db, "daniel.mwangi@secretariat.example.org"),
};
await db.destroy();

const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
// BENCH_PROFILE=<dir> writes a CPU profile of the server (open it in Chrome's DevTools).
const portal = await spawnPortal(
  // Production mode, with Server-Timing turned on; no email is sent.
  {
    PORTAL_MODE: "production",
    SERVER_TIMING: "on",
    AUTH_SECRET: "bench-secret-that-is-long-enough-0123456789",
    RESEND_API_KEY: "re_bench_never_used",
    WORKER: "off", // reminders are measured below with their own worker, delivering to the outbox
    DATABASE_URL: benchUrl,
    PORT: String(port),
    APP_URL: baseUrl,
  },
  { nodeArgs: process.env.BENCH_PROFILE ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [] },
);

try {
  // BENCH_ONLY=/work,/members,"benchmark page" measures only those pages (by path or name) (the floor is always
  // measured).
  const only = process.env.BENCH_ONLY?.split(",");
  const pages = only
    ? PAGES.filter((page) => page.name === "floor" || only.includes(page.path) || only.includes(page.name))
    : PAGES;
  const results = await measure(baseUrl, pages, cookies);
  const floor = results[0]!;
  console.log(`\nServer time over ${SAMPLES} sequential requests per page (after ${WARMUP} warm-up requests)\n`);
  console.log("page               path           median ms   p95 ms   x floor   SQL/page   HTML kB");
  for (const row of results) {
    console.log(
      [
        row.page.name.padEnd(18),
        row.page.path.padEnd(14),
        row.median.toFixed(2).padStart(9),
        row.p95.toFixed(2).padStart(8),
        (row.median / floor.median).toFixed(2).padStart(9),
        String(row.queries).padStart(10),
        row.kilobytes.toFixed(0).padStart(9),
      ].join(" "),
    );
  }
  if (!only) await benchReminders(benchUrl, 1000);
} finally {
  await portal.stop();
  // BENCH_KEEP=1 leaves the database in place, to look at query plans afterwards.
  if (!process.env.BENCH_KEEP) await sql`drop database if exists ${sql.id(BENCH_DATABASE)} with (force)`.execute(admin);
  await admin.destroy();
  await cluster?.stop();
}
