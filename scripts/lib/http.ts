// The Express app in front of Remix: security headers, compression, static files, request metrics.
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { createRemixRequest, sendRemixResponse } from "@remix-run/express/dist/server.js";
import { createRequestHandler, type AppLoadContext, type ServerBuild } from "@remix-run/node";
import compression from "compression";
import express, { type NextFunction, type Request, type Response } from "express";
import helmet from "helmet";
import onHeaders from "on-headers";
import { isLocalMode, serverTimingEnabled, type Config } from "../../app/lib/config.server";
import { IMPORT_MAX_BYTES, IMPORT_PATH } from "../../app/statements/import-limit";
import { queriesSoFar } from "../../db/query-count";
import { bodyLimit, originGuards } from "./request-guards";

type BuildSource = ServerBuild | (() => Promise<ServerBuild>);

/** The most a form may send (file uploads, when they come, get their own limit on their own routes). */
const MAX_FORM_BYTES = 1024 * 1024;
/**
 * Forms that carry a file, with the most they may send: the file's own limit (the route reads it and
 * answers a file over it next to its field) and room for the form's text fields.
 */
const uploadLimits = (config: Config): { path: RegExp; maxBytes: number }[] => [
  { path: IMPORT_PATH, maxBytes: IMPORT_MAX_BYTES + FIELDS_ROOM },
  { path: /^\/library\/upload\/?$/, maxBytes: config.LIBRARY_MAX_BYTES + FIELDS_ROOM },
];
/** What a file form's text fields may add to its file. */
const FIELDS_ROOM = 256 * 1024;

/**
 * Remix's Express adapter, but with the body `bodyLimit` already read (and capped), instead of the
 * request stream itself.
 */
function remixHandler(
  build: BuildSource,
  mode: string,
  getLoadContext: (req: express.Request, res: express.Response) => AppLoadContext,
): express.RequestHandler {
  const handleRequest = createRequestHandler(build, mode);
  return async (req, res, next) => {
    try {
      const streamed = createRemixRequest(req, res);
      const body = res.locals.remixBody as Uint8Array<ArrayBuffer> | undefined;
      const request = body ? new Request(streamed, { body }) : streamed;
      const context = getLoadContext(req, res);
      const response = await handleRequest(request, context);
      for (const cookie of context.setCookies) response.headers.append("Set-Cookie", cookie);
      await sendRemixResponse(res, response);
    } catch (error) {
      next(error);
    }
  };
}

/**
 * An address with a NUL byte (`%00`) in its path or query names nothing the portal serves, and
 * Postgres refuses the character in any text: refused here once, for every route, with a 400.
 */
function hasNulByte(url: string): boolean {
  return url.includes("%00");
}

export function createHttpApp({ build, config }: { build: BuildSource; config: Config }) {
  const app = express();
  const production = !isLocalMode(config);
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

  app.use(originGuards(config.APP_URL));
  const formLimit = bodyLimit(MAX_FORM_BYTES);
  const fileForms = uploadLimits(config).map(({ path, maxBytes }) => ({ path, limit: bodyLimit(maxBytes) }));
  app.use((req, res, next) => (fileForms.find(({ path }) => path.test(req.path))?.limit ?? formLimit)(req, res, next));

  app.use((req, res, next) => {
    if (hasNulByte(req.originalUrl)) {
      res.status(400).type("text/plain").send("Bad request: the address holds a NUL character\n");
      return;
    }
    next();
  });

  app.use(compression());
  app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
  app.use(express.static("public", { maxAge: "1h", index: false }));

  app.all(
    "*",
    remixHandler(build, process.env.NODE_ENV === "development" ? "development" : "production", (req, res) => ({
      cspNonce: res.locals.cspNonce as string,
      memo: new Map(),
      clientIp: req.ip ?? "unknown",
      setCookies: [],
    })),
  );
  // A malformed address (a broken % escape reaching the static files) is the client's error: answered
  // with its status, not logged as if the server had failed.
  app.use((error: { status?: number }, _req: Request, res: Response, next: NextFunction) => {
    const status = error?.status;
    if (typeof status !== "number" || status >= 500 || res.headersSent) return next(error);
    res.status(status).type("text/plain").send("Bad request: the address cannot be read\n");
  });
  return app;
}
