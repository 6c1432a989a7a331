// Starts the portal's server entry as a child process and waits until it listens.
// Used by the end-to-end tests and the benchmark.
import { spawn } from "node:child_process";

export interface RunningPortal {
  pid: number;
  output(): string;
  stop(): Promise<void>;
}

export async function spawnPortal(
  env: Record<string, string>,
  options: { timeoutMs?: number; nodeArgs?: string[] } = {},
): Promise<RunningPortal> {
  // On a busy 2-core machine compiling the server alone took 15 to 70 s (measured while parallel suites ran).
  const timeoutMs = options.timeoutMs ?? 90_000;
  let output = "";
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), "--import", "tsx", "scripts/server.ts"], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));

  const deadline = Date.now() + timeoutMs;
  while (!output.includes("Ready at")) {
    if (child.exitCode !== null) throw new Error(`The portal exited during start-up:\n${output}`);
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`The portal did not start in ${timeoutMs / 1000} s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    pid: child.pid!,
    output: () => output,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    },
  };
}
