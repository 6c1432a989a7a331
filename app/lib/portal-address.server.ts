// The address the portal is opened at, against the one APP_URL names: forms (and passkeys) work only
// on that one, so a person running the portal on another is told what to start it with.
import { getConfig } from "./config.server";

const LOOPBACK_HOST = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])$/i;

/** The names one machine answers to itself. */
export const isLoopbackHost = (hostname: string) => LOOPBACK_HOST.test(hostname);

/**
 * What to start the portal with for it to be at `opened` (an origin a person opened it at):
 * a loopback address as localhost, the one spelling passkeys accept.
 */
export function startCommandFor(opened: string): string | null {
  let url: URL;
  try {
    url = new URL(opened);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (isLoopbackHost(url.hostname)) url.hostname = "localhost";
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  return `APP_URL=${url.origin} PORT=${port} npm start`;
}

/** When a page was asked for at another address than APP_URL's: both, and the command that fixes it. */
export function openedElsewhere(request: Request) {
  const opened = new URL(request.url).origin;
  const configured = new URL(getConfig().APP_URL).origin;
  return opened === configured ? null : { opened, configured, start: startCommandFor(opened) };
}
