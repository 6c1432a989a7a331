import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "~/lib/safe-redirect";

describe("where a form may send someone afterwards", () => {
  it("is the portal's own path, or the fallback for any target a browser would read as another site", () => {
    for (const path of ["/", "/work?status=active#top", "/manual/role/overview"]) {
      expect(safeRedirectPath(path), JSON.stringify(path)).toBe(path);
    }
    for (const target of [
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
      null,
    ]) {
      expect(safeRedirectPath(target), JSON.stringify(target)).toBe("/");
      expect(safeRedirectPath(target, "/admin"), JSON.stringify(target)).toBe("/admin");
    }
  });

  it("gives back a path with nothing a Location header could not carry", () => {
    expect(safeRedirectPath("/work\r\nSet-Cookie: x=1")).toBe("/workSet-Cookie:%20x=1");
  });
});
