import { describe, expect, it } from "vitest";
import { isCrossSiteWrite, isOneClickUnsubscribe, loopbackRedirect } from "../../scripts/lib/request-guards";

const app = "https://portal.example.org";

describe("cross-site request refusal", () => {
  it("refuses a POST from another site or an opaque origin", () => {
    expect(isCrossSiteWrite("POST", { origin: "https://evil.example" }, app)).toBe(true);
    expect(isCrossSiteWrite("POST", { origin: "null" }, app)).toBe(true);
    expect(isCrossSiteWrite("POST", { "sec-fetch-site": "cross-site" }, app)).toBe(true);
    expect(isCrossSiteWrite("DELETE", { origin: "http://portal.example.org" }, app)).toBe(true);
  });

  it("lets the portal's own forms and safe reads through", () => {
    expect(isCrossSiteWrite("POST", { origin: app, "sec-fetch-site": "same-origin" }, app)).toBe(false);
    expect(isCrossSiteWrite("GET", { origin: "https://evil.example" }, app)).toBe(false);
  });

  it("lets a one-click unsubscribe through on its token alone, and nothing else", () => {
    expect(isOneClickUnsubscribe("POST", "/unsubscribe/12.minutes.abc")).toBe(true);
    expect(isOneClickUnsubscribe("GET", "/unsubscribe/12.minutes.abc")).toBe(false);
    for (const path of ["/unsubscribe", "/unsubscribe/", "/unsubscribe/a/b", "/x/unsubscribe/a", "/logout"]) {
      expect(isOneClickUnsubscribe("POST", path), path).toBe(false);
    }
  });
});

describe("another spelling of this machine, in local mode", () => {
  const local = new URL("http://localhost:3000");
  const cases: [method: string, host: string, url: string, appUrl: URL, expected: string | null][] = [
    ["GET", "127.0.0.1:3000", "/login?redirectTo=%2Fwork", local, "http://localhost:3000/login?redirectTo=%2Fwork"],
    ["HEAD", "[::1]:3000", "/", local, "http://localhost:3000/"],
    ["GET", "127.1.2.3:3000", "/manual", local, "http://localhost:3000/manual"],
    ["GET", "127.0.0.1", "/", new URL("http://localhost"), "http://localhost/"],
    // Already there, or not this machine, or another port (the redirect would leave this server).
    ["GET", "localhost:3000", "/", local, null],
    ["GET", "portal.example.org", "/", local, null],
    ["GET", "127.0.0.1:3931", "/", local, null],
    ["GET", "localhost:3000", "/", new URL("http://127.0.0.1:3000"), "http://127.0.0.1:3000/"],
    ["GET", "127.0.0.1:3000", "/", new URL("https://portal.example.org"), null],
    // Forms are not moved (they would arrive cross-site anyway), nor health probes, nor odd targets.
    ["POST", "127.0.0.1:3000", "/login", local, null],
    ["GET", "127.0.0.1:3000", "/healthz", local, null],
    ["GET", "127.0.0.1:3000", "http://evil.example/", local, null],
    ["GET", "not a host", "/", local, null],
  ];
  it.each(cases)("%s %s%s (APP_URL %s) → %s", (method, host, url, appUrl, expected) => {
    expect(loopbackRedirect(method, host, url, appUrl)).toBe(expected);
  });
});
