// Which language a request is answered in: the person's preference, then the switcher's cookie,
// then the browser's Accept-Language, then English.
import { createCookie } from "@remix-run/node";
import { z } from "zod";
import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from "./config";

export const languageForm = z.object({
  locale: z.enum(LOCALES),
  redirectTo: z.string().optional(),
});

export const localeCookie = createCookie("lng", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  maxAge: 60 * 60 * 24 * 365,
});

/** Picks the best supported language from an Accept-Language header, honouring q-values. */
export function localeFromAcceptLanguage(header: string | null): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { base: tag.toLowerCase().split("-")[0]!, q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((entry) => entry.base).find(isLocale) ?? null;
}

export async function resolveLocale(request: Request, preferred?: string | null): Promise<Locale> {
  if (isLocale(preferred)) return preferred;
  const fromCookie: unknown = await localeCookie.parse(request.headers.get("Cookie"));
  if (isLocale(fromCookie)) return fromCookie;
  return localeFromAcceptLanguage(request.headers.get("Accept-Language")) ?? DEFAULT_LOCALE;
}

export { LOCALES };
