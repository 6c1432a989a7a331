// A benchmark's standing (today's progress and its trend since it was set) depends only on its terms,
// the members in the network, the reports made on it and the date. Reports are only ever added, and
// each one moves benchmark_tallies.reports (migration 0023), so a standing is kept per benchmark and
// reused while none of those changed: most views of a busy benchmark then skip reading its reports.
import { createHash } from "node:crypto";
import type { DB } from "~/lib/db.server";
import { benchmarkStanding, type BenchmarkTerms, type MemberFact } from "./progress";

type Standing = ReturnType<typeof benchmarkStanding>;

/**
 * Per database (the tests open several in one process), per benchmark: the latest standing and what it
 * was computed from.
 */
const kept = new WeakMap<DB, Map<number, { key: string; standing: Standing }>>();

export async function standingOf(
  db: DB,
  benchmark: { id: number; terms: BenchmarkTerms; reportCount: number },
  members: MemberFact[],
  today: string,
): Promise<Standing> {
  const key = createHash("sha1")
    .update(
      JSON.stringify([
        benchmark.terms,
        benchmark.reportCount,
        today,
        members.map((member) => [member.id, member.joinedOn]),
      ]),
    )
    .digest("base64");
  let forDb = kept.get(db);
  if (!forDb) kept.set(db, (forDb = new Map()));
  const known = forDb.get(benchmark.id);
  if (known?.key === key) return known.standing;
  // Read after the count: a report counted is a report read, so what is kept is never older than its key.
  const reports = await db
    .selectFrom("benchmark_reports")
    .select(["id", "member_id as memberId", "status", "reported_on as reportedOn"])
    .where("benchmark_id", "=", benchmark.id)
    .where("reported_on", "<=", today)
    .execute();
  const standing = benchmarkStanding(benchmark.terms, members, reports, today);
  forDb.set(benchmark.id, { key, standing });
  return standing;
}
