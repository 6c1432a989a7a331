import { describe, expect, it } from "vitest";
import { digestBoundary } from "~/notifications/digest-schedule";

describe("digest time", () => {
  it("is 08:00 in Seoul and 08:00 in New York, from the same instant", () => {
    const now = new Date("2026-11-25T14:00:00Z"); // Wed 23:00 in Seoul, Wed 09:00 in New York
    expect(digestBoundary(now, "Asia/Seoul", "daily").toISOString()).toBe("2026-11-24T23:00:00.000Z"); // Wed 08:00 KST
    // Wed 08:00 EST
    expect(digestBoundary(now, "America/New_York", "daily").toISOString()).toBe("2026-11-25T13:00:00.000Z");
  });

  it("is yesterday's 08:00 until 08:00 comes today", () => {
    const early = new Date("2026-11-25T12:59:00Z"); // 07:59 in New York
    expect(digestBoundary(early, "America/New_York", "daily").toISOString()).toBe("2026-11-24T13:00:00.000Z");
  });

  it("is Monday 08:00 for the weekly digest, in the person's zone", () => {
    const wednesday = new Date("2026-11-25T14:00:00Z");
    expect(digestBoundary(wednesday, "America/New_York", "weekly").toISOString()).toBe("2026-11-23T13:00:00.000Z");
    // Sunday 23:30 UTC is already Monday 08:30 in Seoul.
    const sunday = new Date("2026-11-29T23:30:00Z");
    expect(digestBoundary(sunday, "Asia/Seoul", "weekly").toISOString()).toBe("2026-11-29T23:00:00.000Z");
    expect(digestBoundary(sunday, "America/New_York", "weekly").toISOString()).toBe("2026-11-23T13:00:00.000Z");
  });

  it("keeps 08:00 local across a daylight-saving change", () => {
    // New York leaves daylight saving on Sunday 1 November 2026.
    expect(digestBoundary(new Date("2026-10-30T15:00:00Z"), "America/New_York", "daily").toISOString()).toBe(
      "2026-10-30T12:00:00.000Z",
    );
    expect(digestBoundary(new Date("2026-11-02T15:00:00Z"), "America/New_York", "daily").toISOString()).toBe(
      "2026-11-02T13:00:00.000Z",
    );
  });
});
