import { describe, expect, it } from "vitest";
import { localeCookie, localeFromAcceptLanguage, resolveLocale } from "~/i18n/locale.server";

describe("choosing the language of a page", () => {
  it("reads the browser's preferences in order of quality", () => {
    expect(localeFromAcceptLanguage("fr-CH, fr;q=0.9, en;q=0.8")).toBe("fr");
    expect(localeFromAcceptLanguage("de-DE,de;q=0.9,es;q=0.5,en;q=0.4")).toBe("es");
    expect(localeFromAcceptLanguage("en;q=0.2, es-419")).toBe("es");
    expect(localeFromAcceptLanguage("de, ja")).toBeNull();
    expect(localeFromAcceptLanguage(null)).toBeNull();
  });

  it("prefers the person, then the switcher's cookie, then the browser, then English", async () => {
    const cookie = await localeCookie.serialize("es");
    const request = (headers: Record<string, string>) => new Request("http://x/", { headers });
    expect(await resolveLocale(request({ Cookie: cookie, "Accept-Language": "fr" }), "fr")).toBe("fr");
    expect(await resolveLocale(request({ Cookie: cookie, "Accept-Language": "fr" }), null)).toBe("es");
    expect(await resolveLocale(request({ "Accept-Language": "fr" }))).toBe("fr");
    expect(await resolveLocale(request({}))).toBe("en");
  });
});
