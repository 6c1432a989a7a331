import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "~/lib/safe-redirect";

describe("where a form may send someone afterwards", () => {
  it.each([
    ["/", "/"],
    ["/work?status=active#top", "/work?status=active#top"],
    ["/manual/role/overview", "/manual/role/overview"],
  ])("keeps the portal's own path %j", (target, expected) => {
    expect(safeRedirectPath(target)).toBe(expected);
  });

  it.each([
    "//evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/\\evil.example",
    "/\\/evil.example",
    "/.//evil.example",
    "/..//evil.example",
    "https://evil.example/",
    "evil.example",
    "javascript:alert(1)",
    "",
  ])("falls back for %j, which a browser would read as another site (or no path)", (target) => {
    expect(safeRedirectPath(target)).toBe("/");
    expect(safeRedirectPath(target, "/admin")).toBe("/admin");
  });

  it("gives back a path with nothing a header could not carry", () => {
    expect(safeRedirectPath("/work\r\nSet-Cookie: x=1")).toBe("/workSet-Cookie:%20x=1");
    expect(safeRedirectPath(null)).toBe("/");
    expect(safeRedirectPath(["/work"])).toBe("/");
  });
});
