// A benchmark's standing (today's progress and its trend since it was set) depends only on its terms,
// the members in the network, the reports made on it and the date. Reports are only ever added, and
// each one moves benchmark_tallies.reports (migration 0023), so a standing is kept under a digest of those
// (app/lib/kept.server.ts) and reused while none changed: most views of a busy benchmark skip its reports.
import type { DB } from "~/lib/db.server";
import { keptValues } from "~/lib/kept.server";
import { benchmarkStanding, type BenchmarkTerms, type MemberFact } from "./progress";

type Standing = ReturnType<typeof benchmarkStanding>;

/** Enough for every benchmark of a program at ten times today's scale, with room for their next figures. */
const kept = keptValues<Standing>(2000);

export async function standingOf(
  db: DB,
  benchmark: { id: number; terms: BenchmarkTerms; reportCount: number },
  members: MemberFact[],
  today: string,
): Promise<Standing> {
  const inputs = [
    benchmark.id,
    benchmark.terms,
    benchmark.reportCount,
    today,
    members.map((member) => [member.id, member.joinedOn]),
  ];
  return kept(db, inputs, async () => {
    const reports = await db
      .selectFrom("benchmark_reports")
      .select(["id", "member_id as memberId", "status", "reported_on as reportedOn"])
      .where("benchmark_id", "=", benchmark.id)
      .where("reported_on", "<=", today)
      .execute();
    return benchmarkStanding(benchmark.terms, members, reports, today);
  });
}
