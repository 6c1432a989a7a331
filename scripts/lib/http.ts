// The Express app in front of Remix: security headers, compression, static files, request metrics.
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import helmet from "helmet";
import onHeaders from "on-headers";
import { isLocalMode, serverTimingEnabled, type Config } from "../../app/lib/config.server";
import { queriesSoFar } from "../../db/query-count";

type BuildSource = ServerBuild | (() => Promise<ServerBuild>);

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

export function createHttpApp({ build, config }: { build: BuildSource; config: Config }) {
  const app = express();
  const production = !isLocalMode(config);
  const appOrigin = new URL(config.APP_URL).origin;
  const devOrigin = process.env.REMIX_DEV_ORIGIN;

  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");

  // Server time and SQL statements per request, read by `npm run bench` (off in production unless asked).
  if (serverTimingEnabled(config)) {
    app.use((_req, res, next) => {
      const start = performance.now();
      const queriesBefore = queriesSoFar();
      onHeaders(res, () => {
        const duration = (performance.now() - start).toFixed(2);
        res.setHeader("Server-Timing", `app;dur=${duration}, sql;desc="${queriesSoFar() - queriesBefore}"`);
      });
      next();
    });
  }

  app.use((_req, res, next) => {
    res.locals.cspNonce = randomBytes(16).toString("base64");
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", (_req, res) => `'nonce-${(res as express.Response).locals.cspNonce}'`],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", "data:"],
          fontSrc: ["'self'"],
          connectSrc: ["'self'", ...(devOrigin ? [devOrigin.replace(/^http/, "ws")] : [])],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          baseUri: ["'self'"],
          objectSrc: ["'none'"],
          ...(production ? { upgradeInsecureRequests: [] } : {}),
        },
      },
      referrerPolicy: { policy: "strict-origin-when-cross-origin" },
      strictTransportSecurity: production,
      crossOriginEmbedderPolicy: false,
    }),
  );

  if (!production) {
    // A stored email shown as a page brings a stricter policy of its own (app/dev/email-response.server.ts).
    app.use(/^\/dev\/(outbox|emails)\/[^/]+$/, (_req, res, next) => {
      res.removeHeader("Content-Security-Policy");
      next();
    });
  }

  app.use((req, res, next) => {
    if (isCrossSiteWrite(req.method, req.headers as Record<string, string>, appOrigin)) {
      res.status(403).type("text/plain").send("Cross-site request refused\n");
      return;
    }
    next();
  });

  app.use(compression());
  app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
  app.use(express.static("public", { maxAge: "1h", index: false }));

  app.all(
    "*",
    createRequestHandler({
      build,
      mode: process.env.NODE_ENV === "development" ? "development" : "production",
      getLoadContext: (req, res) => ({
        cspNonce: res.locals.cspNonce as string,
        memo: new Map(),
        clientIp: req.ip ?? "unknown",
      }),
    }),
  );
  return app;
}
