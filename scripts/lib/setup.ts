// Every process that starts (web server or worker) brings the database up to date: migrations
// (and the job queue's own), and for the web server the seeded network on a first start. Several
// may start at once on one database (a deploy of many processes): one does it, the others wait.
import { sql } from "kysely";
import { prepareJobQueue } from "../../app/lib/jobs.server";
import { openDatabase } from "../../db/connection";
import { migrateToLatest } from "../../db/migrate";

export async function prepareDatabase(
  url: string,
  options: { seed: boolean; log: (line: string) => void },
): Promise<void> {
  // One connection, so the session-level lock is held by every statement below.
  const db = openDatabase(url, { max: 1 });
  try {
    await sql`select pg_advisory_lock(hashtext('r2p:prepare-database'))`.execute(db);
    const applied = await migrateToLatest(db);
    if (applied.length) options.log(`Applied migrations: ${applied.join(", ")}`);
    await prepareJobQueue(url);
    // Loaded only here: the seed's content is large, and a worker never seeds.
    const { needsSeed, seedAll } = options.seed ? await import("../../db/seed") : {};
    if (needsSeed && seedAll && (await needsSeed(db))) {
      const seeded = await seedAll(db);
      options.log(
        `Seeded the network: ${seeded.members} members, ${seeded.people} people, ` +
          `${seeded.activities} activities, ${seeded.benchmarks} benchmarks`,
      );
    }
  } finally {
    await db.destroy(); // ends the session, and with it the lock
  }
}
