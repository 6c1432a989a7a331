import { describe, expect, it } from "vitest";
import { isCrossSiteWrite } from "../../scripts/lib/http";

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
});
