import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "~/lib/config.server";

describe("configuration", () => {
  it("runs locally with no variables at all", () => {
    const config = parseConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.APP_URL).toBe("http://localhost:3000");
    expect(config.DATABASE_URL).toBeUndefined();
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
    expect(() => parseConfig({ NODE_ENV: "production", RESEND_API_KEY: "re_x" })).toThrowError(
      "Configuration error: AUTH_SECRET is required in production",
    );
    expect(() => parseConfig({ NODE_ENV: "production", AUTH_SECRET: "x".repeat(40) })).toThrowError(
      "Configuration error: RESEND_API_KEY is required in production",
    );
  });

  it("treats an empty value in .env as unset", () => {
    expect(parseConfig({ DATABASE_URL: "", PORT: "" }).PORT).toBe(3000);
  });
});
