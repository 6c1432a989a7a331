// Configuration, read from the environment once and validated. See .env.example.
import { z } from "zod";

const postgresUrl = z.string().regex(/^postgres(ql)?:\/\/.+/, "must be a postgres:// connection string");

export const configSchema = z
  .object({
    /**
     * What the portal is: `local` (the dev outbox, clock, email previews and demo accounts exist) or
     * `production`. Unset, it is local unless an email key is set. Not NODE_ENV, which only picks
     * React's and Remix's build.
     */
    PORTAL_MODE: z.enum(["local", "production"]).optional(),
    DATABASE_URL: postgresUrl.optional(),
    AUTH_SECRET: z.string().min(32, "must be at least 32 characters (try: openssl rand -base64 33)").optional(),
    /** Unset, http://localhost:$PORT. */
    APP_URL: z.url("must be a full URL such as http://localhost:3000").optional(),
    EMAIL_FROM: z.string().min(3).default("R2P Focal Points <portal@example.org>"),
    RESEND_API_KEY: z.string().min(1).optional(),
    /** Signs Resend's webhooks (bounces, complaints): `whsec_…` from Resend's webhook page. Unset: refused. */
    RESEND_WEBHOOK_SECRET: z
      .string()
      .regex(/^whsec_[A-Za-z0-9+/=]+$/, "must be the whsec_… secret Resend shows")
      .optional(),
    PORT: z.coerce.number("must be a port number").int().min(1).max(65535).default(3000),
    EMBEDDED_PG_PORT: z.coerce.number("must be a port number").int().min(1).max(65535).default(54329),
    DATA_DIR: z.string().min(1).default(".data"),
    /** Server-Timing headers and the /dev/floor page, for `npm run bench`; on in local mode by default. */
    SERVER_TIMING: z.enum(["on", "off"]).optional(),
    /** Run the job worker inside the web server (`npm start`); turn off when `npm run worker` runs apart. */
    WORKER: z.enum(["on", "off"]).default("on"),
    /** Jobs one worker process runs at a time. */
    WORKER_CONCURRENCY: z.coerce.number("must be a number").int().min(1).max(50).default(5),
    /**
     * Production only, read on the first start (an empty database): the secretariat account that
     * signs in first and invites everyone else. Local mode seeds demo accounts instead.
     */
    FIRST_SECRETARIAT_EMAIL: z.email("must be an email address").optional(),
    FIRST_SECRETARIAT_NAME: z.string().trim().min(1).max(200).default("Secretariat"),
    /** How often each worker process says it is alive; one silent for four beats has its jobs released. */
    WORKER_HEARTBEAT_SECONDS: z.coerce.number("must be a number of seconds").int().min(1).max(600).default(15),
    /** The largest file the document library takes, in bytes (20 MB by default). */
    LIBRARY_MAX_BYTES: z.coerce
      .number("must be a number of bytes")
      .int()
      .min(1024)
      .max(1_000_000_000)
      .default(20_000_000),
    /** Set all four to keep library files in an S3-compatible store instead of Postgres. */
    S3_BUCKET: z.string().min(1).optional(),
    S3_ENDPOINT: z.url("must be a full URL such as https://s3.eu-west-1.amazonaws.com").optional(),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    S3_REGION: z.string().min(1).default("us-east-1"),
  })
  .transform((config) => ({
    ...config,
    PORTAL_MODE: config.PORTAL_MODE ?? (config.RESEND_API_KEY ? ("production" as const) : ("local" as const)),
    APP_URL: config.APP_URL ?? `http://localhost:${config.PORT}`,
  }))
  .superRefine((config, ctx) => {
    const s3 = ["S3_BUCKET", "S3_ENDPOINT", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;
    // Half a store configured would silently keep files in Postgres: say which setting is missing.
    if (s3.some((name) => config[name]))
      for (const name of s3)
        if (!config[name])
          ctx.addIssue({ code: "custom", path: [name], message: "is required when any S3_ setting is" });
    if (config.PORTAL_MODE === "local") {
      // Local mode shows every email at /dev/outbox: it must never be the mode that sends real ones.
      if (config.RESEND_API_KEY)
        ctx.addIssue({
          code: "custom",
          path: ["RESEND_API_KEY"],
          message: "is set but PORTAL_MODE is local (local mode keeps every email in the dev outbox)",
        });
      return;
    }
    for (const name of ["AUTH_SECRET", "RESEND_API_KEY"] as const) {
      if (!config[name]) ctx.addIssue({ code: "custom", path: [name], message: "is required in production" });
    }
  });

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {}

/** Parses the environment; the error names the first bad variable in one line. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  // An empty value in .env means "unset", as the example file shows.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const result = configSchema.safeParse(cleaned);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const name = issue.path.join(".");
  throw new ConfigError(`Configuration error: ${name} ${issue.message.replace(/^Invalid input: ?/, "")}`);
}

let cached: Config | undefined;

export function getConfig(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}

/** Local mode: the dev outbox, clock, email previews and demo accounts exist (never in production). */
export const isLocalMode = (config: Config = getConfig()) => config.PORTAL_MODE === "local";

export const serverTimingEnabled = (config: Config = getConfig()) =>
  config.SERVER_TIMING ? config.SERVER_TIMING === "on" : isLocalMode(config);
