import { describe, expect, it, vi } from "vitest";
import { i18nFor } from "~/i18n/i18next.server";

// The server remembers texts it has worked out (app/i18n/i18next.server.ts): asked again, each must still
// come in the reader's language, with the right plural and the names given this time.
describe("texts asked for again and again", () => {
  it("stay in each reader's language, plural and names", async () => {
    const [en, es] = await Promise.all([i18nFor("en"), i18nFor("es")]);
    // As react-i18next's useTranslation asks: no language of its own (null), the instance's.
    const english = en.getFixedT(null, "manual");
    const spanish = es.getFixedT(null, "manual");
    for (let round = 0; round < 2; round++) {
      expect(english("toc.title")).toBe("Manual for R2P Focal Points");
      expect(spanish("toc.title")).toBe("Manual para los puntos focales de R2P");
      expect(english("toc.sectionCount", { count: 1 })).toBe("(1 section)");
      expect(english("toc.sectionCount", { count: 12 })).toBe("(12 sections)");
      expect(spanish("toc.sectionCount", { count: 12 })).toBe("(12 secciones)");
      expect(english("practices.from", { member: "Ghana" })).toBe("from Ghana");
      expect(english("practices.from", { member: "Chile" })).toBe("from Chile");
      expect(spanish("practices.from", { member: "Chile" })).toBe("de Chile");
    }
    // Another namespace's words, under the same key.
    expect(en.getFixedT("en", "common")("nav.calendar")).toBe("Calendar");
    expect(es.getFixedT("es", "common")("nav.calendar")).toBe("Calendario");
  });

  it("are worked out once each, however often a page asks", async () => {
    const en = await i18nFor("en");
    const t = en.getFixedT(null, "manual");
    const translator = (en as unknown as { translator: { translate: (...args: unknown[]) => unknown } }).translator;
    const translate = vi.spyOn(translator, "translate");
    for (let row = 0; row < 50; row++) {
      expect(t("toc.sectionCount", { count: 987 })).toBe("(987 sections)");
      expect(t("toc.intro")).toContain("focal point");
    }
    expect(translate).toHaveBeenCalledTimes(2);
    translate.mockRestore();
  });
});
