// What the Express layer decides before a request reaches Remix: which address it was sent to and
// from, and how big it may be. Each guard is a plain function (unit-tested) plus its middleware.
import type express from "express";
import { isLocalMode } from "../../app/lib/config.server";
import { isLoopbackHost } from "../../app/lib/portal-address.server";
import { refusedPage } from "./refused-page";

/**
 * In local mode, a page asked for on another spelling of this machine (127.0.0.1 or [::1] for
 * localhost) on the same port: where to send the browser so its forms are same-origin. Null otherwise,
 * and always for /healthz, which probes ask for by IP address.
 */
export function loopbackRedirect(method: string, host: string | undefined, url: string, appUrl: URL): string | null {
  if (method !== "GET" && method !== "HEAD") return null;
  if (!host || !url.startsWith("/") || /^\/healthz(\?|$)/.test(url)) return null;
  let requested: URL;
  try {
    requested = new URL(`http://${host}`);
  } catch {
    return null;
  }
  const appHost = appUrl.hostname;
  if (!isLoopbackHost(appHost) || !isLoopbackHost(requested.hostname)) return null;
  const appPort = appUrl.port || (appUrl.protocol === "https:" ? "443" : "80");
  if (requested.hostname === appHost || (requested.port || "80") !== appPort) return null;
  return appUrl.origin + url;
}

/**
 * A cross-site POST (or any other state-changing method) is refused before it reaches an action.
 * Remix would answer a foreign Origin with a 500; the portal answers 403.
 */
export function isCrossSiteWrite(
  method: string,
  headers: { origin?: string; "sec-fetch-site"?: string },
  appOrigin: string,
): boolean {
  if (method === "GET" || method === "HEAD" || method === "OPTIONS") return false;
  if (headers["sec-fetch-site"] === "cross-site") return true;
  const origin = headers.origin;
  if (origin === undefined) return false; // non-browser clients send no Origin; SameSite cookies still apply
  return origin !== appOrigin;
}

/**
 * RFC 8058 one-click unsubscribe: mail clients POST to the link from their own origin (a webmail's, or
 * "null"). The signed token in the path is the authorization, so these alone pass whatever their Origin.
 */
export function isOneClickUnsubscribe(method: string, path: string): boolean {
  return method === "POST" && /^\/unsubscribe\/[^/]+$/.test(path);
}

export function originGuards(appUrl: string): express.RequestHandler {
  const app = new URL(appUrl);
  return (req, res, next) => {
    if (isLocalMode()) {
      const target = loopbackRedirect(req.method, req.headers.host, req.originalUrl, app);
      if (target) return res.redirect(302, target);
    }
    if (isOneClickUnsubscribe(req.method, req.path)) {
      // Remix compares Origin with Host itself (and answers a 500): the token has already decided.
      delete req.headers.origin;
      return next();
    }
    if (isCrossSiteWrite(req.method, req.headers as Record<string, string>, app.origin)) {
      return void refusedPage(req, res, { kind: "origin", appUrl: app.origin, localMode: isLocalMode() }).catch(next);
    }
    next();
  };
}

/** How long a refused body's sender may go on sending (what it sends is dropped). */
const DRAIN_SECONDS = 5;

/**
 * Request bodies are read here, up to `maxBytes`, before Remix sees them: a declared length above it
 * is refused without reading a byte, a streamed (chunked) body as soon as it passes it. What was read
 * is handed to Remix as the body (`remixBody`), so an action's formData() never holds more than that.
 */
export function bodyLimit(maxBytes: number): express.RequestHandler {
  return (req, res, next) => {
    if (req.method === "GET" || req.method === "HEAD") return next();
    const tooLarge = () => {
      refusedPage(req, res, { kind: "tooLarge", maxBytes }).catch(next);
      // The rest is read and dropped, not kept: closing with unread bytes would reset the connection,
      // and the client could lose the answer. A sender still going after a few seconds is cut off.
      req.resume();
      const cutOff = setTimeout(() => req.socket.destroy(), DRAIN_SECONDS * 1000);
      req.once("end", () => clearTimeout(cutOff));
      req.once("close", () => clearTimeout(cutOff));
    };
    if (Number(req.headers["content-length"]) > maxBytes) return tooLarge();
    const chunks: Buffer[] = [];
    let received = 0;
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received <= maxBytes) return void chunks.push(chunk);
      req.off("data", onData);
      req.off("end", onEnd);
      tooLarge();
    };
    const onEnd = () => {
      res.locals.remixBody = new Uint8Array(Buffer.concat(chunks));
      next();
    };
    req.on("data", onData);
    req.on("end", onEnd);
    req.once("error", next);
  };
}
