// The clock tests and demos move forward, which production ignores.
import { afterEach, describe, expect, it, vi } from "vitest";

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe("the portal's clock", () => {
  it("moves forward in local mode and keeps running from there", async () => {
    vi.stubEnv("PORTAL_MODE", "local");
    vi.stubEnv("RESEND_API_KEY", "");
    const { moveClockTo, now } = await import("~/lib/clock.server");
    moveClockTo(new Date("2030-01-01T12:00:00Z"));
    const moved = now().getTime();
    expect(moved - Date.parse("2030-01-01T12:00:00Z")).toBeGreaterThanOrEqual(0);
    expect(moved - Date.parse("2030-01-01T12:00:00Z")).toBeLessThan(1_000);
    moveClockTo(new Date(Date.now()));
  });

  it("cannot be moved or pinned in production, which a deployment with an email key is", async () => {
    vi.stubEnv("AUTH_SECRET", "a-production-secret-that-is-long-enough-000");
    vi.stubEnv("RESEND_API_KEY", "re_x");
    vi.stubEnv("CLOCK_NOW", "2030-01-01T12:00:00Z");
    const { moveClockTo, now } = await import("~/lib/clock.server");
    expect(() => moveClockTo(new Date("2030-01-01T12:00:00Z"))).toThrow("The clock cannot be moved in production");
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1_000);
  });
});
