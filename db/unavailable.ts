// What "the database went away" looks like from either driver (pg under graphile-worker,
// postgres.js under the app), so a process can ride out an outage and still stop on a real bug.

// SQLSTATE class 08 (connection exception), and 57P01–57P03: the server shutting down or starting.
const SQLSTATES = /^(08...|57P0[123])$/;
const NODE_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "EHOSTUNREACH", "ENOTFOUND"]);
// postgres.js's own codes for a connection that closed or never opened.
const DRIVER_CODES = new Set(["CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECTION_DESTROYED", "CONNECT_TIMEOUT"]);
// pg reports a dropped connection by message only.
const MESSAGES = [
  "Connection terminated",
  "Client has encountered a connection error",
  "terminating connection due to",
  "the database system is",
];

export function isDatabaseUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string" && (SQLSTATES.test(code) || NODE_CODES.has(code) || DRIVER_CODES.has(code))) return true;
  if (MESSAGES.some((message) => error.message.includes(message))) return true;
  // An AggregateError (a connect to several addresses) or a wrapped error.
  const causes = [(error as { cause?: unknown }).cause, ...((error as { errors?: unknown[] }).errors ?? [])];
  return causes.some((cause) => cause !== undefined && isDatabaseUnavailable(cause));
}
