// Every process that starts (web server or worker) brings the database up to date: migrations
// (and the job queue's own), and for the web server the seeded network on a first start. Several
// may start at once on one database (a deploy of many processes): one does it, the others wait.
import { sql } from "kysely";
import { ConfigError } from "../../app/lib/config.server";
import { prepareJobQueue } from "../../app/lib/jobs.server";
import { openDatabase } from "../../db/connection";
import { migrateToLatest } from "../../db/migrate";

/**
 * What an empty database gets: the demo network (local mode), a production network's first start
 * (members, the manual and the first secretariat account, named by FIRST_SECRETARIAT_EMAIL), or
 * nothing (a worker).
 */
export type FirstStart = "demo" | { secretariat: { email: string; name: string } | null } | false;

export async function prepareDatabase(
  url: string,
  options: { seed: FirstStart; log: (line: string) => void },
): Promise<void> {
  // One connection, so the session-level lock is held by every statement below.
  const db = openDatabase(url, { max: 1 });
  try {
    await sql`select pg_advisory_lock(hashtext('r2p:prepare-database'))`.execute(db);
    const applied = await migrateToLatest(db);
    if (applied.length) options.log(`Applied migrations: ${applied.join(", ")}`);
    await prepareJobQueue(url);
    if (options.seed === false) return;
    // Loaded only here: the seed's content is large, and a worker never seeds.
    const { needsSeed, seedAll, seedFirstStart } = await import("../../db/seed");
    if (!(await needsSeed(db))) return;
    if (options.seed === "demo") {
      const seeded = await seedAll(db);
      options.log(
        `Seeded the network: ${seeded.members} members, ${seeded.people} people, ` +
          `${seeded.activities} activities, ${seeded.benchmarks} benchmarks`,
      );
    } else {
      const { secretariat } = options.seed;
      if (!secretariat)
        throw new ConfigError(
          "Configuration error: FIRST_SECRETARIAT_EMAIL is required on a production portal's first start " +
            "(an empty database): the secretariat account that signs in first and invites everyone else",
        );
      const seeded = await seedFirstStart(db, secretariat);
      options.log(
        `First start: ${seeded.members} members, the manual (${seeded.sections} sections) ` +
          `and the secretariat account ${secretariat.email}`,
      );
    }
  } finally {
    await db.destroy(); // ends the session, and with it the lock
  }
}
