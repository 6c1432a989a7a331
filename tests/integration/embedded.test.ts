import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../../db/embedded";
import { freePort } from "../../scripts/lib/ports";

const dataDir = path.join(os.tmpdir(), `r2p-crash-test-${randomBytes(4).toString("hex")}`);
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe("the embedded database", () => {
  it("keeps its data across restarts and recovers from a crash that left Postgres running", async () => {
    const port = await freePort();
    // A process that starts the cluster, writes a row, then is killed without any chance to clean up.
    const script = `
      import { startEmbeddedPostgres } from "./db/embedded.ts";
      import postgres from "postgres";
      const cluster = await startEmbeddedPostgres({
        dataDir: ${JSON.stringify(dataDir)}, port: ${port}, log: () => {} });
      const sql = postgres(cluster.urlFor("postgres"), { max: 1, onnotice: () => {} });
      await sql\`create table survivors (name text)\`;
      await sql\`insert into survivors values ('Côte d''Ivoire')\`;
      await sql.end();
      console.log("written");
      setInterval(() => {}, 1000);
    `;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { stdio: "pipe" });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on("data", () => output.includes("written") && resolve());
      child.on("exit", () => reject(new Error(output)));
    });
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(true); // the orphaned server still holds the lock

    const cluster = await startEmbeddedPostgres({ dataDir, port, log: () => {} });
    const sql = postgres(cluster.urlFor("postgres"), { max: 1, onnotice: () => {} });
    try {
      const rows = await sql`select name from survivors`;
      expect(rows.map((row) => row.name)).toEqual(["Côte d'Ivoire"]);
      const [encoding] =
        await sql`select pg_encoding_to_char(encoding) as name from pg_database where datname = 'postgres'`;
      expect(encoding!.name).toBe("UTF8");
    } finally {
      await sql.end();
      await cluster.stop();
    }
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false); // a clean stop releases it
  });
});
