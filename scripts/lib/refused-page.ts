// The small page the Express layer answers with when it refuses a request before Remix sees it:
// it says why, in the reader's language, and what to do about it.
import type express from "express";
import { i18nFor } from "../../app/i18n/i18next.server";
import { resolveLocale } from "../../app/i18n/locale.server";
import { startCommandFor } from "../../app/lib/portal-address.server";

export type Refusal = { kind: "origin"; appUrl: string; localMode: boolean } | { kind: "tooLarge"; maxBytes: number };

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * What a person running the portal themselves should start it with, when the refused form came from a
 * page this server sent (its Origin names the Host it was asked for), i.e. the portal was opened there.
 */
function suggestedStart(origin: string | undefined, host: string | undefined): string | null {
  if (!origin || !host || !URL.canParse(origin) || new URL(origin).host !== host) return null;
  return startCommandFor(origin);
}

export async function refusedPage(req: express.Request, res: express.Response, refusal: Refusal) {
  const headers = new Headers();
  for (const name of ["cookie", "accept-language"]) {
    const value = req.headers[name];
    if (typeof value === "string") headers.set(name, value);
  }
  const locale = await resolveLocale(new Request("http://portal.invalid/", { headers }));
  const { t } = await i18nFor(locale);
  // Each paragraph as HTML: texts escaped, the suggested command as code.
  const paragraphs: string[] = [];
  let title: string;
  let home = "/";
  if (refusal.kind === "origin") {
    const origin = req.headers.origin;
    title = t("errors.refused.origin.title");
    paragraphs.push(
      escapeHtml(
        origin && origin !== "null"
          ? t("errors.refused.origin.fromOrigin", { origin })
          : t("errors.refused.origin.fromElsewhere"),
      ),
      escapeHtml(t("errors.refused.origin.configured", { appUrl: refusal.appUrl })),
    );
    home = refusal.appUrl;
    const start = refusal.localMode ? suggestedStart(origin, req.headers.host) : null;
    if (start) paragraphs.push(escapeHtml(t("errors.refused.origin.localHint")), `<code>${escapeHtml(start)}</code>`);
  } else {
    title = t("errors.refused.tooLarge.title");
    const size = `${Math.round(refusal.maxBytes / 1024 / 1024)} MB`;
    paragraphs.push(escapeHtml(t("errors.refused.tooLarge.body", { size })));
  }
  res
    .status(refusal.kind === "origin" ? 403 : 413)
    .type("html")
    .send(
      `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8">` +
        `<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>` +
        `</head><body><main><h1>${escapeHtml(title)}</h1>${paragraphs.map((html) => `<p>${html}</p>`).join("")}` +
        `<p><a href="${escapeHtml(home)}">${escapeHtml(t("errors.refused.back"))}</a></p></main></body></html>\n`,
    );
}
