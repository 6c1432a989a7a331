// Benchmark nudges: a while before a benchmark's deadline, the focal points of members that have
// not reported on it yet are reminded, once each.
import { sql } from "kysely";
import type { DB } from "~/lib/db.server";
import { notify } from "~/notifications/delivery.server";

export const NUDGE_DAYS_BEFORE_DEADLINE = 30;

const addDays = (isoDate: string, days: number) =>
  new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Publishes a `benchmark_due` notification to every silent member's people; returns how many were told. */
export async function nudgeSilentMembers(db: DB, today: string): Promise<number> {
  const rows = await db
    .selectFrom("benchmarks as b")
    .innerJoin("members as m", (join) => join.on("m.joined_on", "<=", today))
    .innerJoin("people as p", "p.member_id", "m.id")
    .select(["b.id", "b.title", "p.id as personId"])
    .where("b.deadline", ">=", today)
    .where("b.deadline", "<=", addDays(today, NUDGE_DAYS_BEFORE_DEADLINE))
    .where("p.status", "=", "active")
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom("benchmark_latest as l")
            .select(sql`1`.as("one"))
            .whereRef("l.benchmark_id", "=", "b.id")
            .whereRef("l.member_id", "=", "m.id"),
        ),
      ),
    )
    .execute();
  const byBenchmark = new Map<number, { title: string; people: number[] }>();
  for (const row of rows) {
    const entry = byBenchmark.get(row.id) ?? { title: row.title, people: [] };
    entry.people.push(row.personId);
    byBenchmark.set(row.id, entry);
  }
  let told = 0;
  for (const [id, { title, people }] of byBenchmark) {
    // Each benchmark's notices and their emails' jobs exist together or not at all.
    const notified = await db.transaction().execute((trx) =>
      notify(trx, {
        kind: "benchmark_due",
        recipients: people,
        params: { benchmark: title },
        link: `/work/benchmarks/${id}`,
        occurrence: `benchmark-${id}:due`,
      }),
    );
    told += notified.length;
  }
  return told;
}
