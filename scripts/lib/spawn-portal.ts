// Starts the portal's server entry as a child process and waits until it listens.
// Used by the end-to-end tests and the benchmark.
import { spawn, type ChildProcess } from "node:child_process";

export interface RunningPortal {
  /** Everything it printed, stdout and stderr together. */
  output(): string;
  /** What it printed to stderr alone. */
  errors(): string;
  child: ChildProcess;
  /** SIGTERM, and its exit code once it has exited. */
  stop(): Promise<number | null>;
}

export async function spawnPortal(
  /** Added to this process's environment; an undefined value removes a variable. */
  env: Record<string, string | undefined>,
  options: { timeoutMs?: number; nodeArgs?: string[]; script?: string; ready?: string; detached?: boolean } = {},
): Promise<RunningPortal> {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const ready = options.ready ?? "Ready at";
  let output = "";
  let errors = "";
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), "--import", "tsx", options.script ?? "scripts/server.ts"],
    { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"], detached: options.detached },
  );
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => {
    output += chunk;
    errors += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));

  const deadline = Date.now() + timeoutMs;
  while (!output.includes(ready)) {
    if (child.exitCode !== null) throw new Error(`The portal exited during start-up:\n${output}`);
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`The portal did not start in ${timeoutMs / 1000} s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    output: () => output,
    errors: () => errors,
    child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}
