// The one source of "now", so tests can move time. In local mode only: CLOCK_NOW pins it at
// start-up, and moveClockTo() (the /dev/clock page) moves a running portal and its in-process
// worker forward. Both share the offset through globalThis, as the server entry and the Remix
// build load this module separately. In production neither has any effect.
import { isLocalMode } from "./config.server";
import { isoDateIn } from "./format";

const key = Symbol.for("r2p.clock.offset");
const globals = globalThis as unknown as Record<symbol, number | undefined>;

const adjustable = () => isLocalMode();

export function now(): Date {
  if (!adjustable()) return new Date();
  const pinned = process.env.CLOCK_NOW;
  const base = pinned ? new Date(pinned).getTime() : Date.now();
  return new Date(base + (globals[key] ?? 0));
}

/** Development and tests: make now() read `to` from this moment on (time keeps running). */
export function moveClockTo(to: Date): void {
  if (!adjustable()) throw new Error("The clock cannot be moved in production");
  globals[key] = 0;
  globals[key] = to.getTime() - now().getTime();
}

/** Today's calendar date, 'YYYY-MM-DD', in a time zone (UTC by default). */
export function today(timeZone = "UTC"): string {
  return isoDateIn(now(), timeZone);
}
