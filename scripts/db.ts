// npm run db:migrate | db:seed | db:reset
import { sql } from "kysely";
import { openDatabase } from "../db/connection";
import { migrateToLatest } from "../db/migrate";
import { seedAll } from "../db/seed";
import { prepareEnvironment } from "./lib/environment";
import { prepareJobQueue } from "../app/lib/jobs.server";

const command = process.argv[2];
if (!["migrate", "seed", "reset"].includes(command ?? "")) {
  console.error("Usage: tsx scripts/db.ts migrate|seed|reset");
  process.exit(2);
}

const { config, cluster } = await prepareEnvironment();
const db = openDatabase(config.DATABASE_URL!, { max: 2 });
try {
  if (command === "reset") {
    await sql`drop schema if exists public cascade`.execute(db);
    await sql`drop schema if exists graphile_worker cascade`.execute(db);
    await sql`create schema public`.execute(db);
    console.log("Dropped every table");
  }
  const applied = await migrateToLatest(db);
  await prepareJobQueue(config.DATABASE_URL!);
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "Database schema is up to date");
  if (command !== "migrate") {
    const seeded = await seedAll(db);
    console.log(
      `Seeded ${seeded.members} members, ${seeded.people} people, ${seeded.activities} activities, ` +
        `${seeded.benchmarks} benchmarks, ${seeded.reports} reports (existing rows kept)`,
    );
  }
} finally {
  await db.destroy();
  await cluster?.stop();
}
