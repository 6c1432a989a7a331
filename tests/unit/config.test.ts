import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "~/lib/config.server";

describe("configuration", () => {
  it("runs locally with no variables at all", () => {
    const config = parseConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.APP_URL).toBe("http://localhost:3000");
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it("keeps library files in Postgres unless all four S3 settings are given, and says which one is missing", () => {
    expect(parseConfig({}).LIBRARY_MAX_BYTES).toBe(20_000_000);
    expect(() => parseConfig({ S3_BUCKET: "r2p-library", S3_ENDPOINT: "https://s3.example.org" })).toThrowError(
      /^Configuration error: S3_ACCESS_KEY_ID is required when any S3_ setting is/,
    );
    const s3 = parseConfig({
      S3_BUCKET: "r2p-library",
      S3_ENDPOINT: "https://s3.example.org",
      S3_ACCESS_KEY_ID: "key",
      S3_SECRET_ACCESS_KEY: "secret",
    });
    expect(s3.S3_REGION).toBe("us-east-1");
  });

  it("names the variable that is wrong, in one line", () => {
    expect(() => parseConfig({ PORT: "eighty" })).toThrowError(ConfigError);
    expect(() => parseConfig({ PORT: "eighty" })).toThrowError(/^Configuration error: PORT /);
    expect(() => parseConfig({ DATABASE_URL: "mysql://x" })).toThrowError(
      "Configuration error: DATABASE_URL must be a postgres:// connection string",
    );
    expect(() => parseConfig({ APP_URL: "not a url" })).toThrowError(/APP_URL/);
    expect(() => parseConfig({ AUTH_SECRET: "short" })).toThrowError(/AUTH_SECRET must be at least 32/);
  });

  it("refuses production without a secret and an email key", () => {
    expect(() => parseConfig({ PORTAL_MODE: "production", RESEND_API_KEY: "re_x" })).toThrowError(
      "Configuration error: AUTH_SECRET is required in production",
    );
    expect(() => parseConfig({ PORTAL_MODE: "production", AUTH_SECRET: "x".repeat(40) })).toThrowError(
      "Configuration error: RESEND_API_KEY is required in production",
    );
  });

  it("takes its mode from PORTAL_MODE, not NODE_ENV: local only while no email key is set", () => {
    const secret = "x".repeat(40);
    expect(parseConfig({}).PORTAL_MODE).toBe("local");
    expect(parseConfig({ NODE_ENV: "production" }).PORTAL_MODE).toBe("local");
    // A deployment that sets its keys but forgets any mode variable is in production.
    expect(parseConfig({ AUTH_SECRET: secret, RESEND_API_KEY: "re_x" }).PORTAL_MODE).toBe("production");
    expect(parseConfig({ NODE_ENV: "development", AUTH_SECRET: secret, RESEND_API_KEY: "re_x" }).PORTAL_MODE).toBe(
      "production",
    );
    expect(() => parseConfig({ PORTAL_MODE: "local", AUTH_SECRET: secret, RESEND_API_KEY: "re_x" })).toThrowError(
      /^Configuration error: RESEND_API_KEY is set but PORTAL_MODE is local \(local mode keeps every email/,
    );
    expect(() => parseConfig({ PORTAL_MODE: "staging" })).toThrowError(/^Configuration error: PORTAL_MODE /);
  });

  it("has the dev tools and timing in local mode only, unless timing is asked for", async () => {
    const { isLocalMode, serverTimingEnabled } = await import("~/lib/config.server");
    const production = parseConfig({ AUTH_SECRET: "x".repeat(40), RESEND_API_KEY: "re_x" });
    expect([isLocalMode(parseConfig({})), serverTimingEnabled(parseConfig({}))]).toEqual([true, true]);
    expect([isLocalMode(production), serverTimingEnabled(production)]).toEqual([false, false]);
    expect(serverTimingEnabled({ ...production, SERVER_TIMING: "on" })).toBe(true);
  });

  it("serves its own address on the port it is given unless APP_URL says otherwise", () => {
    expect(parseConfig({ PORT: "4100" }).APP_URL).toBe("http://localhost:4100");
    expect(parseConfig({ PORT: "4100", APP_URL: "https://portal.example.org" }).APP_URL).toBe(
      "https://portal.example.org",
    );
  });

  it("treats an empty value in .env as unset", () => {
    expect(parseConfig({ DATABASE_URL: "", PORT: "" }).PORT).toBe(3000);
  });
});
